var body = { type: 'contactCreated', contact: { id: 'c-9' } };

test('a signed webhook triggers the event', function () {
    var signature = sys.utils.crypto.hashHmac(JSON.stringify(body), 's3cret', 'HmacSHA256');
    var answer = runListener('acmeWebhook', webhookEvent(body, { 'X-Acme-Signature': signature }));
    expect(answer).toBe('ok');
    expect(events()[0].name).toBe('acme:contactCreated');
});

test('a bad signature is rejected', function () {
    expect(function () {
        runListener('acmeWebhook', webhookEvent(body, { 'X-Acme-Signature': 'bad' }));
    }).toThrow('Invalid webhook signature');
    expect(logs()[0]).toEqual({ level: 'warn', message: '[acme] rejected a webhook with a bad signature' });
});

test.skip('rotating the secret (not written yet)', function () {});

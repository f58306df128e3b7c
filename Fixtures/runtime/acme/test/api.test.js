// Tests of the Acme library and flow step, run by `slingr-pkg test` on the emulated runtime.

describe('api', function () {
    beforeEach(function () {
        http.reply('POST https://api.acme.test/v1/contacts', { status: 201, body: { id: 'c-42', name: 'Ada' } });
    });

    test('creates a contact and counts it in the storage', function () {
        var contact = pkg.acme.api.createContact({ name: 'Ada' });
        expect(contact).toEqual({ id: 'c-42', name: 'Ada' });
        expect(storage()).toEqual({ 'acme-created': 1 });
        expect(http.requests()[0].headers.Authorization).toBe('Bearer key-123');
        expect(logs().map(function (log) { return log.level; })).toEqual(['debug', 'info']);
    });

    test('each test starts with an empty storage', function () {
        pkg.acme.api.createContact({ name: 'Ada' });
        expect(sys.storage.get('acme-created')).toBe(1);
    });

    test('a 404 reply throws with the status in additionalInfo', function () {
        http.reply({ request: { method: 'GET', url: 'https://api.acme.test/v1/contacts/*' }, response: { status: 404, body: {} } });
        expect(function () { pkg.acme.api.getContact('nope'); }).toThrow('HTTP 404');
        try {
            pkg.acme.api.getContact('nope');
        } catch (e) {
            expect(e.additionalInfo.status).toBe(404);
        }
    });

    test('platform functions that are not emulated fail clearly', function () {
        expect(function () { pkg.acme.api.findCustomers(); }).toThrow(/not emulated: sys\.data\.find/);
    });
});

describe('createContact step', function () {
    test('returns the contact id and triggers contactCreated', function () {
        http.reply('POST https://api.acme.test/v1/contacts', { status: 201, body: { id: 'c-7', name: 'Grace' } });
        var outputs = runStep('createContact', { name: 'Grace' });
        expect(outputs).toEqual({ contactId: 'c-7' });
        expect(events()).toEqual([{ name: 'acme:contactCreated', data: { id: 'c-7', name: 'Grace' } }]);
    });

    test('notify=false triggers nothing', function () {
        http.reply('POST https://api.acme.test/v1/contacts', { status: 201, body: { id: 'c-8' } });
        runStep('createContact', { name: 'Grace', notify: false });
        expect(events()).toHaveLength(0);
    });
});

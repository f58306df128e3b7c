listeners.acmeWebhook = {
    label: 'Catch Acme webhooks',
    type: 'service',
    options: {
        service: 'http',
        event: 'webhook',
        matching: { path: '/acme' }
    },
    callback: function (event) {
        var signature = event.data.headers['X-Acme-Signature'];
        if (!pkg.acme.utils.verifySignature(event.data.rawBody, signature)) {
            sys.logs.warn('[acme] rejected a webhook with a bad signature');
            throw new Error('Invalid webhook signature');
        }
        sys.events.triggerEvent('acme:' + event.data.body.type, event.data.body.contact);
        return 'ok';
    }
};

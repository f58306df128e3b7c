listeners.defaultWebhookAcmecrm = {
    label: 'Catch HTTP Acme CRM events',
    type: 'service',
    options: {
        service: 'http',
        event: 'webhook',
        matching: {
            path: '/acmecrm'
        }
    },
    callback: function (event) {
        sys.logs.info('Received an Acme CRM webhook');
        sys.events.triggerEvent('acmecrm:webhook', event.data);
        return 'ok';
    }
};

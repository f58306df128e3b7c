listeners.webhook = {
    label: 'Catch HTTP invoice events',
    type: 'service',
    options: {
        service: 'http',
        event: 'webhook',
        matching: {
            path: '/billing'
        }
    },
    callback: function (event) {
        var body = JSON.stringify(event.data.body);
        if (pkg.billing.utils.verifySignatures(body, event.data.headers['x-signature'])) {
            sys.events.triggerEvent('billing:invoicePaid', event.data.body);
        }
        return 'ok';
    }
};

listeners.invoices = {
    label: 'Catch HTTP invoice events (copy)',
    type: 'service',
    options: {
        service: 'http',
        event: 'webhook',
        matching: {
            path: '/billing'
        }
    },
    callback: function (event) {
        return pkg.billing.util.verifySignature(JSON.stringify(event.data.body), '');
    }
};

listeners.files = {
    label: 'Invoices uploaded by FTP',
    type: 'service',
    options: {
        service: 'ftpp',
        event: 'fileReceived'
    },
    callback: function (event) {
        sys.logs.info('[billing] received ' + event.data.fileName);
    }
};

// expect: valid
listeners.onIncomingWebhook = {
    label: 'Receive webhooks from the provider',
    type: 'service',
    options: {
        service: 'http',
        event: 'webhook',
        matching: {
            path: '/provider/hooks'
        }
    },
    callback: function (event) {
        var body = event.data.body || {};
        var signature = event.data.headers && event.data.headers['x-signature'];
        if (!signature) {
            sys.logs.warn('[provider] webhook without signature ignored');
            return 'ignored';
        }
        sys.events.triggerEvent('provider:webhook', {
            body: body,
            params: event.data.parameters
        });
        return 'ok';
    }
};

listeners.onCustomerChanged = {
    label: 'Sync customers when they change',
    type: 'data',
    options: {
        executeInBackground: true,
        entity: 'customers',
        events: [
            {type: 'recordCreated'},
            {type: 'recordChanged'},
            {type: 'actionPerformed', action: 'syncNow'}
        ]
    },
    callback: function (event, record, oldRecord) {
        var changed = oldRecord ? record.field('email').val() !== oldRecord.field('email').val() : true;
        if (changed) {
            pkg.provider.api.post('/contacts', {email: record.field('email').val()});
        }
    }
};

listeners.onExportFinished = {
    label: 'Notify when exports finish',
    type: 'job',
    options: {jobType: 'exportRecords', event: 'finished'},
    callback: function (event) {
        sys.logs.info('Export finished: ' + JSON.stringify(event));
    }
};

listeners.webhook = {
    label: 'Webhook',
    type: 'service',
    options: {
        service: 'http',
        matching: { path: '/scripts' }
    },
    callback: function (event) {
        sys.events.triggerEvent('scripts:webhook', event.data);
    }
};

listeners.exports = {
    label: 'Exports',
    type: 'job',
    options: { jobType: 'exportRecord', event: 'finished' },
    callback: 'not a function'
};

listeners.records = {
    type: 'data',
    options: { entity: 'companies', events: [{ type: 'recordUpdated' }] },
    callback: function (event, record) {}
};

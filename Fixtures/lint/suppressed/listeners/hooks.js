listeners.contactHook = {
    label: 'Contact hook',
    type: 'service',
    options: { service: 'http', event: 'webhook', matching: { path: '/suppressed' } },
    callback: function (event) {
        sys.events.triggerEvent('suppressed:updated', event.data);
    }
};

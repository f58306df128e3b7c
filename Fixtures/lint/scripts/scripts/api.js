var helper = function (data) {
    sys.events.triggerEvent('scripts:webhook', data);
    sys.events.triggerEvent('scripts:webhooks', data);
    sys.events.triggerEvent('other:webhook', data);
    sys.events.triggerEvent('webhook', data);
};

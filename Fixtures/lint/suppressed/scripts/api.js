exports.notify = function (data) {
    // slingr-pkg-disable-next-line trigger-event -- the CRM package declares this event
    sys.events.triggerEvent('crm:contactCreated', data);
    sys.events.triggerEvent('suppressed:creatd', data);
};

/* slingr-pkg-disable trigger-event */
exports.legacy = function (data) {
    sys.events.triggerEvent('legacy:created', data);
};
/* slingr-pkg-enable trigger-event */

exports.clean = function (data) {
    // slingr-pkg-disable-next-line trigger-event
    sys.events.triggerEvent('suppressed:created', data);
    sys.events.triggerEvent('suppressed:created', data); // slingr-pkg-disable-line trigger-evnt
};

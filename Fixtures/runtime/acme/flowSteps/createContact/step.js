/**
 * Creates a contact and, when asked, tells the app with a package event.
 *
 * @param {object} inputs {text} name, {text} email, {boolean} notify
 */
step.createContact = function (inputs) {
    var contact = pkg.acme.api.createContact({ name: inputs.name, email: inputs.email || null });
    if (inputs.notify) {
        sys.events.triggerEvent('acme:contactCreated', { id: contact.id, name: contact.name });
    }
    return { contactId: contact.id };
};

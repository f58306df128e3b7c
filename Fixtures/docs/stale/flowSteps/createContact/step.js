/**
 * Creates a contact with the given name and email.
 *
 * @param {object} inputs {text} name, {text} email, {boolean} notify, {text} message
 */
step.createContact = function (inputs) {
    var contact = pkg.acmecrm.api.createContact({ name: inputs.name, email: inputs.email });
    if (inputs.notify) {
        sys.logs.info('Contact created: ' + inputs.message);
    }
    return { contact: contact };
};

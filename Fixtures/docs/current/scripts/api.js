/**
 * Acme CRM API helpers, called as pkg.acmecrm.api.<function>().
 */
var baseUrl = function () {
    var settings = config.get();
    return 'https://' + settings.region + '.api.acme.example/v2';
};

exports.getContact = function (contactId) {
    if (!contactId) {
        throw new Error('contactId is required');
    }
    return dependencies.http.get({ url: baseUrl() + '/contacts/' + encodeURIComponent(contactId) });
};

exports.createContact = function (contact) {
    return dependencies.http.post({ url: baseUrl() + '/contacts', body: contact });
};

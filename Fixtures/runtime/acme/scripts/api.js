/****************************************************
 Acme API: contacts
 ****************************************************/

function request(method, path, body) {
    var options = {
        url: config.get('apiUrl') + path,
        headers: { Authorization: 'Bearer ' + config.get('apiKey') }
    };
    if (body) options.body = body;
    sys.logs.debug('[acme] ' + method.toUpperCase() + ' ' + options.url);
    return dependencies.http[method](options);
}

exports.getContact = function (id) {
    return request('get', '/contacts/' + id);
};

exports.createContact = function (contact) {
    var created = request('post', '/contacts', contact);
    var count = (sys.storage.get('acme-created') || 0) + 1;
    sys.storage.put('acme-created', count);
    sys.logs.info('[acme] created contact ' + created.id + ' (' + count + ' so far)');
    return created;
};

exports.renameContact = function (id, name) {
    var contact = exports.getContact(id);
    return normalize(contact).name.first.trim() + " -> " + name;
};

function normalize(contact) {
    return { id: contact.id, name: contact.fullName };
}

exports.findCustomers = function () {
    return sys.data.find('customers', { status: 'active' });
};

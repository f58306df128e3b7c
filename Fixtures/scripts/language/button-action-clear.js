// mode: statements
// A button action that clears fields, using var, try/catch and new as real actions do.
// config: ({ entity: 'contacts', token: 'abc', attempts: 2 })
var cleared = [];
try {
    config.entity = null;
    cleared.push('entity');
    delete config.token;
    config.attempts += 1;
    var when = new Date(86400000).toISOString();
} catch (e) {
    cleared.push('failed: ' + e.message);
}
return cleared.concat(when);
// expect: ["entity","1970-01-02T00:00:00.000Z"]
// expect config: {"entity":null,"attempts":3}

// mode: configurationBuilder
// The documentation's builder uses sys.app.getUrl(); logs are recorded for the caller.
// config: ({ token: 'abc' })
// app: https://myapp.slingrs.io/prod/runtime
var configurationBuilder = function (config) {
    sys.logs.info('building configuration for', config.token);
    var helper = { url: sys.app.getUrl() + '/api', headers: { Authorization: 'Token ' + config.token } };
    if (!config.missing) { sys.logs.warn('no missing value'); }
    console.log('console too', 1, { a: 1 });
    return { token: config.token, helper: helper, when: new Date().getTime(), random: typeof Math.random() };
};
// expect result: {"token":"abc","helper":{"url":"https://myapp.slingrs.io/prod/runtime/api","headers":{"Authorization":"Token abc"}},"when":0,"random":"number"}
// expect logs: info:building configuration for abc | warn:no missing value | info:console too 1 {"a":1}

exports.connect = function () {
    return dependencies.oauth.functions.connectUser('calendar:userConnected');
};

exports.exportPdf = function () {
    return dependencies.pdf.generate({ template: 'x' });
};

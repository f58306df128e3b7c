service.open = function (message) {
    var url = message.config.authUrl;
    var popup = window.open(url, 'acmecrm', 'width=600,height=700');
    var timer = setInterval(function () {
        if (popup.closed) {
            clearInterval(timer);
            service.callback(message, 'connected', {});
        }
    }, 500);
};

// expect: valid
service.showToast = function (message) {
    var text = message.data && message.data.text;
    var timeout = (message.data && message.data.timeout) || 3000;
    var element = document.createElement('div');
    element.className = 'pkg-toast';
    element.textContent = text;
    document.body.appendChild(element);
    setTimeout(function () {
        element.remove();
        service.sendEvent('toastClosed', {text: text}, message.callbacks);
    }, timeout);
};

service.copyToClipboard = function (message) {
    navigator.clipboard.writeText(message.data.value).then(
        () => message.callbacks && message.callbacks.success && message.callbacks.success(),
        (error) => console.error(`copy failed: ${error}`)
    );
};

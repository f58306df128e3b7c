// expect: valid
step.sendNotification = function (inputs) {
    var settings = {
        recipient: inputs.recipient,
        subject: inputs.subject || 'Notification',
        priority: inputs.priority === 'high' ? 1 : 5
    };
    if (!settings.recipient) {
        throw 'Recipient is required';
    }
    var response = pkg.notifier.functions.send(settings);
    return {
        status: response.status,
        messageId: response.body && response.body.id
    };
};

/// `listeners/<name>.js`: a listener on the `http` service's webhooks whose path matches, which
/// triggers the package event `<package>:<event>` with what was received (rule trigger-event).
enum ListenerTemplate {
    static func render(packageName: String, listener: String, label: String, path: String, event: String) -> String {
        """
        /**
         * \(ScriptText.comment(label)).
         * Receives the webhooks that the http service gets on '\(path)' and triggers the
         * '\(packageName):\(event)' event so apps can react to them.
         */
        listeners.\(listener) = {
            label: \(ScriptText.quoted(label)),
            type: 'service',
            options: {
                service: 'http',
                event: 'webhook',
                matching: {
                    path: \(ScriptText.quoted(path))
                }
            },
            callback: function (event) {
                sys.logs.info('[\(packageName)] webhook received on \(path)');
                sys.events.triggerEvent('\(packageName):\(event)', {
                    body: event.data.body,
                    headers: event.data.headers,
                    parameters: event.data.parameters
                });
                return 'ok';
            }
        };

        """
    }
}

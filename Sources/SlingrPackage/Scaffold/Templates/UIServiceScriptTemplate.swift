/// `uiServices/<name>/uiService.js`: runs in the browser; defines each function declared in
/// `uiService.json` on `service` and answers through `service.callback`.
enum UIServiceScriptTemplate {
    static func render(packageName: String, service: String, label: String) -> String {
        """
        /**
         * \(ScriptText.comment(label)): UI service of the \(packageName) package, run in the browser.
         * Apps call it with:
         *   sys.ui.sendMessage({
         *       scope: 'uiService:\(packageName).\(service)',
         *       name: 'showMessage',
         *       config: { text: 'Hello' },
         *       callbacks: { success: function (originalMessage, data) {} }
         *   });
         */
        service.showMessage = function (message) {
            var text = (message.config && message.config.text) || 'Hello from \(packageName)';
            try {
                console.log('[\(packageName).\(service)] ' + text);
                service.callback(message, 'success', { shown: text });
            } catch (error) {
                service.callback(message, 'fail', { error: String(error) });
            }
        };

        """
    }
}

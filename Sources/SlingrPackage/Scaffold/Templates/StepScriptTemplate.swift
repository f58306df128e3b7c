/// `flowSteps/<name>/step.js`: assigns `step.<name>`, which receives the inputs declared in
/// `step.json` and returns its outputs.
enum StepScriptTemplate {
    static func render(packageName: String, step: String, label: String) -> String {
        """
        /**
         * \(ScriptText.comment(label)): flow step of the \(packageName) package.
         *
         * @param {object} inputs {text} message, the text the step works on.
         * @returns {object} the step's outputs: {result}.
         */
        step.\(step) = function (inputs) {
            sys.logs.debug('[\(packageName)] running flow step \(step)');
            return {
                result: {
                    message: inputs.message
                }
            };
        };

        """
    }
}

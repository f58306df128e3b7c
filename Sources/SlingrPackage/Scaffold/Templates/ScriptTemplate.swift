/// `scripts/<name>.js` made by `add script`: a library with one example function.
enum ScriptTemplate {
    static func render(packageName: String, packageLabel: String, script: String) -> String {
        """
        /**
         * Script library '\(script)' of the \(ScriptText.comment(packageLabel)) package.
         * Apps call its functions as pkg.\(packageName).\(script).<function>(...).
         */

        /**
         * An example function; replace it with the library's own.
         *
         * @param {object} [input] anything the caller passes
         * @returns {object} what the function computed
         */
        exports.run = function (input) {
            sys.logs.debug('[\(packageName)] \(script).run called');
            return { input: input || null };
        };

        """
    }
}

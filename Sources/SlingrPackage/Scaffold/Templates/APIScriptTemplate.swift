/// `scripts/api.js` of a new package: example functions apps call as `pkg.<name>.api.<fn>()`;
/// HTTP helpers when the package depends on the `http` service, the OAuth connection when it
/// depends on `oauth`.
enum APIScriptTemplate {
    static func render(_ plan: PackagePlan) -> String {
        var text = """
        /**
         * Script library 'api' of the \(ScriptText.comment(plan.label)) package.
         * Apps call these functions as pkg.\(plan.name).api.<function>(...).
         */

        /**
         * Returns a greeting. Replace it with the package's own functions.
         *
         * @param {string} [name] who to greet
         * @returns {string} the greeting
         */
        exports.hello = function (name) {
            return 'Hello, ' + (name || 'world') + '!';
        };

        /**
         * Returns the package configuration as the app developer set it.
         *
         * @returns {object} configuration values by field name
         */
        exports.settings = function () {
            return config.get();
        };

        """
        if plan.hasHTTP {
            text += """

            /**
             * Sends a GET request to the API set in the 'Base URL' field.
             *
             * @param {string} path the path after the base URL, such as '/items'
             * @param {object} [httpOptions] more options for the http service: headers, params...
             * @returns {object} the response
             */
            exports.get = function (path, httpOptions) {
                return dependencies.http.get(requestOptions(path, httpOptions));
            };

            /**
             * Sends a POST request with a JSON body to the API set in the 'Base URL' field.
             *
             * @param {string} path the path after the base URL
             * @param {object} body what to send
             * @param {object} [httpOptions] more options for the http service
             * @returns {object} the response
             */
            exports.post = function (path, body, httpOptions) {
                var options = requestOptions(path, httpOptions);
                options.body = body;
                return dependencies.http.post(options);
            };

            /**
             * Options for the http service: the full URL and a JSON content type.
             */
            function requestOptions(path, httpOptions) {
                var options = httpOptions || {};
                options.url = config.get('baseUrl') + path;
                options.headers = options.headers || {};
                if (!options.headers['Content-Type']) {
                    options.headers['Content-Type'] = 'application/json';
                }
                return options;
            }

            """
        }
        if plan.hasOAuth {
            text += """

            /**
             * Connects the current user to the provider through the oauth package, which opens
             * the provider's sign-in page and stores the tokens.
             */
            exports.connectUser = function () {
                return dependencies.oauth.functions.connectUser();
            };

            """
        }
        return text
    }
}

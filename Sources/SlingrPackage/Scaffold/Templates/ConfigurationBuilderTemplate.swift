/// `configurationBuilder.js` for `new --oauth`: builds `config.oauth` for the `oauth`
/// dependency from the package's own fields, the way real OAuth packages do (rule configuration-builder-needed).
enum ConfigurationBuilderTemplate {
    static func render(_ plan: PackagePlan) -> String {
        """
        /**
         * Runs on the server when the configuration of the \(ScriptText.comment(plan.label)) package
         * is loaded. The oauth dependency reads config.oauth to sign each user in to the provider.
         * Replace the two URLs with the provider's authorization and token endpoints.
         */
        let configurationBuilder = function (config) {
            config.oauth = {
                id: sys.context.getCurrentUserRecord().id(),
                authUrl: 'https://example.com/oauth/authorize',
                accessTokenUrl: 'https://example.com/oauth/token',
                clientId: config.clientId,
                clientSecret: config.clientSecret,
                scope: config.scope,
                state: config.state,
                oauthCallback: config.AUTH_CALLBACK_URL + '/authCallback'
            };
            return config;
        };

        """
    }
}

import SlingrPackage

/// The reference `slingr-pkg help runtime` prints: what package code sees when it runs
/// locally, function by function. Kept next to the code it describes; a test checks that
/// every emulated function is listed.
public enum RuntimeReference {
    public struct Entry: Sendable {
        public var name: String
        public var summary: String
    }

    public struct Section: Sendable {
        public var title: String
        public var entries: [Entry]
    }

    public static let introduction = """
    slingr-pkg run and slingr-pkg test run a package's server-side code in the sandboxed \
    interpreter with the Slingr platform emulated around it. Each file of the package runs once, \
    on first use, as its own script: its top-level declarations stay private to it, as on the \
    platform. Nothing reaches the network, the clock or your files: HTTP replies come from a \
    replies file, Date.now() answers a fixed time (--now), Math.random is seeded. Anything under \
    sys.* that is not listed here fails with 'not emulated: sys.<name>' where it is called.
    """

    public static let sections: [Section] = [
        Section(title: "Package code", entries: [
            Entry(name: "pkg.<package>.<library>", summary: "The exports of scripts/<library>.js of the package (and of dependency packages given with --with). Functions are called with this = the exports."),
            Entry(name: "exports", summary: "The object a library file fills; step and listener files get their own."),
            Entry(name: "step.<name>", summary: "Set by flowSteps/<name>/step.js; run step calls it with the inputs (step.json defaults applied) and checks the returned outputs against step.json."),
            Entry(name: "listeners.<name>", summary: "Set by listeners/*.js; run listener calls its callback(event) with this = the listener."),
            Entry(name: "config.<field>, config.get(name), config.get()", summary: "The configuration: the values file (--values, the one preview and configure use) and --set over the fields' defaults, then configurationBuilder.js, plus the platform values (WEBHOOK_URL, WEBHOOK_SYNC_URL, AUTH_CALLBACK_URL, SERVER_URL, ENV, SERVICE_NAME). get(name) answers one value (dotted names reach into groups, undefined when not set); get() a copy of all."),
            Entry(name: "dependencies.<package>.<library>.<function>", summary: "A package dependency, configured with config.<NAME> from the configuration builder over its own defaults: from a folder (--with NAME=DIR), or from its git source (--git NAME=URL or .slingr-pkg.json 'sources') at the version resolve picks, checked out into the cache. Without either its functions fail with 'not emulated'."),
            Entry(name: "dependencies.http, svc.http", summary: "The HTTP service (see HTTP below). Other service dependencies are not emulated."),
        ]),
        Section(title: "sys.logs and console", entries: [
            Entry(name: "sys.logs.debug|info|warn|error(message, ...)", summary: "Recorded with the level and printed by run; tests read them with logs(). Arguments are joined with spaces, objects as JSON, errors as 'Name: message'."),
            Entry(name: "console.log|debug|info|warn|error(...)", summary: "The same (log is info)."),
        ]),
        Section(title: "sys.storage", entries: [
            Entry(name: "sys.storage.get(key)", summary: "The stored JSON document, or null. Options such as {decrypt: true} are accepted and ignored."),
            Entry(name: "sys.storage.put(key, value), replace(key, value)", summary: "Stores a copy of the value as JSON data."),
            Entry(name: "sys.storage.remove(key)", summary: "Removes the document; answers whether there was one."),
            Entry(name: "--storage FILE", summary: "Reads the storage from a JSON object file before the run and writes it back after, atomically; without it the storage lives for one run (one test)."),
        ]),
        Section(title: "sys.events", entries: [
            Entry(name: "sys.events.triggerEvent(name, data)", summary: "Recorded and printed. 'pkg:event' or 'event'; an event not declared in package.json 'events', or prefixed with another package's name, is reported as a warning (undeclared-event)."),
        ]),
        Section(title: "sys.context and sys.app", entries: [
            Entry(name: "sys.context.getCurrentUserRecord()", summary: "A record whose id() answers --user-id (default 000000000000000000000001) and label() 'Local User'."),
            Entry(name: "sys.app.getUrl()", summary: "https://<app>.slingrs.io/<environment> for --app and --environment (defaults myapp, dev)."),
        ]),
        Section(title: "sys.utils", entries: [
            Entry(name: "sys.utils.base64.encode(text), decode(text)", summary: "Base64 of the text's UTF-8 bytes, and back (either alphabet, padding optional)."),
            Entry(name: "sys.utils.crypto.hashHmac(message, key, algorithm, encoding)", summary: "HMAC of the UTF-8 message: HmacSHA256, HmacSHA1, HmacSHA512, HmacSHA384, HmacSHA224 or HmacMD5; encoding HEX (default) or BASE64."),
            Entry(name: "sys.utils.crypto.verifySignatureWithHmac(message, signature, key, algorithm)", summary: "Whether the hexadecimal signature (any case) is the message's HMAC."),
            Entry(name: "sys.utils.crypto.jwt.generate(payload, key, algorithm)", summary: "A signed JWT for HS256 (default), HS384 and HS512; RS256 and other key-pair algorithms are not emulated."),
            Entry(name: "sys.utils.concurrency.lock(key, fn), tryLock(key, timeout), unlock(key)", summary: "Locks for one thread: lock runs fn holding the lock and answers its result (without fn it takes the lock); tryLock answers false only while the running code holds the lock."),
            Entry(name: "sys.utils.script.wait(ms)", summary: "Returns at once: there is no clock to wait for, and Date.now() does not move."),
        ]),
        Section(title: "sys.exceptions", entries: [
            Entry(name: "new sys.exceptions.ScriptException(code, message, additionalInfo)", summary: "An Error (name ScriptException) with code and additionalInfo; .throw() throws it."),
            Entry(name: "sys.exceptions.getMessage(error), getCode(error), getAdditionalInfo(error)", summary: "Read an error's message, code (default 'unknown') and additional information."),
            Entry(name: "sys.exceptions.BAD_REQUEST_ERROR, UNAUTHORIZED_ERROR, FORBIDDEN_ERROR, NOT_FOUND_ERROR, VALIDATION_ERROR, TIMEOUT_ERROR, UNKNOWN_ERROR", summary: "Error codes (the emulator's spellings)."),
        ]),
        Section(title: "HTTP", entries: [
            Entry(name: "dependencies.http.get|post|put|patch|delete|head|options|connect|trace(options)", summary: "options.url (or path), params (added to the query string), headers, body (objects as JSON, or form-encoded for application/x-www-form-urlencoded), authorization ({type: 'basic', username, password} or {type: 'oauth2', accessToken, headerPrefix}), and at the top or under settings fullResponse and followRedirects. Answers the reply's body (JSON parsed), or {status, headers, body} with fullResponse. Status 400 and up throws an Error whose additionalInfo is {status, headers, body}. Asynchronous requests (a third argument with callback functions) are not emulated."),
            Entry(name: "--http FILE", summary: "Replies: {\"replies\": [{\"request\": {\"method\": \"GET\", \"url\": \"https://api.example.com/v1/items*\", \"body\": {...}}, \"response\": {\"status\": 200, \"headers\": {...}, \"body\": {...}}}]}. The first reply whose method, URL pattern (* matches anything; without ? the query string is ignored) and body (contained in the request's JSON body, or equal to its text) match answers. A request no reply matches fails; the report prints it with a reply to paste."),
            Entry(name: "--record FILE", summary: "Sends every request for real with curl and adds the replies to FILE (replacing earlier ones for the same method and URL), ready for --http."),
        ]),
        Section(title: "JavaScript", entries: [
            Entry(name: "Language and built-ins", summary: "ES2020 as the README's JavaScript engine section describes it, with JSON, Math, Date (local time is UTC, now is --now, default 2025-01-01T00:00:00Z) and RegExp. No require, timers, fetch or window."),
            Entry(name: "Budgets", summary: "Each run and each test has a step budget (--max-steps, default 10,000,000), a call depth of 400 and strings up to 16M code units; an exceeded budget stops the run with a located error."),
            Entry(name: "Errors", summary: "An uncaught exception is reported at its place in the package's files with the JavaScript stack, innermost frame first."),
        ]),
    ]

    /// The reference as plain text, wrapped to `width` columns.
    public static func text(width: Int = 100) -> String {
        var text = "OVERVIEW: The emulated Slingr runtime of 'run' and 'test'.\n\n"
        text += TextWrapper.wrap(introduction, width: width).joined(separator: "\n") + "\n"
        for section in sections {
            text += "\n" + section.title.uppercased() + ":\n"
            for entry in section.entries {
                text += "  " + entry.name + "\n"
                text += TextWrapper.wrap(entry.summary, width: width, firstPrefix: "      ", restPrefix: "      ").joined(separator: "\n") + "\n"
            }
        }
        return text
    }
}

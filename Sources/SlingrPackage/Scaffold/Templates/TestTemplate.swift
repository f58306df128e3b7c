/// Test files of a new package (`test/api.test.js`) and of a new flow step
/// (`test/<step>.test.js`), run by `slingr-pkg test` on the emulated runtime. They pass as
/// generated and show the test API: `test`, `describe`, `expect`, `runStep`, `logs`.
enum TestTemplate {
    static func api(packageName: String) -> String {
        // Package names are letters and digits (ScaffoldName), so pkg.<name> is valid JavaScript.
        let api = "pkg.\(packageName).api"
        return """
        // Tests of the 'api' library, run with `slingr-pkg test` (see `slingr-pkg help runtime`).

        describe('api', function () {
            test('greets by name', function () {
                expect(\(api).hello('Ada')).toBe('Hello, Ada!');
            });

            test('greets the world by default', function () {
                expect(\(api).hello()).toBe('Hello, world!');
            });
        });

        """
    }

    static func step(_ step: String) -> String {
        """
        // Tests of the flow step '\(ScriptText.comment(step))', run with `slingr-pkg test`.

        test('\(ScriptText.comment(step)) returns the message as its result', function () {
            var outputs = runStep(\(ScriptText.quoted(step)), { message: 'hello' });
            expect(outputs).toEqual({ result: { message: 'hello' } });
            expect(logs()[0].level).toBe('debug');
        });

        """
    }
}

import Testing
@testable import SlingrPackage

@Suite("Environment placeholders")
struct PlaceholderTests {
    @Test("a whole ${NAME} string is a placeholder; anything else is not",
          arguments: [("${TEST1}", "TEST1"), ("${API_TOKEN}", "API_TOKEN"), ("${a}", "a")])
    func placeholderNames(_ text: String, _ name: String) {
        #expect(Placeholder.name(of: text) == name)
        #expect(Placeholder.isPlaceholder(text))
    }

    @Test("text around, spaces, dashes or an empty name make it no placeholder",
          arguments: ["x${A}", "${A}x", "${}", "${A B}", "${A-B}", "$A", "{A}", "", "${A"])
    func notPlaceholders(_ text: String) {
        #expect(Placeholder.name(of: text) == nil)
    }

    @Test("known placeholders are replaced inside text; unknown ones are kept and reported once")
    func resolvesInsideText() {
        let result = Placeholder.resolve("https://${HOST}/${PATH}/${HOST}?${UNSET}&${}", environment: ["HOST": "api.example", "PATH": "v2"])
        #expect(result.text == "https://api.example/v2/api.example?${UNSET}&${}")
        #expect(result.unresolved == ["UNSET"])
    }
}

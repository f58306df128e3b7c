import SlingrScript
import Testing
@testable import SlingrPackage

@Suite("Checks on configuration values")
struct ValueChecksTests {
    static let fields = """
    [{"name": "email", "type": "text", "required": true, "typeOptions": {"validation": "email"}},
     {"name": "port", "type": "text", "typeOptions": {"validation": "number"}},
     {"name": "site", "type": "text", "typeOptions": {"validation": "url"}},
     {"name": "timeout", "type": "text", "typeOptions": {"validation": {"function": "!config.timeout || utils.getInteger(config.timeout) >= 0", "message": "Must be positive. "}}},
     {"name": "region", "type": "dropDown", "typeOptions": {"possibleValues": [{"label": "US", "name": "us"}, {"label": "EU", "name": "eu"}]}},
     {"name": "free", "type": "buttonsGroup", "typeOptions": {"allowCustom": true, "possibleValues": [{"label": "A", "name": "a"}]}},
     {"name": "many", "type": "dropDown", "multiplicity": "many", "typeOptions": {"possibleValues": [{"label": "A", "name": "a"}]}},
     {"name": "flag", "type": "toggle"},
     {"name": "info", "type": "label", "value": "x"},
     {"name": "group", "type": "fieldsGroup", "typeOptions": {"fields": [{"name": "inner", "type": "text"}]}}]
    """

    func problems(_ values: HostValue, placeholders: [String: String] = [:]) -> [String] {
        FormTestSupport.evaluate(Self.fields, values: values, placeholders: placeholders).problems.map(\.message)
    }

    @Test("valid values have no problems")
    func valid() {
        #expect(problems(["email": "a@b.co", "port": "-1.5e3", "site": "https://x.example/p", "timeout": "10", "region": "eu",
                          "free": "anything", "many": ["a"], "flag": true, "group": ["inner": "z"]]) == [])
    }

    @Test("a required field without a value is a problem, also when blank")
    func required() {
        #expect(problems([:]) == ["'email' is required but has no value"])
        #expect(problems(["email": "  "]) == ["'email' is required but has no value"])
    }

    @Test("text validations and validation functions report with their message", arguments: [
        (["email": "nope"], "'email' must be an email address, not 'nope'"),
        (["email": "a@b", "port": "1"], "'email' must be an email address, not 'a@b'"),
        (["email": "a@b.co", "port": "12a"], "'port' must be a number, not '12a'"),
        (["email": "a@b.co", "site": "www.example.com"], "'site' must be a URL, not 'www.example.com'"),
        (["email": "a@b.co", "timeout": "-4"], "'timeout': Must be positive."),
    ] as [(HostValue, String)])
    func validations(_ values: HostValue, _ message: String) {
        #expect(problems(values) == [message])
    }

    @Test("placeholders pass the named validations and the option check")
    func placeholdersPass() {
        #expect(problems(["email": "${EMAIL}", "port": "${PORT}", "site": "${SITE}", "region": "${REGION}", "flag": "${FLAG}"]) == [])
    }

    @Test("values outside possibleValues are problems unless allowCustom, with a suggestion")
    func options() {
        #expect(problems(["email": "a@b.co", "region": "euu", "many": ["a", "b"]]) == [
            "'euu' is not an option of 'region' ('us', 'eu'); did you mean 'eu'?",
            "'b' is not an option of 'many' ('a')",
        ])
    }

    @Test("values of the wrong kind are problems")
    func kinds() {
        #expect(problems(["email": "a@b.co", "many": "a", "flag": "yes", "region": ["us"], "group": 3]) == [
            "'region' takes one value, not a list",
            "'many' takes a list of values, not text",
            "'flag' must be true or false, not text",
            "'group' is a group; its value must be an object of its fields, not a number",
        ])
    }

    @Test("values for fields that do not exist, store nothing, or are platform values")
    func unknownFields() {
        #expect(problems(["email": "a@b.co", "emial": "x", "info": "y", "WEBHOOK_URL": "z", "group": ["iner": 1]]) == [
            "no field 'emial' in the form; did you mean 'email'?",
            "'info' is a label field and stores no value",
            "'WEBHOOK_URL' is a platform value and cannot be set",
            "no field 'iner' in group 'group'; did you mean 'inner'?",
        ])
    }

    @Test("a failing validation function is a problem that says why")
    func failingFunction() {
        let fields = "[{\"name\": \"t\", \"type\": \"text\", \"typeOptions\": {\"validation\": {\"function\": \"config.t.x.y\", \"message\": \"m\"}}}]"
        #expect(FormTestSupport.evaluate(fields, values: ["t": "v"]).problems.map(\.message)
                == ["the validation function of 't' failed: TypeError: Cannot read properties of undefined (reading 'y')"])
    }

    @Test("the named validations", arguments: [
        ("a@b.co", true, false, false), ("first.last+tag@sub.example.org", true, false, false), ("a@.co", false, false, false),
        ("a b@c.de", false, false, false), ("@b.co", false, false, false), ("a@b.", false, false, false), ("42", false, true, false),
        ("-0.5", false, true, false), (".5", false, true, false), ("1e-3", false, true, false), ("1e", false, false, false),
        ("", false, false, false), ("-", false, false, false), ("http://x", false, false, true), ("ftp://files.example/a", false, false, true),
        ("https://", false, false, false), ("1http://x", false, false, false), ("https://a b", false, false, false),
    ] as [(String, Bool, Bool, Bool)])
    func namedValidations(_ text: String, _ email: Bool, _ number: Bool, _ url: Bool) {
        #expect(ValueChecks.isEmail(text) == email)
        #expect(ValueChecks.isNumber(text) == number)
        #expect(ValueChecks.isURL(text) == url)
    }
}

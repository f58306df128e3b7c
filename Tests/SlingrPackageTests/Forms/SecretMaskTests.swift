import SlingrScript
import Testing
@testable import SlingrPackage

/// What `preview` hides unless `--show-secrets`: password values, whole or embedded.
@Suite("Hiding secrets")
struct SecretMaskTests {
    @Test("whole secrets, embedded long ones, never parts of words for short ones")
    func hiding() {
        let mask = SecretMask(secrets: ["s3cr3t-token", "pw", ""])
        #expect(mask.hide("s3cr3t-token") == "********")
        #expect(mask.hide("Bearer s3cr3t-token!") == "Bearer ********!")
        #expect(mask.hide("pw") == "********")
        #expect(mask.hide("upwards") == "upwards")
        #expect(mask.hide(.object([("a", .array([.string("x s3cr3t-token x"), .number(1)]))]))
            == .object([("a", .array([.string("x ******** x"), .number(1)]))]))
        #expect(SecretMask(secrets: []).hide("anything") == "anything")
    }

    @Test("collects password values, and the --env values their placeholders stand for")
    func collecting() throws {
        let model = FormTestSupport.evaluate("""
            [{"name": "token", "label": "Token", "type": "password"}, {"name": "key", "label": "Key", "type": "password"},
             {"name": "user", "label": "User", "type": "text"}]
            """, values: .object([("token", .string("tok-123456")), ("key", .string("${API_KEY}")), ("user", .string("alice"))]),
            placeholders: ["API_KEY": "key-987654"])
        let mask = SecretMask(model: model)
        #expect(Set(mask.secrets) == ["tok-123456", "key-987654"])
        let hidden = mask.hide(model)
        #expect(hidden.values.value(at: "token") == .string("********"))
        #expect(hidden.values.value(at: "key") == .string("${API_KEY}"))
        #expect(hidden.values.value(at: "user") == .string("alice"))
        #expect(hidden.values.origin(of: "token") == .file)
    }
}

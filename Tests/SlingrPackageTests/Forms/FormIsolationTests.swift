import SlingrScript
import Testing
@testable import SlingrPackage

/// A field's expression cannot change what another field's expressions see.
@Suite("Form evaluations are isolated")
struct FormIsolationTests {
    @Test("prototype, utils, global and config changes in one visibility are gone for the next fields")
    func pollution() {
        let model = FormTestSupport.evaluate("""
        [
          {"label": "P", "name": "p", "type": "text", "visibility": "(String.prototype.includes = function () { return true }, Object.prototype.x = 1, utils.isPlaceholder = function () { return true }, config.mode = 'hacked', globalThis.leak = 1, true)"},
          {"label": "A", "name": "a", "type": "text", "visibility": "'abc'.includes('z')"},
          {"label": "B", "name": "b", "type": "text", "visibility": "({}).x === 1", "required": "utils.isPlaceholder('plain')"},
          {"label": "C", "name": "c", "type": "text", "visibility": "config.mode === 'hacked' || typeof leak !== 'undefined'"},
          {"label": "M", "name": "mode", "type": "text", "defaultValue": "normal"}
        ]
        """)
        for path in ["a", "b", "c"] {
            #expect(model.field(at: path)?.visible == false, "\(path) saw another field's changes")
        }
        #expect(model.field(at: "b")?.required == false)
        #expect(model.values.value(at: "mode") == "normal")
    }

    @Test("a button action still changes the values it is pressed for")
    func actions() {
        let evaluator = FormTestSupport.evaluator("""
        [
          {"label": "Email", "name": "email", "type": "text"},
          {"label": "Fill", "name": "fill", "type": "button", "typeOptions": {"action": "config.email = 'a@b.c'; String.prototype.trim = null;"}},
          {"label": "T", "name": "t", "type": "text", "visibility": "' x '.trim() === 'x'"}
        ]
        """)
        let (values, outcome) = evaluator.press("fill", values: ConfigurationValues())
        #expect(outcome.failure == nil)
        #expect(values.value(at: "email") == "a@b.c")
        #expect(evaluator.evaluate(values).field(at: "t")?.visible == true)
    }
}

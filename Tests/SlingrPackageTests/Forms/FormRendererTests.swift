import SlingrDiagnostics
import SlingrScript
import Testing
@testable import SlingrPackage

@Suite("Text, JSON and Markdown renderings")
struct FormRendererTests {
    static func everything(_ values: HostValue = .object([])) throws -> FormModel {
        let definition = try FormDefinition.load(FormTestSupport.repository("forms/everything"))
        let evaluator = FormEvaluator(definition: definition, environment: FormEnvironment(packageName: definition.packageName, placeholders: ["API_TOKEN": "tok"]))
        return evaluator.evaluate(ConfigurationValues(root: values, origin: .file))
    }

    @Test("every line fits the width, hidden fields shown or not", arguments: [30, 40, 57, 80, 120])
    func fitsTheWidth(_ width: Int) throws {
        let model = try Self.everything(["mode": "expert", "tags": ["a-rather-long-value-without-any-spaces-at-all-in-it-to-be-cut"]])
        for showHidden in [false, true] {
            let text = FormRenderer(width: width, showHidden: showHidden).render(model)
            for line in text.split(separator: "\n") {
                #expect(line.count <= width, "\(width) columns: '\(line)'")
            }
        }
    }

    @Test("hidden fields appear only with showHidden, with their expression and result")
    func hiddenFields() throws {
        let model = try Self.everything()
        let plain = FormRenderer().render(model)
        let shown = FormRenderer(showHidden: true).render(model)
        #expect(!plain.contains("Expert only"))
        #expect(shown.contains("Expert only (hidden)\n  hidden: visibility config.mode == 'expert' -> false"))
    }

    @Test("colour only when the style asks for it")
    func colour() throws {
        let model = try Self.everything()
        #expect(!FormRenderer().render(model).contains("\u{1B}["))
        #expect(FormRenderer(style: .ansi).render(model).contains("\u{1B}[1m"))
    }

    @Test("passwords are masked, also when a placeholder resolves")
    func passwords() throws {
        let text = FormRenderer().render(try Self.everything(["mode": "expert", "email": "a@b.co"]))
        #expect(text.contains("Token *\n  [ ${API_TOKEN} ] = ******** (default)"))
        #expect(!text.contains("= tok"))
        let secret = FormRenderer().render(try Self.everything(["token": "hunter2"]))
        #expect(secret.contains("[ ******** ]") && !secret.contains("hunter2"))
    }

    @Test("the JSON model lists every field with path, type, label, visible, required, value and problems")
    func jsonModel() throws {
        let model = try Self.everything(["bogus": 1])
        let json = FormJSON.document(model)
        guard case .object(let members) = json, case .array(let fields)? = members.first(where: { $0.0 == "fields" })?.1 else {
            Issue.record("no fields array")
            return
        }
        #expect(fields.count == model.allFields.count)
        for field in fields {
            guard case .object(let keys) = field else { continue }
            let names = keys.map(\.0)
            for required in ["path", "type", "label", "visible", "required", "expressions", "problems"] {
                #expect(names.contains(required))
            }
        }
        let text = FormJSON.render(model)
        #expect(text.contains("\"message\": \"no field 'bogus' in the form\""))
        #expect(text.contains("\"path\": \"connection.proxy.host\""))
    }

    @Test("the Markdown table has a row per field and escapes pipes")
    func markdown() throws {
        let fields = "[{\"label\": \"A | B\", \"name\": \"a\", \"type\": \"text\", \"required\": \"config.x || config.y\", \"description\": \"one<br>two\"}]"
        let text = MarkdownFormRenderer().render(FormTestSupport.evaluate(fields))
        #expect(text.contains("| A \\| B | `a` | text | when `config.x \\|\\| config.y` |  | one<br>two |"))
        let model = try Self.everything()
        let rows = MarkdownFormRenderer().render(model).split(separator: "\n").filter { $0.hasPrefix("| ") }
        #expect(rows.count == model.allFields.count + 1)
    }
}

import SlingrScript
import Testing
@testable import SlingrPackage

@Suite("Interactive configuration session")
struct ConfigureSessionTests {
    /// Plays a session: answers questions in order (several answers for one question when the
    /// first ones are rejected) and records what was shown and rejected.
    func play(_ evaluator: FormEvaluator, _ answers: [String]) -> (values: ConfigurationValues, transcript: [String]) {
        var session = ConfigureSession(evaluator: evaluator)
        var remaining = answers
        var transcript: [String] = []
        while let step = session.next() {
            switch step {
            case .heading(let title, _): transcript.append("== \(title)")
            case .note(let lines, _): transcript += lines.map { "note: " + $0 }
            case .question(let question):
                while true {
                    guard !remaining.isEmpty else {
                        transcript.append("unanswered: " + question.prompt)
                        return (session.values, transcript)
                    }
                    let answer = remaining.removeFirst()
                    transcript.append(question.prompt + answer + (question.isSecret ? " (secret)" : ""))
                    guard let problem = session.answer(answer) else { break }
                    transcript.append("! " + problem)
                }
            }
        }
        return (session.values, transcript)
    }

    @Test("the sample form: visibility follows the answers, options by number, defaults kept with Enter")
    func sampleForm() throws {
        let definition = try FormDefinition.load(FormTestSupport.repository("packages/sample"))
        let evaluator = FormEvaluator(definition: definition, environment: FormEnvironment(packageName: definition.packageName))
        let (values, transcript) = play(evaluator, ["2", "", "k3y", "Europe", "", "abc", "7", "yes"])
        #expect(transcript == [
            "Authentication * [oauth]: 2",
            "API key *:  (secret)",
            "! 'apiKey' is required but has no value",
            "API key *: k3y (secret)",
            "Region [us]: Europe",
            "note: API URL:",
            "note: https://eu.api.acme.example/v2",
            "note: Webhooks URL:",
            "note: https://myapp.slingrs.io/dev/services/acmecrm/acmecrm",
            "== Advanced",
            "Timeout (ms) [5000]: ",
            "Verbose logs (y/n) [n]: abc",
            "! answer y or n",
            "Verbose logs (y/n) [n]: 7",
            "! answer y or n",
            "Verbose logs (y/n) [n]: yes",
            "note: Setup:",
            "note: Create an application in the Acme console:",
            "note: • Copy its client ID and secret here.",
            "note: • Register the OAuth callback shown above.",
        ])
        #expect(values.root == ["authType": "apiKey", "apiKey": "k3y", "region": "eu", "advanced": ["timeout": "5000", "verbose": true]])
    }

    @Test("answers are validated as they come; '-' clears; many values are comma-separated")
    func validation() {
        let fields = """
        [{"label": "Email", "name": "email", "type": "text", "typeOptions": {"validation": "email"}},
         {"label": "Kinds", "name": "kinds", "type": "buttonsGroup", "multiplicity": "many",
          "typeOptions": {"possibleValues": [{"label": "One", "name": "one"}, {"label": "Two", "name": "two"}]}},
         {"label": "Words", "name": "words", "type": "text", "multiplicity": "many", "defaultValue": ["x"]},
         {"label": "Region", "name": "region", "type": "dropDown", "typeOptions": {"possibleValues": [{"label": "US", "name": "us"}]}}]
        """
        let (values, transcript) = play(FormTestSupport.evaluator(fields), ["not-an-email", "${MAIL}", "1, two", "-", "mars", "${REGION}"])
        #expect(transcript == [
            "Email: not-an-email",
            "! 'email' must be an email address, not 'not-an-email'",
            "Email: ${MAIL}",
            "Kinds (numbers or names, comma-separated): 1, two",
            "Words (comma-separated) [x]: -",
            "Region: mars",
            "! 'mars' is not an option; answer a number from 1 to 1 or an option's name",
            "Region: ${REGION}",
        ])
        #expect(values.root == ["email": "${MAIL}", "kinds": ["one", "two"], "words": .null, "region": "${REGION}"])
    }

    @Test("the session starts from given values and shows them as the current answers")
    func startsFromValues() {
        let fields = "[{\"label\": \"Token\", \"name\": \"token\", \"type\": \"password\"}, {\"label\": \"On\", \"name\": \"on\", \"type\": \"toggle\"}]"
        var session = ConfigureSession(evaluator: FormTestSupport.evaluator(fields), values: ConfigurationValues(root: ["token": "t", "on": true], origin: .file))
        guard case .question(let first)? = session.next() else {
            Issue.record("expected a question")
            return
        }
        #expect(first.prompt == "Token [********]: ")
        #expect(first.isSecret)
        #expect(session.answer("") == nil)
        guard case .question(let second)? = session.next() else {
            Issue.record("expected a question")
            return
        }
        #expect(second.prompt == "On (y/n) [y]: ")
    }
}

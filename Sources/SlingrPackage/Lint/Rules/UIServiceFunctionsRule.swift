import SlingrDiagnostics
import SlingrJSON
import SlingrScript

/// Every function a UI service declares in `uiService.json` is assigned as `service.<name>` in
/// `uiService.js`, where apps' `sys.ui.sendMessage` calls land.
struct UIServiceFunctionsRule: LintRule {
    static let description = RuleDescription(
        id: "ui-service-functions",
        severity: .error,
        summary: "A function declared in uiService.json that uiService.js does not assign as service.<name>.",
        explanation: "Messages sent to a UI service call service.<function>; a declared function that is not defined fails at run time.",
        triggering: [
            .package("'close' declared but not defined", files: [
                "uiServices/popup/uiService.json": #"{"name": "popup", "label": "Popup", "places": ["APP"], "functions": [{"label": "Open", "name": "open"}, {"label": "Close", "name": ↓"close"}]}"#,
                "uiServices/popup/uiService.js": "service.open = function (message) {};\n"], expected: [.marked(message("close"))]),
        ],
        nonTriggering: [
            .package("every function defined", files: [
                "uiServices/popup/uiService.json": #"{"name": "popup", "label": "Popup", "places": ["APP"], "functions": [{"label": "Open", "name": "open"}]}"#,
                "uiServices/popup/uiService.js": "service.open = function (message) {};\n"]),
        ]
    )

    static func message(_ name: String) -> String { "function '\(name)' is declared but uiService.js never assigns service.\(name)" }

    func check(_ context: LintContext) {
        let repository = context.repository
        for folder in repository.components(type: "uiService", conventionalFolder: "uiServices") {
            guard let descriptor = repository.descriptor(PathName.join(folder, "uiService.json"), kind: .uiService),
                  let functions = descriptor.uiServiceDescriptor?.functions,
                  let script = repository.script(PathName.join(folder, "uiService.js")), script.result.isValid else { continue }
            let defined = Set(ScriptQueries.memberAssignments(in: script.result.tree).compactMap { assignment -> String? in
                assignment.path.count == 2 && assignment.path[0] == "service" ? assignment.path[1] : nil
            })
            for function in functions {
                guard let name = function.name, !defined.contains(name.text) else { continue }
                context.report(Self.self, Self.message(name.text),
                               in: descriptor.source, range: name.value.range, pointer: name.pointer)
            }
        }
    }
}

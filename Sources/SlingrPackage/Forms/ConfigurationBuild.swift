import SlingrDiagnostics
import SlingrScript

/// `configurationBuilder.js` run on the values, as the app does when it loads the package:
/// placeholders replaced, platform values in `config`, sandboxed with the interpreter's default
/// limits, `sys.context.getCurrentUserRecord().id()` and `sys.app.getUrl()` answered from the
/// form environment. The result is the configuration the package and its dependencies get.
public struct ConfigurationBuild: Sendable {
    /// The script's display path.
    public var path: String
    /// The script, for showing where it failed.
    public var source: SourceFile
    /// What `configurationBuilder` returned, less the platform values it was given unchanged
    /// (`WEBHOOK_URL` ...); nil when it failed.
    public var configuration: HostValue?
    /// The failure, located in the script.
    public var failure: Diagnostic?
    /// What the script logged with `sys.logs.*`.
    public var logs: [LogEntry]
    /// The members of the result named after a dependency (`oauth`, `http`), in declaration order.
    public var dependencyConfigurations: [(name: String, value: HostValue)]

    public static func run(_ source: SourceFile, values: ConfigurationValues, evaluator: FormEvaluator, limits: Limits = Limits())
        -> ConfigurationBuild
    {
        let environment = evaluator.environment
        let config = resolvingPlaceholders(evaluator.configObject(values), environment.resolvedPlaceholders, depth: 0)
        let interpreter = ScriptInterpreter(environment: environment.scriptEnvironment(config: config), limits: limits)
        var build = ConfigurationBuild(path: source.path, source: source, configuration: nil, failure: nil, logs: [], dependencyConfigurations: [])
        do throws(ScriptError) {
            let result = try interpreter.runConfigurationBuilder(source: String(decoding: source.bytes, as: UTF8.self), path: source.path)
            let platform = environment.platform.members
            if case .object(let members) = result {
                build.configuration = .object(members.filter { member in
                    !platform.contains { $0.name == member.key && HostValue.string($0.value) == member.value }
                })
            } else {
                build.configuration = result
            }
            for name in evaluator.definition.dependencies {
                if let value = result[name], !build.dependencyConfigurations.contains(where: { $0.name == name }) {
                    build.dependencyConfigurations.append((name, value))
                }
            }
        } catch {
            build.failure = error.diagnostic(in: source)
        }
        build.logs = interpreter.logs
        return build
    }

    /// Every string with its `${NAME}` placeholders replaced where known.
    public static func resolvingPlaceholders(_ value: HostValue, _ placeholders: [String: String], depth: Int) -> HostValue {
        guard depth < 64 else { return value }
        switch value {
        case .string(let text): return .string(Placeholder.resolve(text, environment: placeholders).text)
        case .array(let items): return .array(items.map { resolvingPlaceholders($0, placeholders, depth: depth + 1) })
        case .object(let members):
            return .object(members.map { ($0.key, resolvingPlaceholders($0.value, placeholders, depth: depth + 1)) })
        default: return value
        }
    }
}

import SlingrDiagnostics

/// What `run function` and `run listener` can name, read from the scripts without running them,
/// for shell completion: `LIBRARY.FUNCTION` for each name a library exports, and each listener
/// the listener files define. What a reader cannot follow (exports built at run time) is left out.
public enum RunnableNames {
    /// `api.get` for `exports.get` in `scripts/api.js`, sorted.
    public static func libraryFunctions(_ repository: PackageRepository) -> [String] {
        var names: [String] = []
        for path in repository.scripts(type: "script", conventionalFolder: "scripts") {
            guard let script = repository.script(path), script.result.isValid,
                  let exports = PackageSymbols.exports(of: script.result.tree) else { continue }
            var library = PathName.lastComponent(path)
            if library.hasSuffix(".js") { library.removeLast(3) }
            names += exports.map { library + "." + $0 }
        }
        return names.sorted()
    }

    /// The `<name>` of every `listeners.<name> = {...}`, sorted.
    public static func listeners(_ repository: PackageRepository) -> [String] {
        Set(ListenerDefinition.all(in: repository).map(\.name)).sorted()
    }
}

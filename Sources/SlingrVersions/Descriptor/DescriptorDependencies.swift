import SlingrDiagnostics

/// The part of a `package.json` that resolution needs: the package's name and its dependencies.
/// Descriptors are decoded by the package layer (one reader for every command); resolution
/// receives this.
public struct DescriptorDependencies: Sendable {
    public var packageName: String?
    public var dependencies: [DependencyDeclaration]
    /// Problems of the dependencies, as descriptor validation reports them.
    public var diagnostics: [Diagnostic]

    public init(packageName: String?, dependencies: [DependencyDeclaration], diagnostics: [Diagnostic]) {
        self.packageName = packageName
        self.dependencies = dependencies
        self.diagnostics = diagnostics
    }
}

/// Decodes a `package.json` (read from a git tag) into what resolution needs.
public typealias DescriptorDecoder = @Sendable (SourceFile) -> DescriptorDependencies

import SlingrDiagnostics

/// A `--storage` file that is not a JSON object of stored documents.
public enum StorageFileRule: RuleDeclaration {
    public static let description = RuleDescription(
        id: "storage-file",
        severity: .error,
        summary: "A storage file (--storage) that is not a JSON object of stored documents by key.",
        explanation: "run and test keep sys.storage in a JSON file between runs when --storage is given: an object whose keys are the storage keys. A file of another shape is not used, so nothing stored earlier is lost by overwriting it."
    )
}

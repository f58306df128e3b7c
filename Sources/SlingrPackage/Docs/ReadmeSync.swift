import SlingrDiagnostics

/// What `slingr-pkg docs` does to a package's README: regenerates the marked sections, or, in a
/// README without markers, appends all of them (and writes a README with a title when there is
/// none).
public struct ReadmeSync {
    public static let fileName = "README.md"

    public let repository: PackageRepository

    public init(repository: PackageRepository) { self.repository = repository }

    /// The README as it is (`nil` when there is none) and as `docs` would write it, with the
    /// sections that change and the marker problems found.
    public struct Plan: Sendable {
        public var current: [UInt8]?
        public var updated: [UInt8]
        public var changedSections: [ReadmeSection]
        public var problems: [String]
        public var isCurrent: Bool { current == updated }
    }

    public func plan() -> Plan {
        let generator = ReadmeGenerator(repository: repository)
        guard let source = repository.source(Self.fileName) else {
            let descriptor = repository.package?.packageDescriptor
            var text = "# \(descriptor?.label ?? descriptor?.name?.text ?? PathName.lastComponent(repository.root))\n\n"
            if let description = descriptor?.description, !description.isEmpty { text += HTMLText.plainText(description) + "\n\n" }
            text += ReadmeDocument.markedBlocks(generator.render)
            return Plan(current: nil, updated: Array(text.utf8), changedSections: ReadmeSection.allCases, problems: [])
        }
        let document = ReadmeDocument(bytes: source.bytes)
        let problems = document.problems.map { problem -> String in
            let location = source.location(of: problem.offset)
            return "\(source.path):\(location.line):\(location.column): \(problem.message)"
        }
        guard !document.marked.isEmpty else {
            var bytes = source.bytes
            if let last = bytes.last, last != 0x0A { bytes += Array(document.lineEnding.utf8) }
            bytes += Array((document.lineEnding + ReadmeDocument.markedBlocks(generator.render, lineEnding: document.lineEnding)).utf8)
            return Plan(current: source.bytes, updated: bytes, changedSections: ReadmeSection.allCases, problems: problems)
        }
        let edits = document.edits(generator.render)
        return Plan(current: source.bytes, updated: document.applying(edits.map(\.edit)), changedSections: edits.map(\.section), problems: problems)
    }
}

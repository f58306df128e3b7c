/// A small repository in which a rule reports (or stays quiet), given as its files.
///
/// In text files, `↓` marks where a finding must point: the marker is removed before the
/// example runs, and the finding's location must be the character after it. `expected` lists
/// the findings in report order: each `.marked` one takes the next marker (in path order, then
/// position), `.file` ones name a file without a position (a missing icon, say). The example
/// remembers where it was written, so a failing example is reported at its own source line.
public struct RuleExample: Sendable {
    /// What the example shows, for `slingr-pkg rules ID`.
    public var caption: String
    /// Repository-relative path to content, markers included.
    public var files: [String: ExampleFile]
    /// The findings the rule must produce; empty for examples that must stay quiet.
    public var expected: [Expectation]
    /// Which command runs the example.
    public var command: Command
    /// Where the example is written, for test failures.
    public var origin: Origin

    /// The command an example runs through.
    public enum Command: Sendable, Hashable {
        /// `slingr-pkg lint` of the repository.
        case lint
        /// `slingr-pkg resolve` with the repository's `registry.json`.
        case resolve
        /// `slingr-pkg preview --check`, with `values.json` when the example has one.
        case previewCheck
    }

    /// One finding an example must produce.
    public enum Expectation: Sendable, Hashable {
        /// At the next `↓` marker, with this message.
        case marked(String)
        /// About a whole file (no position), with this message.
        case file(String, String)
        /// With this message and no file (a problem of the command's input as a whole).
        case unlocated(String)

        public var message: String {
            switch self {
            case .marked(let message), .file(_, let message), .unlocated(let message): return message
            }
        }
    }

    /// The source position of the example's declaration.
    public struct Origin: Sendable, Hashable {
        public var fileID: String
        public var filePath: String
        public var line: Int
        public var column: Int
    }

    public init(_ caption: String, files: [String: ExampleFile], expected: [Expectation] = [], command: Command = .lint,
                fileID: String = #fileID, filePath: String = #filePath, line: Int = #line, column: Int = #column) {
        self.caption = caption
        self.files = files
        self.expected = expected
        self.command = command
        self.origin = Origin(fileID: fileID, filePath: filePath, line: line, column: column)
    }

    /// The marker character.
    public static let marker: Character = "↓"

    /// The files with markers removed, and each marker's file and byte offset in path order,
    /// then position.
    public var strippedFiles: (files: [String: [UInt8]], markers: [(path: String, offset: Int)]) {
        var files: [String: [UInt8]] = [:]
        var markers: [(path: String, offset: Int)] = []
        let markerBytes = Array(String(Self.marker).utf8)
        for path in self.files.keys.sorted() {
            let bytes = self.files[path]?.bytes ?? []
            guard self.files[path]?.isText == true else {
                files[path] = bytes
                continue
            }
            var stripped: [UInt8] = []
            stripped.reserveCapacity(bytes.count)
            var index = 0
            while index < bytes.count {
                if bytes[index] == markerBytes[0], index + markerBytes.count <= bytes.count,
                   Array(bytes[index..<(index + markerBytes.count)]) == markerBytes {
                    markers.append((path, stripped.count))
                    index += markerBytes.count
                } else {
                    stripped.append(bytes[index])
                    index += 1
                }
            }
            files[path] = stripped
        }
        return (files, markers)
    }
}

/// The content of one example file: text written as a literal, or bytes (images).
public struct ExampleFile: Sendable, ExpressibleByStringLiteral {
    public var bytes: [UInt8]
    /// Set for files built from bytes, which are described rather than printed.
    public var binaryDescription: String?

    public init(bytes: [UInt8], description: String) {
        self.bytes = bytes
        self.binaryDescription = description
    }

    public init(stringLiteral text: String) {
        bytes = Array(text.utf8)
        binaryDescription = nil
    }

    public var text: String { String(decoding: bytes, as: UTF8.self) }

    /// Text files print as they are (markers included); others are described.
    public var isText: Bool { binaryDescription == nil }
}

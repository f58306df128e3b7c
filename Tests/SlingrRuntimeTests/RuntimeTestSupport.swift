import SlingrDiagnostics
import SlingrPackage
import SlingrRuntime

/// Paths and helpers shared by the runtime tests.
enum RuntimeTestSupport {
    /// The repository root, found from this file's location.
    static let root: String = {
        var path = PathName.parent(#filePath)
        let fileSystem = LocalFileSystem()
        while path != "/", !fileSystem.isFile(PathName.join(path, "Package.swift")) { path = PathName.parent(path) }
        return path
    }()

    /// The real packages beside the repository, when they are there.
    static var corpus: String? {
        let path = PathName.normalize(PathName.join(root, "../shared/corpus/packages"))
        return LocalFileSystem().isDirectory(path) ? path : nil
    }

    static func repository(_ path: String) -> PackageRepository {
        PackageRepository(root: path, displayRoot: PathName.lastComponent(path), fileSystem: LocalFileSystem())
    }

    /// A package in memory from `files` (relative path to text), rooted at `/pkg`.
    static func memoryPackage(_ files: [String: String]) -> PackageRepository {
        let fileSystem = InMemoryFileSystem()
        for (path, text) in files {
            let absolute = PathName.join("/pkg", path)
            try? fileSystem.createDirectory(PathName.parent(absolute))
            try? fileSystem.writeFileAtomically(absolute, Array(text.utf8))
        }
        return PackageRepository(root: "/pkg", displayRoot: "pkg", fileSystem: fileSystem)
    }
}

import SlingrDiagnostics
import SlingrPackage
import SlingrVersions

/// A package dependency's files at the release `resolve` picked, taken from its git source into
/// the cache (`<cache>/packages/<source>/<tag>/`), so `run` and `test` can load it like a
/// `--with` folder. What is taken: `package.json` and the scripts, listeners and configuration
/// builder it names. A finished checkout is reused (also offline); a new one is written to a
/// temporary folder and renamed into place, so a failure leaves nothing half-written.
public enum GitDependencyCheckout {
    public static func folder(name: String, release: Release, source: GitSource, reader: GitSourceReader, cacheDirectory: String,
                              fileSystem: any FileSystem) throws(RuntimeSetupError) -> String {
        let parent = PathName.join(cacheDirectory, "packages/" + source.cacheKey)
        let folder = PathName.join(parent, safeName(release.tag))
        if fileSystem.isFile(PathName.join(folder, "package.json")) { return folder }
        func read(_ path: String) throws(RuntimeSetupError) -> [UInt8]? {
            let content: GitClient.FileAtObject?
            do {
                content = try reader.files(path, of: source, at: [release.tag]).first
            } catch {
                throw RuntimeSetupError("dependency '\(name)' \(release.tag): \(error.description)")
            }
            switch content {
            case .found(let bytes)?: return bytes
            case .tooLarge(let size)?: throw RuntimeSetupError("dependency '\(name)' \(release.tag): '\(path)' is \(size) bytes, over the limit")
            case .missing?, nil: return nil
            }
        }
        guard let descriptorBytes = try read("package.json") else {
            throw RuntimeSetupError("dependency '\(name)' has no package.json at \(release.tag) in \(source.displayLocation)")
        }
        let decoded = PackageDescriptor.decode(SourceFile(path: "\(name)@\(release.tag)/package.json", bytes: descriptorBytes))
        guard let descriptor = decoded.descriptor else {
            throw RuntimeSetupError("dependency '\(name)': package.json at \(release.tag) is not valid JSON",
                                    diagnostics: decoded.diagnostics.filter { $0.severity == .error })
        }
        var paths: [String] = []
        for entry in descriptor.metadata where entry.type == "script" || entry.type == "listener" {
            if let path = relativePath(entry.path) { paths.append(path) }
        }
        if let builder = descriptor.configurationBuilder?.text, let path = relativePath(builder) { paths.append(path) }
        var files: [(path: String, bytes: [UInt8])] = [("package.json", descriptorBytes)]
        for path in paths {
            guard let bytes = try read(path) else { continue }
            files.append((path, bytes))
        }
        do {
            try fileSystem.createDirectory(parent)
            let temporary = try fileSystem.makeTemporaryDirectory(in: parent, prefix: ".checkout-")
            do {
                for file in files {
                    let target = PathName.join(temporary, file.path)
                    try fileSystem.createDirectory(PathName.parent(target))
                    try fileSystem.writeFileAtomically(target, file.bytes)
                }
                try fileSystem.moveItem(from: temporary, to: folder)
            } catch {
                try? fileSystem.removeItem(temporary)
                // Another run may have finished the same checkout first.
                if !fileSystem.isFile(PathName.join(folder, "package.json")) { throw error }
            }
        } catch let error as FileSystemError {
            throw RuntimeSetupError("cannot keep dependency '\(name)' \(release.tag) in the cache: \(error.description)")
        } catch {
            throw RuntimeSetupError("cannot keep dependency '\(name)' \(release.tag) in the cache: \(error)")
        }
        return folder
    }

    /// A metadata path (`/scripts/functions.js`) as a path inside the checkout; nil for paths
    /// that would leave it.
    static func relativePath(_ path: String) -> String? {
        let components = path.split(separator: "/").map(String.init)
        guard !components.isEmpty, !components.contains(where: { $0 == ".." || $0 == "." }) else { return nil }
        return components.joined(separator: "/")
    }

    /// A tag as one folder name.
    static func safeName(_ tag: String) -> String {
        String(tag.map { $0.isLetter || $0.isNumber || $0 == "." || $0 == "-" || $0 == "_" ? $0 : "_" })
    }
}

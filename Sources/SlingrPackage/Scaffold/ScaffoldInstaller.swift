import SlingrDiagnostics

/// Puts generated files on disk through `FileSystem` so that a failure leaves nothing behind:
/// a new package is built in a temporary folder next to the target and renamed into place (or,
/// when the target folder already exists, moved into it file by file and moved out again on
/// failure); files added to an existing package are removed again if anything later fails.
public struct ScaffoldInstaller {
    let fileSystem: any FileSystem

    public init(fileSystem: any FileSystem) { self.fileSystem = fileSystem }

    /// Writes a new package into `target` (absolute), shown to the user as `displayTarget`.
    /// The target must not exist or be an empty folder, unless `force`: then files of the same
    /// name are replaced (kept aside until the end, and put back if anything fails) and other
    /// files are left alone. An existing folder is filled rather than replaced, so a shell
    /// sitting in it (`new demo --dir .`) still sees the package.
    public func installPackage(_ files: [GeneratedFile], at target: String, displayTarget: String, force: Bool) throws(ScaffoldError) {
        let parent = PathName.parent(target)
        var targetExists = false
        if let info = fileSystem.info(target, followSymlinks: true) {
            guard info.kind == .directory else {
                throw ScaffoldError(.conflict, "'\(displayTarget)' already exists and is not a directory")
            }
            let entries = try attempt(displayTarget) { () throws(FileSystemError) in try fileSystem.contentsOfDirectory(target) }
            targetExists = true
            if !entries.isEmpty, !force {
                throw ScaffoldError(.conflict, "directory '\(displayTarget)' is not empty; use --force to write the package into it")
            }
        } else if !fileSystem.isDirectory(parent) {
            throw ScaffoldError(.conflict, "cannot create '\(displayTarget)': its parent directory does not exist")
        }
        let staging = try attempt(displayTarget) { () throws(FileSystemError) in
            try fileSystem.makeTemporaryDirectory(in: parent, prefix: ".\(PathName.lastComponent(target)).slingr-pkg-new")
        }
        defer { try? fileSystem.removeItem(staging) }
        // A folder made by `createDirectory` gets ordinary permissions; the temporary one may not.
        let built = PathName.join(staging, "package")
        try attempt(displayTarget) { () throws(FileSystemError) in
            try fileSystem.createDirectory(built)
            for file in files {
                let path = PathName.join(built, file.path)
                try fileSystem.createDirectory(PathName.parent(path))
                try fileSystem.writeFileAtomically(path, file.bytes)
            }
        }
        if !targetExists {
            do {
                try fileSystem.moveItem(from: built, to: target)
            } catch {
                if error.reason == .alreadyExists {
                    throw ScaffoldError(.conflict, "'\(displayTarget)' changed while the package was being written; nothing was written")
                }
                throw ScaffoldError(.fileSystem, "cannot create '\(displayTarget)': \(PackageAdder.reason(error))")
            }
            return
        }
        try merge(files, from: built, into: target, backups: PathName.join(staging, "replaced"), replacing: force, displayTarget: displayTarget)
    }

    /// Applies `change` to the package in `directory`: creates the new files, rewrites the
    /// updated ones (the README), then `package.json`. If any of them changed since `change`
    /// was planned, nothing is written; if a write fails, the files created so far are removed
    /// and the rewritten ones put back.
    public func apply(_ change: PackageChange, in directory: String, displayDirectory: String) throws(ScaffoldError) {
        let descriptorPath = PathName.join(directory, "package.json")
        let boundary = FileSystemBoundary(root: directory, name: "the repository", fileSystem: fileSystem)
        let current = try? boundary.readFile("package.json")
        guard current == change.originalDescriptor else {
            throw ScaffoldError(.conflict, "package.json in '\(displayDirectory)' changed while the change was being prepared; nothing was written")
        }
        for update in change.updatedFiles where (try? boundary.readFile(update.path)) != update.original {
            throw ScaffoldError(.conflict, "\(update.path) in '\(displayDirectory)' changed while the change was being prepared; nothing was written")
        }
        var created: [String] = []
        var rewritten: [(path: String, original: [UInt8])] = []
        do throws(FileSystemError) {
            for file in change.createdFiles {
                // New files go inside the package only: never through a link leading out.
                let path = try boundary.absolutePath(file.path)
                if fileSystem.exists(path) { throw FileSystemError(path: path, reason: .alreadyExists) }
                created += try createMissingDirectories(PathName.parent(path), below: directory)
                try fileSystem.writeFileAtomically(path, file.bytes)
                created.append(path)
            }
            for update in change.updatedFiles {
                let path = try boundary.absolutePath(update.path)
                try fileSystem.writeFileAtomically(path, update.updated)
                rewritten.append((path, update.original))
            }
            try fileSystem.writeFileAtomically(descriptorPath, change.descriptor)
        } catch {
            for path in created.reversed() { try? fileSystem.removeItem(path) }
            for file in rewritten.reversed() { try? fileSystem.writeFileAtomically(file.path, file.original) }
            let relative = error.path.hasPrefix("/") ? PathName.relative(error.path, to: directory) : error.path
            let shown = relative.map { displayDirectory == "." ? $0 : PathName.join(displayDirectory, $0) } ?? error.path
            throw ScaffoldError(.fileSystem, "cannot write '\(shown)': \(PackageAdder.reason(error)); nothing was changed")
        }
    }

    // MARK: Helpers

    /// Moves the built files into the existing `target`. Without `replacing`, a file that
    /// appeared there meanwhile stops the install (and is left alone).
    private func merge(_ files: [GeneratedFile], from built: String, into target: String, backups: String, replacing: Bool,
                       displayTarget: String) throws(ScaffoldError) {
        var createdDirectories: [String] = []
        var placed: [String] = []
        var replaced: [(original: String, backup: String)] = []
        do throws(FileSystemError) {
            for file in files {
                let destination = PathName.join(target, file.path)
                createdDirectories += try createMissingDirectories(PathName.parent(destination), below: target)
                if let info = fileSystem.info(destination, followSymlinks: false) {
                    if !replacing { throw FileSystemError(path: destination, reason: .alreadyExists) }
                    if info.kind == .directory { throw FileSystemError(path: destination, reason: .isDirectory) }
                    let backup = PathName.join(backups, file.path)
                    try fileSystem.createDirectory(PathName.parent(backup))
                    try fileSystem.moveItem(from: destination, to: backup)
                    replaced.append((destination, backup))
                }
                try fileSystem.moveItem(from: PathName.join(built, file.path), to: destination)
                placed.append(destination)
            }
        } catch {
            for path in placed.reversed() { try? fileSystem.removeItem(path) }
            for entry in replaced.reversed() { try? fileSystem.moveItem(from: entry.backup, to: entry.original) }
            for path in createdDirectories.reversed() { try? fileSystem.removeItem(path) }
            if !replacing, error.reason == .alreadyExists {
                throw ScaffoldError(.conflict, "'\(displayTarget)' changed while the package was being written; nothing was written")
            }
            let shown = PathName.relative(error.path, to: target).map { PathName.join(displayTarget, $0) } ?? displayTarget
            throw ScaffoldError(.fileSystem, "cannot write '\(shown)': \(PackageAdder.reason(error)); nothing was changed")
        }
    }

    /// Creates `path` and its missing parents up to `root`; returns the folders created,
    /// outermost first, so they can be removed again in reverse.
    private func createMissingDirectories(_ path: String, below root: String) throws(FileSystemError) -> [String] {
        var missing: [String] = []
        var current = path
        while current != root, PathName.isWithin(current, root: root), !fileSystem.exists(current) {
            missing.append(current)
            current = PathName.parent(current)
        }
        for folder in missing.reversed() { try fileSystem.createDirectory(folder) }
        return missing.reversed()
    }

    private func attempt<T>(_ displayTarget: String, _ body: () throws(FileSystemError) -> T) throws(ScaffoldError) -> T {
        do {
            return try body()
        } catch {
            throw ScaffoldError(.fileSystem, "cannot create '\(displayTarget)': \(PackageAdder.reason(error))")
        }
    }
}

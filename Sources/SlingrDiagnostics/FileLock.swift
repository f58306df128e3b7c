#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// A lock file next to what a writer changes (`package.json.lock` for `package.json`), as git
/// takes `index.lock`: created with `O_CREAT | O_EXCL`, so of two writers exactly one gets it,
/// and removed when the writer is done. Every command that changes a package (`add`,
/// `lint --fix`, `configure`, `docs`) takes one before it reads what it will change, so no
/// update is lost: the second writer waits a little, then gives up naming the lock.
///
/// The file holds the holder's process id, for a person wondering who holds it. A lock left by
/// a process that was killed stays until removed by hand, as git's does: telling a dead holder
/// from a slow one is not reliable across machines sharing a folder.
public final class FileLock: @unchecked Sendable {
    /// The lock file.
    public let path: String
    private let fileSystem: any FileSystem
    private var held = true

    private init(path: String, fileSystem: any FileSystem) {
        self.path = path
        self.fileSystem = fileSystem
    }

    /// The lock file of `target`: its path plus `.lock`.
    public static func lockPath(for target: String) -> String { target + ".lock" }

    /// Takes the lock of `target`, retrying for up to `waitMilliseconds` while another writer
    /// holds it.
    public static func acquire(for target: String, fileSystem: any FileSystem, waitMilliseconds: Int = 5_000) throws(FileLockError) -> FileLock {
        let path = lockPath(for: target)
        let contents = Array("\(getpid())\n".utf8)
        let deadline = monotonicMilliseconds() + waitMilliseconds
        var pause = 2
        while true {
            do {
                try fileSystem.createFileExclusively(path, contents)
                return FileLock(path: path, fileSystem: fileSystem)
            } catch {
                guard error.reason == .alreadyExists else { throw FileLockError(lockPath: path, reason: .cannotCreate(error)) }
            }
            let now = monotonicMilliseconds()
            if now >= deadline { throw FileLockError(lockPath: path, reason: .held(waitedMilliseconds: waitMilliseconds)) }
            // Short, growing, slightly uneven pauses: many waiting writers do not wake together.
            pause = min(pause * 2, 50)
            let jitter = Int(UInt(bitPattern: now) % 7)
            usleep(UInt32(min(pause + jitter, deadline - now)) * 1_000)
        }
    }

    /// Removes the lock file; later calls do nothing.
    public func release() {
        guard held else { return }
        held = false
        try? fileSystem.removeItem(path)
    }

    deinit { release() }

    private static func monotonicMilliseconds() -> Int {
        var time = timespec()
        clock_gettime(CLOCK_MONOTONIC, &time)
        return Int(time.tv_sec) * 1_000 + Int(time.tv_nsec) / 1_000_000
    }
}

/// Why a lock could not be taken, in words for an error message.
public struct FileLockError: Error, Sendable, Hashable {
    public enum Reason: Sendable, Hashable {
        /// Another writer held it for the whole wait.
        case held(waitedMilliseconds: Int)
        /// The lock file could not be created (no such folder, no permission).
        case cannotCreate(FileSystemError)
    }

    public var lockPath: String
    public var reason: Reason

    public init(lockPath: String, reason: Reason) {
        self.lockPath = lockPath
        self.reason = reason
    }

    /// The message, with the lock shown as `shownLockPath` and what it protects as `shownTarget`.
    public func message(shownTarget: String, shownLockPath: String) -> String {
        switch reason {
        case .held(let waited):
            let seconds = waited % 1_000 == 0 ? "\(waited / 1_000) s" : "\(waited) ms"
            return "another slingr-pkg is changing '\(shownTarget)': its lock file '\(shownLockPath)' stayed for \(seconds); try again, or remove the lock file if no other slingr-pkg is running"
        case .cannotCreate(let error):
            return "cannot lock '\(shownTarget)': cannot create '\(shownLockPath)': \(error.reasonText)"
        }
    }
}

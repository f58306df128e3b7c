import Foundation

/// Unpacks the test262 tarball once into a folder (normally `.build/test262`, which git
/// ignores) and reuses it while the tarball is unchanged.
public enum Test262Archive {
    public struct Failure: Error, Sendable, CustomStringConvertible {
        public var description: String
    }

    /// The folder holding `harness/` and `test/`, unpacking `tarball` into `destination` first
    /// when it is missing or was unpacked from a different tarball (size and modification time
    /// are recorded next to it). Unpacks into a temporary sibling and renames it into place,
    /// so an interrupted run never leaves a half-filled folder behind.
    public static func prepare(tarball: String, destination: String) throws(Failure) -> String {
        let manager = FileManager.default
        let stamp = try Self.stamp(of: tarball)
        let stampPath = destination + ".stamp"
        if manager.fileExists(atPath: destination + "/harness/assert.js"),
           (try? String(contentsOfFile: stampPath, encoding: .utf8)) == stamp
        {
            return destination
        }
        let parent = (destination as NSString).deletingLastPathComponent
        let staging = destination + ".partial-\(ProcessInfo.processInfo.processIdentifier)"
        do {
            try manager.createDirectory(atPath: parent, withIntermediateDirectories: true)
            try? manager.removeItem(atPath: staging)
            try manager.createDirectory(atPath: staging, withIntermediateDirectories: true)
        } catch {
            throw Failure(description: "cannot create '\(staging)': \(error.localizedDescription)")
        }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = ["tar", "-xzf", tarball, "-C", staging]
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        do {
            try process.run()
        } catch {
            throw Failure(description: "cannot run tar: \(error.localizedDescription)")
        }
        let message = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        process.waitUntilExit()
        guard process.terminationStatus == 0 else {
            try? manager.removeItem(atPath: staging)
            throw Failure(description: "tar could not unpack '\(tarball)': \(message)")
        }
        do {
            try? manager.removeItem(atPath: destination)
            try manager.moveItem(atPath: staging, toPath: destination)
            try stamp.write(toFile: stampPath, atomically: true, encoding: .utf8)
        } catch {
            throw Failure(description: "cannot move the unpacked suite to '\(destination)': \(error.localizedDescription)")
        }
        return destination
    }

    private static func stamp(of tarball: String) throws(Failure) -> String {
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: tarball),
              let size = attributes[.size] as? NSNumber, let modified = attributes[.modificationDate] as? Date
        else { throw Failure(description: "cannot read '\(tarball)'") }
        return "\(size.intValue) \(modified.timeIntervalSince1970)\n"
    }
}

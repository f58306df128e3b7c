import SlingrDiagnostics

/// A file or folder of the repository that exists but cannot be read. Reported by
/// `PackageRepository` for whatever a command looks at (descriptors, scripts, icons, the
/// conventional folders, `.slingr-pkg.json`), once per path.
enum UnreadableFileRule: RuleDeclaration {
    static let description = RuleDescription(
        id: "unreadable-file",
        severity: .error,
        summary: "A file or folder that exists but cannot be read: a link leading out of the repository, a FIFO or device, no permission, too large.",
        explanation: "Where a descriptor, script, icon or folder is expected, the repository holds something slingr-pkg refuses or fails to read: a symbolic link that leads outside the repository (the platform reads the repository only, and a package must never make a tool print a file from elsewhere), a named pipe, device or socket (reading one could block or have side effects), a file larger than the 64 MB limit, or a file or folder without read permission. It is never taken as missing and never skipped: the finding names the path and the reason (never what a link points at), and the command exits with status 2, as for any unreadable input. The configuration cannot turn it off. Replace the link by the file itself, or fix the permissions."
    )

    static func message(path: String, reason: String) -> String {
        "cannot read '\(path)': \(reason)"
    }

    static func message(escapingLink reason: String) -> String {
        "\(reason); nothing is read through it"
    }
}

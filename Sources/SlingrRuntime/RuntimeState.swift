import SlingrDiagnostics
import SlingrScript

/// What the host functions of one runtime share: the journal they write to, the HTTP replies,
/// the identity of the simulated installation, and the sources for locating stack frames.
final class RuntimeState {
    let journal: RuntimeJournal
    let replies: HTTPReplies
    let userId: String
    let appURL: String
    /// The package being run (events are checked against its declaration).
    var packageName = ""
    var declaredEvents: [String] = []
    /// Every file compiled so far, by the path its frames carry.
    var sources: [String: SourceFile] = [:]
    /// Keys of `sys.utils.concurrency` locks the running code holds.
    var heldLocks: Set<String> = []
    /// Syntax errors of files that failed to load, located in them.
    var loadDiagnostics: [Diagnostic] = []
    /// Where the journal stood when the running test started (logs(), events() read from there).
    var testMark: PackageRuntime.JournalMark?
    var testStart: PackageRuntime.JournalMark { testMark ?? PackageRuntime.JournalMark(logs: 0, events: 0, exchanges: 0, notEmulated: 0) }
    /// Makes the function of a compiled module (set by the runtime that owns the interpreter).
    var instantiate: (CompiledModule) -> Value = { _ in .undefined }

    init(journal: RuntimeJournal, replies: HTTPReplies, userId: String, appURL: String) {
        self.journal = journal
        self.replies = replies
        self.userId = userId
        self.appURL = appURL
    }
}

import SlingrDiagnostics

/// `try { } catch (e) { } finally { }`.
///
/// Only JavaScript exceptions are caught; a limit error passes through `catch` and `finally`
/// untouched so scripts cannot keep running after their budget ran out.
final class TryNode: StatementNode {
    let block: StatementNode
    let handler: StatementNode?
    /// Binds the caught value inside the catch scope.
    let parameter: PatternBinding?
    let catchScope: [Value]?
    let finalizer: StatementNode?

    init(
        block: StatementNode, handler: StatementNode?, parameter: PatternBinding?, catchScope: [Value]?,
        finalizer: StatementNode?, range: SourceRange
    ) {
        self.block = block
        self.handler = handler
        self.parameter = parameter
        self.catchScope = catchScope
        self.finalizer = finalizer
        super.init(range: range)
    }

    override func execute(_ realm: Realm, _ scope: RuntimeScope) throws -> Completion {
        realm.completionValue = .undefined
        var completion = Completion.normal
        var pending: (any Error)?
        do {
            completion = try block.execute(realm, scope)
        } catch let exception as JSException {
            if let handler {
                do {
                    let inner = catchScope.map { RuntimeScope(parent: scope, slots: $0) } ?? scope
                    if let parameter { try parameter.bind(exception.value, realm, inner) }
                    completion = try handler.execute(realm, inner)
                } catch {
                    if error is LimitExceeded { throw error }
                    pending = error
                }
            } else {
                pending = exception
            }
        }
        if let finalizer {
            // A finally block that completes normally does not change the completion value.
            let saved = realm.completionValue
            let finalCompletion = try finalizer.execute(realm, scope)
            if case .normal = finalCompletion {} else { return finalCompletion }
            realm.completionValue = saved
        }
        if let pending { throw pending }
        return completion
    }
}

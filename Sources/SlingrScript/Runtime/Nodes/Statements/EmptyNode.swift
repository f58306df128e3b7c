import SlingrDiagnostics

final class EmptyNode: StatementNode {}

import SlingrDiagnostics

/// Decides what a loop does with the completion of its body.
@inline(__always)
func loopControl(_ completion: Completion, labels: [Int]) -> (exit: Completion?, stop: Bool) {
    switch completion {
    case .normal: return (nil, false)
    case .breakLoop(let label):
        if label == 0 || labels.contains(label) { return (.normal, true) }
        return (completion, true)
    case .continueLoop(let label):
        if label == 0 || labels.contains(label) { return (nil, false) }
        return (completion, true)
    case .returnValue: return (completion, true)
    }
}

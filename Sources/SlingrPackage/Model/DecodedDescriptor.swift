/// One descriptor file decoded into the typed model of its kind.
public enum DecodedDescriptor: Sendable {
    case package(PackageDescriptor)
    case step(FlowStepDescriptor)
    case uiService(UIServiceDescriptor)

    public var package: PackageDescriptor? {
        if case .package(let descriptor) = self { return descriptor }
        return nil
    }

    public var step: FlowStepDescriptor? {
        if case .step(let descriptor) = self { return descriptor }
        return nil
    }

    public var uiService: UIServiceDescriptor? {
        if case .uiService(let descriptor) = self { return descriptor }
        return nil
    }
}

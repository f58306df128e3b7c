import SlingrDiagnostics

/// `package.json` of a new package: all six sections real descriptors carry (plus
/// `description` when given and `configurationBuilder` with OAuth), indented with four spaces
/// like most real descriptors, with a final newline.
enum PackageDescriptorTemplate {
    static func json(_ plan: PackagePlan) -> JSONOutput {
        var members: [(String, JSONOutput)] = [("name", .string(plan.name)), ("label", .string(plan.label))]
        if let description = plan.description { members.append(("description", .string(description))) }
        members.append(("dependencies", .array(plan.dependencies.map(\.json))))
        if plan.hasOAuth { members.append(("configurationBuilder", .string("/configurationBuilder.js"))) }
        members.append(("configuration", .array(plan.fields.map(\.json))))
        members.append(("events", .array(plan.events.map(\.json))))
        members.append(("metadata", .array(plan.metadata.map(\.json))))
        return .object(members)
    }

    static func render(_ plan: PackagePlan) -> String {
        json(plan).rendered(indent: 4) + "\n"
    }
}

/// `.gitignore` of a new package: editor and system clutter, and tools authors run locally. The
/// VS Code settings that map the descriptors to their schemas are kept.
enum GitignoreTemplate {
    static let text = """
    # Editors and operating systems
    .DS_Store
    .idea/
    .vscode/*
    !.vscode/settings.json
    *.swp

    # Local tooling
    node_modules/
    *.log

    """
}

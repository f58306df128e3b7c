/// `.gitignore` of a new package: editor and system clutter, and tools authors run locally.
enum GitignoreTemplate {
    static let text = """
    # Editors and operating systems
    .DS_Store
    .idea/
    .vscode/
    *.swp

    # Local tooling
    node_modules/
    *.log

    """
}

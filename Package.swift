// swift-tools-version:6.0
// slingr-pkg: a toolkit for authors of Slingr packages. No package dependencies by design.
import PackageDescription

let package = Package(
    name: "slingr-pkg",
    products: [
        .executable(name: "slingr-pkg", targets: ["slingr-pkg"]),
        .executable(name: "slingr-pkg-bench", targets: ["slingr-pkg-bench"]),
        .library(name: "SlingrPackage", targets: ["SlingrPackage"]),
        .library(name: "SlingrScript", targets: ["SlingrScript"]),
        .library(name: "SlingrRuntime", targets: ["SlingrRuntime"]),
    ],
    targets: [
        .target(name: "SlingrDiagnostics"),
        .target(name: "SlingrJSON", dependencies: ["SlingrDiagnostics"]),
        .target(name: "SlingrScript", dependencies: ["SlingrDiagnostics"]),
        .target(name: "SlingrVersions", dependencies: ["SlingrDiagnostics", "SlingrJSON"]),
        .target(
            name: "SlingrPackage",
            dependencies: ["SlingrDiagnostics", "SlingrJSON", "SlingrScript", "SlingrVersions"]
        ),
        .target(
            name: "SlingrRuntime",
            dependencies: ["SlingrDiagnostics", "SlingrJSON", "SlingrScript", "SlingrVersions", "SlingrPackage"]
        ),
        .target(
            name: "SlingrLanguageServer",
            dependencies: ["SlingrDiagnostics", "SlingrJSON", "SlingrScript", "SlingrVersions", "SlingrPackage", "SlingrRuntime"]
        ),
        .target(name: "SlingrTest262", dependencies: ["SlingrDiagnostics", "SlingrScript"]),
        .executableTarget(
            name: "slingr-pkg",
            dependencies: ["SlingrDiagnostics", "SlingrJSON", "SlingrScript", "SlingrVersions", "SlingrPackage", "SlingrRuntime", "SlingrLanguageServer"]
        ),
        .executableTarget(
            name: "slingr-pkg-bench",
            dependencies: ["SlingrDiagnostics", "SlingrJSON", "SlingrScript", "SlingrVersions", "SlingrPackage", "SlingrRuntime", "SlingrTest262", "SlingrLanguageServer"]
        ),
        .testTarget(name: "SlingrDiagnosticsTests", dependencies: ["SlingrDiagnostics"]),
        .testTarget(name: "SlingrJSONTests", dependencies: ["SlingrJSON"]),
        .testTarget(name: "SlingrScriptTests", dependencies: ["SlingrScript"]),
        .testTarget(name: "SlingrVersionsTests", dependencies: ["SlingrVersions", "SlingrPackage"]),
        .testTarget(name: "SlingrTest262Tests", dependencies: ["SlingrTest262", "SlingrScript", "SlingrDiagnostics"]),
        .testTarget(name: "SlingrPackageTests", dependencies: ["SlingrPackage"]),
        .testTarget(name: "SlingrLanguageServerTests", dependencies: ["SlingrLanguageServer", "SlingrPackage", "SlingrDiagnostics", "SlingrJSON"]),
        .testTarget(name: "SlingrRuntimeTests", dependencies: ["SlingrRuntime", "SlingrPackage", "SlingrScript"]),
        .testTarget(name: "slingr-pkgTests", dependencies: ["slingr-pkg", "SlingrDiagnostics", "SlingrPackage", "SlingrRuntime"]),
    ]
)

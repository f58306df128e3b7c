/// Which test262 files are run against SlingrScript, and why the others are left out.
///
/// The selection follows what the engine documents as unsupported: a test is skipped when it
/// declares a feature SlingrScript does not provide, is module code or asynchronous, or lives
/// in a folder devoted to such a feature (older tests there predate feature tags). Everything
/// else counts, including tests for features SlingrScript merely lacks today.
public struct Test262Selection: Sendable {
    /// Folders searched for tests, relative to the suite root.
    public var roots: [String]
    /// Features the engine does not support.
    public var unsupportedFeatures: Set<String>
    /// Folders (relative to the suite root) whose tests are all about unsupported features.
    public var unsupportedFolders: [String]
    /// Harness files that only tests of unsupported features include.
    public var unsupportedIncludes: Set<String>

    public init(
        roots: [String] = ["test/language", "test/built-ins"],
        unsupportedFeatures: Set<String> = Test262Selection.slingrScriptUnsupportedFeatures,
        unsupportedFolders: [String] = Test262Selection.slingrScriptUnsupportedFolders,
        unsupportedIncludes: Set<String> = ["testTypedArray.js", "testIntl.js", "temporalHelpers.js", "asyncHelpers.js"]
    ) {
        self.roots = roots
        self.unsupportedFeatures = unsupportedFeatures
        self.unsupportedFolders = unsupportedFolders
        self.unsupportedIncludes = unsupportedIncludes
    }

    /// Why a test is not run, or nil when it is.
    public func skipReason(path: String, metadata: Test262Metadata) -> String? {
        if path.contains("_FIXTURE") { return "module fixture" }
        if metadata.flags.contains("module") { return "module code" }
        if metadata.flags.contains("async") { return "asynchronous test" }
        if let feature = metadata.features.first(where: unsupportedFeatures.contains) { return "feature \(feature)" }
        if let folder = unsupportedFolders.first(where: { path.hasPrefix($0 + "/") }) { return "folder \(folder)" }
        if let include = metadata.includes.first(where: unsupportedIncludes.contains) { return "harness \(include)" }
        return nil
    }

    /// The modes a selected test runs in: both unless a flag says otherwise (`raw` runs the
    /// source untouched, without the harness).
    public static func modes(for metadata: Test262Metadata) -> [Test262Mode] {
        if metadata.flags.contains("raw") { return [.raw] }
        if metadata.flags.contains("onlyStrict") { return [.strict] }
        if metadata.flags.contains("noStrict") { return [.sloppy] }
        return [.sloppy, .strict]
    }

    /// Classes, generators, async functions, Symbol and the collections, Promise, Proxy,
    /// Reflect, BigInt, typed arrays and buffers, RegExp `v`/`d`/`\p{}`, modules, Intl and
    /// Temporal, and host hooks the sandbox does not offer (realms, garbage collection).
    public static let slingrScriptUnsupportedFeatures: Set<String> = [
        // Classes.
        "class", "class-fields-private", "class-fields-private-in", "class-fields-public", "class-methods-private",
        "class-static-block", "class-static-fields-private", "class-static-fields-public",
        "class-static-methods-private", "super", "decorators", "nonextensible-applies-to-private",
        // Generators, async functions, iterators built on them.
        "generators", "async-functions", "async-iteration", "top-level-await", "await-dictionary", "Array.fromAsync",
        "iterator-helpers", "iterator-sequencing", "iterator-chunking", "iterator-includes", "joint-iteration",
        "Iterator.prototype.join", "explicit-resource-management",
        // Symbol.
        "Symbol", "Symbol.asyncIterator", "Symbol.hasInstance", "Symbol.isConcatSpreadable", "Symbol.iterator",
        "Symbol.match", "Symbol.matchAll", "Symbol.prototype.description", "Symbol.replace", "Symbol.search",
        "Symbol.species", "Symbol.split", "Symbol.toPrimitive", "Symbol.toStringTag", "Symbol.unscopables",
        "symbols-as-weakmap-keys",
        // Collections and weak references.
        "Map", "Set", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry", "set-methods", "upsert",
        // Promise.
        "Promise", "Promise.allSettled", "Promise.any", "Promise.prototype.finally", "promise-with-resolvers",
        "promise-try", "AggregateError",
        // Proxy and Reflect.
        "Proxy", "proxy-missing-checks", "Reflect", "Reflect.construct", "Reflect.set", "Reflect.setPrototypeOf",
        // BigInt.
        "BigInt",
        // Typed arrays, buffers and atomics.
        "TypedArray", "TypedArray.prototype.at", "Int8Array", "Int16Array", "Int32Array", "Uint8Array", "Uint16Array",
        "Uint32Array", "Uint8ClampedArray", "Float16Array", "Float32Array", "Float64Array", "ArrayBuffer",
        "SharedArrayBuffer", "DataView", "DataView.prototype.getFloat32", "DataView.prototype.getFloat64",
        "DataView.prototype.getInt16", "DataView.prototype.getInt32", "DataView.prototype.getInt8",
        "DataView.prototype.getUint16", "DataView.prototype.getUint32", "DataView.prototype.setUint8", "Atomics",
        "Atomics.waitAsync", "Atomics.pause", "resizable-arraybuffer", "arraybuffer-transfer", "immutable-arraybuffer",
        "uint8array-base64", "align-detached-buffer-semantics-with-web-reality", "stable-typedarray-sort",
        // Regular expressions.
        "regexp-v-flag", "regexp-match-indices", "regexp-unicode-property-escapes", "legacy-regexp",
        // Modules.
        "dynamic-import", "import.meta", "import-attributes", "json-modules", "source-phase-imports",
        "source-phase-imports-module-source", "import-defer", "export-defer", "import-text", "import-bytes",
        "arbitrary-module-namespace-names", "export-star-as-namespace-from-module",
        // Intl, Temporal, realms and host hooks.
        "Temporal", "ShadowRealm", "cross-realm", "IsHTMLDDA", "host-gc-required", "tail-call-optimization",
        "error-stack-accessor", "Intl.Era-monthcode", "Intl.Locale-info", "Intl.NumberFormat-v3",
        // The legacy `caller` and `arguments` properties of sloppy functions (an optional
        // extension; every function's throw).
        "caller",
    ]

    /// Folders of built-ins and syntax SlingrScript does not provide.
    public static let slingrScriptUnsupportedFolders: [String] = [
        "AbstractModuleSource", "AggregateError", "ArrayBuffer", "ArrayIteratorPrototype", "AsyncDisposableStack",
        "AsyncFromSyncIteratorPrototype", "AsyncFunction", "AsyncGeneratorFunction", "AsyncGeneratorPrototype",
        "AsyncIteratorPrototype", "Atomics", "BigInt", "DataView", "DisposableStack", "FinalizationRegistry",
        "GeneratorFunction", "GeneratorPrototype", "Iterator", "Map", "MapIteratorPrototype", "Promise", "Proxy",
        "Reflect", "RegExpStringIteratorPrototype", "Set", "SetIteratorPrototype", "ShadowRealm", "SharedArrayBuffer",
        "StringIteratorPrototype", "SuppressedError", "Symbol", "Temporal", "TypedArray", "TypedArrayConstructors",
        "Uint8Array", "WeakMap", "WeakRef", "WeakSet",
    ].map { "test/built-ins/" + $0 } + [
        "statements/class", "expressions/class", "statements/with", "expressions/tagged-template",
        "statements/async-function", "expressions/async-function", "statements/async-generator",
        "expressions/async-generator", "statements/generators", "expressions/generators", "expressions/await",
        "statements/for-await-of", "expressions/yield", "expressions/super",
        "expressions/dynamic-import", "expressions/import.meta", "module-code", "import", "export",
    ].map { "test/language/" + $0 }
}

/// How a test's source is run (see test262's rules for `flags`).
public enum Test262Mode: String, Sendable, Hashable, CaseIterable, Comparable {
    /// Non-strict, harness first.
    case sloppy
    /// `"use strict";` prepended, harness first.
    case strict
    /// The source as it is, no harness, non-strict.
    case raw

    public static func < (lhs: Test262Mode, rhs: Test262Mode) -> Bool { lhs.order < rhs.order }

    private var order: Int {
        switch self {
        case .sloppy: return 0
        case .strict: return 1
        case .raw: return 2
        }
    }
}

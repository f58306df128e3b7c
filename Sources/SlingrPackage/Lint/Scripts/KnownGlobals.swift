/// Global names code may use without declaring them, by where it runs. Configuration
/// expressions and button actions run in the browser that shows the form; the configuration
/// builder runs on the server with the scripting API.
enum KnownGlobals {
    /// The standard built-in objects and functions of ECMAScript, plus the non-standard ones
    /// every engine keeps (`escape`, `unescape`).
    static let javaScript: Set<String> = [
        "undefined", "NaN", "Infinity", "globalThis", "eval", "isFinite", "isNaN", "parseFloat", "parseInt",
        "decodeURI", "decodeURIComponent", "encodeURI", "encodeURIComponent", "escape", "unescape",
        "Object", "Function", "Boolean", "Symbol", "Error", "AggregateError", "EvalError", "RangeError",
        "ReferenceError", "SyntaxError", "TypeError", "URIError", "Number", "BigInt", "Math", "Date", "String",
        "RegExp", "Array", "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
        "Int32Array", "Uint32Array", "Float32Array", "Float64Array", "BigInt64Array", "BigUint64Array", "Map",
        "Set", "WeakMap", "WeakSet", "WeakRef", "FinalizationRegistry", "ArrayBuffer", "SharedArrayBuffer",
        "DataView", "Atomics", "JSON", "Promise", "Reflect", "Proxy", "Intl", "arguments",
    ]

    /// What a page gives client-side code: the window and its usual members and constructors.
    static let browser: Set<String> = [
        "window", "self", "document", "navigator", "location", "history", "screen", "top", "parent", "opener",
        "frames", "console", "alert", "confirm", "prompt", "open", "close", "print", "focus", "blur",
        "setTimeout", "clearTimeout", "setInterval", "clearInterval", "requestAnimationFrame",
        "cancelAnimationFrame", "queueMicrotask", "structuredClone", "postMessage", "addEventListener",
        "removeEventListener", "dispatchEvent", "getComputedStyle", "matchMedia", "scrollTo", "scrollBy",
        "innerWidth", "innerHeight", "outerWidth", "outerHeight", "screenX", "screenY", "screenLeft",
        "screenTop", "devicePixelRatio", "pageXOffset", "pageYOffset", "scrollX", "scrollY",
        "localStorage", "sessionStorage", "indexedDB", "crypto", "performance", "fetch", "XMLHttpRequest",
        "WebSocket", "EventSource", "URL", "URLSearchParams", "Headers", "Request", "Response", "FormData",
        "Blob", "File", "FileReader", "TextEncoder", "TextDecoder", "AbortController", "Event", "CustomEvent",
        "MessageChannel", "BroadcastChannel", "Notification", "Image", "Audio", "Option", "DOMParser",
        "XMLSerializer", "MutationObserver", "ResizeObserver", "IntersectionObserver", "Node", "Element",
        "HTMLElement", "btoa", "atob",
    ]

    /// The configuration form's own names (the platform documentation's scripts section).
    static let form: Set<String> = ["config", "utils"]

    /// The server-side scripting API the configuration builder (and scripts) see.
    static let server: Set<String> = ["sys", "pkg", "dependencies", "svc", "config", "console"]

    /// Every name known in a configuration expression or button action.
    static let clientSide = javaScript.union(browser).union(form)
    /// Every name known in server-side code.
    static let serverSide = javaScript.union(server)
}

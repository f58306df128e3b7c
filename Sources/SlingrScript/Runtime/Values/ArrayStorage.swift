/// How an array (or `arguments` object) keeps its index properties.
///
/// The common case is dense: `JSObject.elements` holds indices `0..<count` (holes marked with
/// `ArrayHole`), every element has the attributes `elementFlags`, and for arrays `length` is
/// `elements.count`. An array whose elements differ in attributes (`Object.defineProperty(a,
/// '0', { writable: false })`), or that is far larger than it is full (`a[4e9] = 1`), becomes
/// sparse: its index properties move into the ordinary property map and `length` is kept here.
struct ArrayStorage {
    /// Index properties live in `properties` and the length in `sparseLength`.
    var isSparse = false
    /// Arrays: whether `length` can change (false after `Object.freeze` or defining it read-only).
    var lengthWritable = true
    /// Set when a hole may exist in `elements` (never cleared while the storage stays the same).
    var mayHaveHoles = false
    /// The attributes of every dense element (`Object.freeze` and `Object.seal` narrow them).
    var elementFlags: PropertyFlags = .data
    /// The length of a sparse array.
    var sparseLength: UInt32 = 0
}

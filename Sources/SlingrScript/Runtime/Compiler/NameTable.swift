/// Variable and property names already converted to `JSString` by earlier compilations, so
/// an interpreter compiling one configuration expression after another (which keep naming
/// `config`, `utils` and the same few properties) converts and allocates each name once.
///
/// An open-addressing table hashed with FNV-1a over the UTF-8 bytes: a lookup is a few
/// instructions per byte, where a `Dictionary<String, _>` runs the seeded SipHash of `Hasher`
/// (about a hundred and fifty instructions per short name). Bounded: past `capacity` names,
/// new ones are converted without being remembered, so the table never degrades much (at most
/// half full). Used by one compilation at a time (it belongs to one interpreter's
/// `CompilationWorkspace`).
final class NameTable {
    /// Parallel arrays (a probe reads a hash, not an entry whose strings it would retain);
    /// hash 0 marks a free slot (a name hashing to 0 is stored as 1).
    @exclusivity(unchecked) private var hashes = [UInt64](repeating: 0, count: 64)
    @exclusivity(unchecked) private var names = [String](repeating: "", count: 64)
    @exclusivity(unchecked) private var strings = [JSString](repeating: .empty, count: 64)
    @exclusivity(unchecked) private var count = 0
    static let capacity = 4096

    func jsString(_ name: String) -> JSString {
        var text = name
        let hash = text.withUTF8 { bytes in
            var hash: UInt64 = 0xCBF2_9CE4_8422_2325
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
            return hash == 0 ? 1 : hash
        }
        let mask = hashes.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while hashes[position] != 0 {
            if hashes[position] == hash, names[position] == name { return strings[position] }
            position = (position + 1) & mask
        }
        let converted = JSString(name)
        guard count < NameTable.capacity else { return converted }
        hashes[position] = hash
        names[position] = name
        strings[position] = converted
        count += 1
        if count * 2 > hashes.count { grow() }
        return converted
    }

    private func grow() {
        let oldHashes = hashes
        let oldNames = names
        let oldStrings = strings
        let size = oldHashes.count * 2
        hashes = [UInt64](repeating: 0, count: size)
        names = [String](repeating: "", count: size)
        strings = [JSString](repeating: .empty, count: size)
        let mask = size - 1
        for index in oldHashes.indices where oldHashes[index] != 0 {
            var position = Int(truncatingIfNeeded: oldHashes[index]) & mask
            while hashes[position] != 0 { position = (position + 1) & mask }
            hashes[position] = oldHashes[index]
            names[position] = oldNames[index]
            strings[position] = oldStrings[index]
        }
    }
}

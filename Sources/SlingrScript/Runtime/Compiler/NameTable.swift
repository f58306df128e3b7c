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
    private struct Entry {
        let hash: UInt64
        let name: String
        let string: JSString
    }

    @exclusivity(unchecked) private var slots: [Entry?] = Array(repeating: nil, count: 64)
    @exclusivity(unchecked) private var count = 0
    static let capacity = 4096

    func jsString(_ name: String) -> JSString {
        var hash: UInt64 = 0xCBF2_9CE4_8422_2325
        for byte in name.utf8 { hash = (hash ^ UInt64(byte)) &* 0x100_0000_01B3 }
        let mask = slots.count - 1
        var position = Int(truncatingIfNeeded: hash) & mask
        while let entry = slots[position] {
            if entry.hash == hash, entry.name == name { return entry.string }
            position = (position + 1) & mask
        }
        let converted = JSString(name)
        guard count < NameTable.capacity else { return converted }
        slots[position] = Entry(hash: hash, name: name, string: converted)
        count += 1
        if count * 2 > slots.count { grow() }
        return converted
    }

    private func grow() {
        let old = slots
        slots = Array(repeating: nil, count: old.count * 2)
        let mask = slots.count - 1
        for case let entry? in old {
            var position = Int(truncatingIfNeeded: entry.hash) & mask
            while slots[position] != nil { position = (position + 1) & mask }
            slots[position] = entry
        }
    }
}

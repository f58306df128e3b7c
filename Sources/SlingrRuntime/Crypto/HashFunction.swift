/// A message digest the emulated `sys.utils.crypto` offers, implemented here so the tool needs
/// no crypto library. Each is a pure function of the bytes; HMAC wraps any of them.
public enum HashFunction: String, Sendable, CaseIterable {
    case md5, sha1, sha224, sha256, sha384, sha512

    /// The digest of `bytes`.
    public func digest(_ bytes: [UInt8]) -> [UInt8] {
        switch self {
        case .md5: return MD5.digest(bytes)
        case .sha1: return SHA1.digest(bytes)
        case .sha224: return SHA256.digest(bytes, truncatedTo224: true)
        case .sha256: return SHA256.digest(bytes, truncatedTo224: false)
        case .sha384: return SHA512.digest(bytes, truncatedTo384: true)
        case .sha512: return SHA512.digest(bytes, truncatedTo384: false)
        }
    }

    /// Bytes per block, which HMAC pads keys to.
    public var blockSize: Int {
        switch self {
        case .md5, .sha1, .sha224, .sha256: return 64
        case .sha384, .sha512: return 128
        }
    }

    /// The function a Java algorithm name means (`HmacSHA256`, `SHA-256`, `MD5`, any case);
    /// nil for names the emulator does not implement.
    public init?(algorithmName: String) {
        var name = algorithmName.lowercased()
        if name.hasPrefix("hmac") { name.removeFirst(4) }
        name = name.filter { $0 != "-" && $0 != "_" }
        guard let function = HashFunction(rawValue: name) else { return nil }
        self = function
    }

    /// HMAC (RFC 2104) of `message` under `key`.
    public func hmac(key: [UInt8], message: [UInt8]) -> [UInt8] {
        var block = key.count > blockSize ? digest(key) : key
        block += [UInt8](repeating: 0, count: blockSize - block.count)
        let inner = digest(block.map { $0 ^ 0x36 } + message)
        return digest(block.map { $0 ^ 0x5C } + inner)
    }
}

/// Merkle–Damgård padding shared by the digests: a 1 bit, zeros, then the message length in
/// bits as a `lengthBytes`-byte integer (little-endian for MD5, big-endian for SHA).
enum DigestPadding {
    static func padded(_ bytes: [UInt8], blockSize: Int, lengthBytes: Int, bigEndian: Bool) -> [UInt8] {
        var message = bytes
        let bitLength = UInt64(bytes.count) &* 8
        message.append(0x80)
        while (message.count + lengthBytes) % blockSize != 0 { message.append(0) }
        var length = [UInt8](repeating: 0, count: lengthBytes)
        for index in 0..<8 {
            let byte = UInt8(truncatingIfNeeded: bitLength >> (8 * UInt64(index)))
            if bigEndian { length[lengthBytes - 1 - index] = byte } else { length[index] = byte }
        }
        return message + length
    }
}

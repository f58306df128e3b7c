/// The size of a PNG image, read from its IHDR chunk, or why the bytes are not a PNG.
struct PNGHeader: Equatable {
    var width: Int
    var height: Int

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]

    enum Problem: Error, Equatable {
        case notPNG
        case truncated
        case missingHeader

        var description: String {
            switch self {
            case .notPNG: return "is not a PNG image (the PNG signature is missing)"
            case .truncated: return "is a truncated PNG image"
            case .missingHeader: return "is a PNG image without an IHDR chunk first"
            }
        }
    }

    /// Reads the signature and the first chunk, which must be a 13-byte IHDR.
    static func read(_ bytes: [UInt8]) -> Result<PNGHeader, Problem> {
        guard bytes.count >= 8, Array(bytes[0..<8]) == signature else { return .failure(.notPNG) }
        guard bytes.count >= 33 else { return .failure(.truncated) }
        let length = bigEndian(bytes, 8)
        guard length == 13, bytes[12...15].elementsEqual("IHDR".utf8) else { return .failure(.missingHeader) }
        return .success(PNGHeader(width: bigEndian(bytes, 16), height: bigEndian(bytes, 20)))
    }

    private static func bigEndian(_ bytes: [UInt8], _ offset: Int) -> Int {
        (0..<4).reduce(0) { $0 << 8 | Int(bytes[offset + $1]) }
    }
}

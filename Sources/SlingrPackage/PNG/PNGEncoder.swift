/// Writes 8-bit RGBA images as PNG files, with no compression library: the image data is a zlib
/// stream of stored (uncompressed) deflate blocks, which every decoder accepts. Icons are tiny,
/// so the size does not matter; being dependency-free and deterministic does.
public enum PNGEncoder {
    /// One pixel: red, green, blue, alpha.
    public struct Pixel: Sendable, Hashable {
        public var red, green, blue, alpha: UInt8
        public init(red: UInt8, green: UInt8, blue: UInt8, alpha: UInt8 = 255) {
            self.red = red
            self.green = green
            self.blue = blue
            self.alpha = alpha
        }
        public static let clear = Pixel(red: 0, green: 0, blue: 0, alpha: 0)
    }

    static let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
    /// Largest payload of one stored deflate block.
    static let maximumStoredBlock = 65_535

    /// The PNG file for `pixels`, row by row from the top; `nil` when the sizes disagree.
    public static func encode(width: Int, height: Int, pixels: [Pixel]) -> [UInt8]? {
        guard width > 0, height > 0, width <= 1 << 16, height <= 1 << 16, pixels.count == width * height else { return nil }
        var header: [UInt8] = []
        append32(UInt32(width), to: &header)
        append32(UInt32(height), to: &header)
        header += [8, 6, 0, 0, 0]  // bit depth 8, colour type 6 (RGBA), deflate, adaptive filters, no interlace
        var scanlines: [UInt8] = []
        scanlines.reserveCapacity(height * (width * 4 + 1))
        for row in 0..<height {
            scanlines.append(0)  // filter type None
            for pixel in pixels[(row * width)..<((row + 1) * width)] {
                scanlines += [pixel.red, pixel.green, pixel.blue, pixel.alpha]
            }
        }
        var file = signature
        appendChunk("IHDR", header, to: &file)
        appendChunk("IDAT", zlibStored(scanlines), to: &file)
        appendChunk("IEND", [], to: &file)
        return file
    }

    /// A zlib stream (RFC 1950) holding `data` in stored deflate blocks (RFC 1951 section 3.2.4).
    static func zlibStored(_ data: [UInt8]) -> [UInt8] {
        var stream: [UInt8] = [0x78, 0x01]  // deflate, 32K window, no dictionary; 0x7801 % 31 == 0
        var offset = 0
        repeat {
            let length = min(maximumStoredBlock, data.count - offset)
            let isFinal = offset + length == data.count
            stream.append(isFinal ? 1 : 0)  // BFINAL, BTYPE 00 (stored)
            stream += [UInt8(length & 0xFF), UInt8(length >> 8)]
            stream += [UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)]
            stream += data[offset..<(offset + length)]
            offset += length
        } while offset < data.count
        append32(Checksum.adler32(data), to: &stream)
        return stream
    }

    private static func appendChunk(_ type: String, _ data: [UInt8], to file: inout [UInt8]) {
        append32(UInt32(data.count), to: &file)
        let typeAndData = Array(type.utf8) + data
        file += typeAndData
        append32(Checksum.crc32(typeAndData), to: &file)
    }

    private static func append32(_ value: UInt32, to bytes: inout [UInt8]) {
        bytes += [UInt8(value >> 24), UInt8((value >> 16) & 0xFF), UInt8((value >> 8) & 0xFF), UInt8(value & 0xFF)]
    }
}

import Foundation
import SlingrDiagnostics
import Testing
@testable import SlingrPackage

/// A PNG reader just strict enough to check what the encoder writes: signature, chunk CRCs,
/// IHDR, a zlib stream of stored deflate blocks with its Adler-32, and the scanline layout.
private struct DecodedPNG {
    var width: Int
    var height: Int
    var colourType: UInt8
    var chunkTypes: [String]
    var scanlines: [UInt8]

    enum Failure: Error, CustomStringConvertible {
        case problem(String)
        var description: String { if case .problem(let text) = self { return text } else { return "" } }
    }

    init(_ bytes: [UInt8]) throws {
        func fail(_ text: String) -> Failure { .problem(text) }
        func be32(_ offset: Int) -> UInt32 { bytes[offset..<offset + 4].reduce(0) { $0 << 8 | UInt32($1) } }
        guard bytes.count > 8, Array(bytes[0..<8]) == [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] else { throw fail("bad signature") }
        var offset = 8
        var header: [UInt8] = []
        var data: [UInt8] = []
        chunkTypes = []
        while offset + 12 <= bytes.count {
            let length = Int(be32(offset))
            guard offset + 12 + length <= bytes.count else { throw fail("truncated chunk") }
            let typeAndData = Array(bytes[(offset + 4)..<(offset + 8 + length)])
            let type = String(decoding: typeAndData[0..<4], as: UTF8.self)
            guard Checksum.crc32(typeAndData) == be32(offset + 8 + length) else { throw fail("bad CRC in \(type)") }
            chunkTypes.append(type)
            if type == "IHDR" { header = Array(typeAndData[4...]) }
            if type == "IDAT" { data += typeAndData[4...] }
            offset += 12 + length
        }
        guard offset == bytes.count, chunkTypes.first == "IHDR", chunkTypes.last == "IEND", header.count == 13 else { throw fail("bad chunk layout") }
        width = Int(header[0..<4].reduce(0) { $0 << 8 | UInt32($1) })
        height = Int(header[4..<8].reduce(0) { $0 << 8 | UInt32($1) })
        colourType = header[9]
        guard header[8] == 8, header[10] == 0, header[11] == 0, header[12] == 0 else { throw fail("unexpected IHDR fields") }
        // zlib: header check, stored blocks only, Adler-32 trailer.
        guard data.count >= 6, (UInt32(data[0]) << 8 | UInt32(data[1])) % 31 == 0, data[0] & 0x0F == 8 else { throw fail("bad zlib header") }
        var position = 2
        var inflated: [UInt8] = []
        var isFinal = false
        while !isFinal {
            guard position + 5 <= data.count else { throw fail("truncated deflate block") }
            isFinal = data[position] & 1 == 1
            guard (data[position] >> 1) & 3 == 0 else { throw fail("not a stored block") }
            let length = Int(data[position + 1]) | Int(data[position + 2]) << 8
            let complement = Int(data[position + 3]) | Int(data[position + 4]) << 8
            guard length ^ 0xFFFF == complement, position + 5 + length <= data.count else { throw fail("bad stored block length") }
            inflated += data[(position + 5)..<(position + 5 + length)]
            position += 5 + length
        }
        guard position + 4 == data.count else { throw fail("data after the deflate stream") }
        let adler = data[position..<position + 4].reduce(UInt32(0)) { $0 << 8 | UInt32($1) }
        guard adler == Checksum.adler32(inflated) else { throw fail("bad Adler-32") }
        scanlines = inflated
    }

    func pixel(x: Int, y: Int) -> [UInt8] {
        let start = y * (width * 4 + 1) + 1 + x * 4
        return Array(scanlines[start..<start + 4])
    }
}

@Suite("PNG encoder and scaffold icons")
struct PNGEncoderTests {
    @Test("CRC-32 and Adler-32 match their published check values")
    func checksums() {
        #expect(Checksum.crc32(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(Checksum.crc32([]) == 0)
        #expect(Checksum.adler32(Array("Wikipedia".utf8)) == 0x11E6_0398)
        #expect(Checksum.adler32([]) == 1)
    }

    @Test("step icons are 18x18 RGBA and package icons 48x48, and they decode")
    func icons() throws {
        for (bytes, size) in [(ScaffoldIcon.stepIcon, 18), (ScaffoldIcon.packageIcon, 48)] {
            let image = try DecodedPNG(bytes)
            #expect(image.width == size && image.height == size)
            #expect(image.colourType == 6)
            #expect(image.chunkTypes == ["IHDR", "IDAT", "IEND"])
            #expect(image.scanlines.count == size * (size * 4 + 1))
            #expect((0..<size).allSatisfy { image.scanlines[$0 * (size * 4 + 1)] == 0 })
            // Transparent corners, the blue square, the white glyph in the middle.
            #expect(image.pixel(x: 0, y: 0)[3] == 0)
            #expect(image.pixel(x: 1, y: size / 2) == [0x1F, 0x6F, 0xEB, 0xFF])
            #expect(image.pixel(x: size / 2, y: size / 2) == [0xFF, 0xFF, 0xFF, 0xFF])
        }
        #expect(ScaffoldIcon.stepIcon == ScaffoldIcon.stepIcon)
    }

    @Test("images larger than one stored block span several blocks")
    func severalBlocks() throws {
        let width = 300
        let height = 120
        let pixels = (0..<(width * height)).map { PNGEncoder.Pixel(red: UInt8($0 % 251), green: UInt8($0 % 13), blue: 7, alpha: 200) }
        let bytes = try #require(PNGEncoder.encode(width: width, height: height, pixels: pixels))
        let image = try DecodedPNG(bytes)
        #expect(image.scanlines.count == height * (width * 4 + 1))
        #expect(image.scanlines.count > PNGEncoder.maximumStoredBlock)
        #expect(image.pixel(x: 299, y: 119) == [UInt8((width * height - 1) % 251), UInt8((width * height - 1) % 13), 7, 200])
    }

    @Test("sizes that do not match the pixels are refused")
    func refusesBadSizes() {
        #expect(PNGEncoder.encode(width: 2, height: 2, pixels: [.clear]) == nil)
        #expect(PNGEncoder.encode(width: 0, height: 0, pixels: []) == nil)
    }

    @Test("python's zlib and the file command read the icons too")
    func externalDecoders() throws {
        let folder = try ScaffoldTestSupport.temporaryDirectory()
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let step = folder + "/icon.png"
        let package = folder + "/icon48.png"
        try Data(ScaffoldIcon.stepIcon).write(to: URL(fileURLWithPath: step))
        try Data(ScaffoldIcon.packageIcon).write(to: URL(fileURLWithPath: package))
        if let python = ScaffoldTestSupport.executable("python3") {
            let result = try ScaffoldTestSupport.run(python, ["-c", PNGCheckScript.source, step, package])
            #expect(result.status == 0, "\(result.output)")
            #expect(result.output == "ok 18x18\nok 48x48\n")
        } else {
            print("skipped: python3 not found, PNG files not checked with zlib")
        }
        if let file = ScaffoldTestSupport.executable("file") {
            let result = try ScaffoldTestSupport.run(file, ["-b", step])
            #expect(result.output.hasPrefix("PNG image data, 18 x 18, 8-bit/color RGBA"), "\(result.output)")
        } else {
            print("skipped: 'file' not found")
        }
    }
}

/// Checks PNG files with Python's zlib: signature, every chunk's CRC, IHDR, and that the IDAT
/// stream inflates to exactly the scanlines; prints `ok WxH` per file.
enum PNGCheckScript {
    static let source = #"""
    import struct, sys, zlib
    for path in sys.argv[1:]:
        data = open(path, 'rb').read()
        assert data[:8] == b'\x89PNG\r\n\x1a\n', 'signature'
        offset, idat, ihdr = 8, b'', None
        while offset < len(data):
            (length,) = struct.unpack('>I', data[offset:offset + 4])
            kind = data[offset + 4:offset + 8]
            body = data[offset + 8:offset + 8 + length]
            (crc,) = struct.unpack('>I', data[offset + 8 + length:offset + 12 + length])
            assert zlib.crc32(kind + body) & 0xffffffff == crc, 'crc of %r' % kind
            if kind == b'IHDR': ihdr = body
            if kind == b'IDAT': idat += body
            offset += 12 + length
        width, height, depth, colour = struct.unpack('>IIBB', ihdr[:10])
        raw = zlib.decompress(idat)
        assert depth == 8 and colour == 6, 'format'
        assert len(raw) == height * (width * 4 + 1), 'size'
        print('ok %dx%d' % (width, height))
    """#
}

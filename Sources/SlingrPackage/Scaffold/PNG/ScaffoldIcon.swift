/// The icons `new` and `add` draw: a blue rounded square with a white "step forward" triangle,
/// at 18x18 for flow steps (the size the platform requires) and 48x48 for the package icon.
public enum ScaffoldIcon {
    public static let stepSize = 18
    public static let packageSize = 48

    static let background = PNGEncoder.Pixel(red: 0x1F, green: 0x6F, blue: 0xEB)
    static let glyph = PNGEncoder.Pixel(red: 0xFF, green: 0xFF, blue: 0xFF)

    /// `icon.png` of a flow step.
    public static var stepIcon: [UInt8] { png(size: stepSize) }

    /// `icon48.png` of a package.
    public static var packageIcon: [UInt8] { png(size: packageSize) }

    static func png(size: Int) -> [UInt8] {
        // The sizes are constants, so the encoder cannot refuse them; an empty file would fail
        // the icon tests loudly rather than trap here.
        PNGEncoder.encode(width: size, height: size, pixels: pixels(size: size)) ?? []
    }

    /// Sampled at pixel centres; deterministic, no anti-aliasing.
    static func pixels(size: Int) -> [PNGEncoder.Pixel] {
        let extent = Double(size)
        let radius = extent / 5
        let tip = (x: extent * 0.74, y: extent * 0.5)
        let top = (x: extent * 0.36, y: extent * 0.26)
        let bottom = (x: extent * 0.36, y: extent * 0.74)
        var result: [PNGEncoder.Pixel] = []
        result.reserveCapacity(size * size)
        for row in 0..<size {
            for column in 0..<size {
                let x = Double(column) + 0.5
                let y = Double(row) + 0.5
                guard insideRoundedSquare(x: x, y: y, side: extent, radius: radius) else {
                    result.append(.clear)
                    continue
                }
                let edges = [edge(of: (x, y), top, bottom), edge(of: (x, y), bottom, tip), edge(of: (x, y), tip, top)]
                let inTriangle = edges.allSatisfy { $0 >= 0 } || edges.allSatisfy { $0 <= 0 }
                result.append(inTriangle ? glyph : background)
            }
        }
        return result
    }

    private static func insideRoundedSquare(x: Double, y: Double, side: Double, radius: Double) -> Bool {
        let cornerX = x < radius ? radius : (x > side - radius ? side - radius : x)
        let cornerY = y < radius ? radius : (y > side - radius ? side - radius : y)
        let dx = x - cornerX
        let dy = y - cornerY
        return dx * dx + dy * dy <= radius * radius
    }

    /// The sign says which side of the edge from `a` to `b` the point is on; a point inside a
    /// triangle is on the same side of all three edges.
    private static func edge(of point: (Double, Double), _ a: (x: Double, y: Double), _ b: (x: Double, y: Double)) -> Double {
        (a.y - b.y) * (point.0 - a.x) + (b.x - a.x) * (point.1 - a.y)
    }
}

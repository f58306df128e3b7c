#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// `Math`. The transcendental functions come from the C library and may differ from V8's in
/// the last bit for some inputs. `Math.random` is deterministic: a SplitMix64 sequence seeded by the host (the
/// sandbox has no entropy source), so evaluations are reproducible.
enum MathBuiltins {
    static let constants: [(String, Double)] = [
        ("PI", .pi), ("E", M_E), ("LN2", M_LN2), ("LN10", M_LN10), ("LOG2E", M_LOG2E), ("LOG10E", M_LOG10E),
        ("SQRT2", 2.0.squareRoot()), ("SQRT1_2", 0.5.squareRoot()),
    ]

    private static func unary(_ name: JSString, _ function: @escaping @Sendable (Double) -> Double) -> BuiltinSpec {
        BuiltinSpec(name, 1) { realm, _, arguments in .number(function(try realm.toNumber(arguments[0]))) }
    }

    static let group = BuiltinGroup([
        unary("abs") { abs($0) },
        unary("ceil") { $0.rounded(.up) },
        unary("floor") { $0.rounded(.down) },
        unary("trunc") { $0.rounded(.towardZero) },
        unary("round") { value in
            if !value.isFinite || value == 0 { return value }
            if value > -0.5 && value < 0 { return -0.0 }
            let floor = value.rounded(.down)
            return value - floor >= 0.5 ? floor + 1 : floor
        },
        unary("sign") { value in value.isNaN ? .nan : (value > 0 ? 1 : (value < 0 ? -1 : value)) },
        unary("sqrt") { $0.squareRoot() },
        unary("cbrt") { value in
            // glibc's cbrt is not correctly rounded (cbrt(27) is 3.0000000000000004); exact cubes
            // must give their root, as in V8.
            let root = cbrt(value)
            let rounded = root.rounded()
            return rounded * rounded * rounded == value ? rounded : root
        },
        unary("exp") { exp($0) },
        unary("expm1") { expm1($0) },
        unary("log") { log($0) },
        unary("log2") { log2($0) },
        unary("log10") { log10($0) },
        unary("log1p") { log1p($0) },
        unary("sin") { sin($0) },
        unary("cos") { cos($0) },
        unary("tan") { tan($0) },
        unary("asin") { asin($0) },
        unary("acos") { acos($0) },
        unary("atan") { atan($0) },
        unary("sinh") { sinh($0) },
        unary("cosh") { cosh($0) },
        unary("tanh") { tanh($0) },
        unary("asinh") { asinh($0) },
        unary("acosh") { acosh($0) },
        unary("atanh") { atanh($0) },
        unary("fround") { Double(Float($0)) },
        unary("clz32") { Double(UInt32(bitPattern: Realm.toInt32($0)).leadingZeroBitCount) },
        BuiltinSpec("atan2", 2) { realm, _, arguments in
            .number(atan2(try realm.toNumber(arguments[0]), try realm.toNumber(arguments[1])))
        },
        BuiltinSpec("pow", 2) { realm, _, arguments in
            .number(Realm.power(try realm.toNumber(arguments[0]), try realm.toNumber(arguments[1])))
        },
        BuiltinSpec("imul", 2) { realm, _, arguments in
            .number(Double(try realm.toInt32(arguments[0]) &* (try realm.toInt32(arguments[1]))))
        },
        BuiltinSpec("max", 2) { realm, _, arguments in
            var result = -Double.infinity
            for argument in arguments.values {
                let number = try realm.toNumber(argument)
                if number.isNaN || result.isNaN {
                    result = .nan
                } else if number > result || (number == 0 && result == 0 && result.sign == .minus) {
                    result = number
                }
            }
            return .number(result)
        },
        BuiltinSpec("min", 2) { realm, _, arguments in
            var result = Double.infinity
            for argument in arguments.values {
                let number = try realm.toNumber(argument)
                if number.isNaN || result.isNaN {
                    result = .nan
                } else if number < result || (number == 0 && result == 0 && number.sign == .minus) {
                    result = number
                }
            }
            return .number(result)
        },
        BuiltinSpec("hypot", 2) { realm, _, arguments in
            var sum = 0.0
            var infinite = false
            var nan = false
            for argument in arguments.values {
                let number = try realm.toNumber(argument)
                if number.isInfinite { infinite = true }
                if number.isNaN { nan = true }
                sum += number * number
            }
            if infinite { return .number(.infinity) }
            if nan { return .number(.nan) }
            return .number(sum.squareRoot())
        },
        BuiltinSpec("random", 0) { realm, _, _ in .number(realm.nextRandom()) },
    ])
}

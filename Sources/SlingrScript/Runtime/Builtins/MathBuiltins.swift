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
    static let constants: [(JSString, Double)] = [
        ("PI", .pi), ("E", M_E), ("LN2", M_LN2), ("LN10", M_LN10), ("LOG2E", M_LOG2E), ("LOG10E", M_LOG10E),
        ("SQRT2", 2.0.squareRoot()), ("SQRT1_2", 0.5.squareRoot()),
    ]

    private static func unary(_ name: JSString, _ function: @escaping @Sendable (Double) -> Double) -> BuiltinSpec {
        BuiltinSpec(name, 1) { realm, _, arguments in .number(function(try realm.toNumber(arguments[0]))) }
    }

    /// `Math.sumPrecise`: the exactly rounded sum of an iterable of numbers.
    static let sumPrecise = BuiltinSpec("sumPrecise", 1) { realm, _, arguments in
        if arguments[0].isNullish || !realm.isIterable(arguments[0]) {
            throw realm.typeError("\(try realm.describeForError(arguments[0])) is not iterable")
        }
        var sum = ExactSum()
        var positiveInfinity = false
        var negativeInfinity = false
        var sawNaN = false
        var allNegativeZero = true
        try realm.forEachIterated(arguments[0]) { item in
            guard case .number(let number) = item else { throw realm.typeError("Math.sumPrecise: every value must be a number") }
            if number.isNaN {
                sawNaN = true
            } else if number == .infinity {
                positiveInfinity = true
            } else if number == -.infinity {
                negativeInfinity = true
            } else {
                if !(number == 0 && number.sign == .minus) { allNegativeZero = false }
                sum.add(number)
            }
        }
        if sawNaN || (positiveInfinity && negativeInfinity) { return .number(.nan) }
        if positiveInfinity { return .number(.infinity) }
        if negativeInfinity { return .number(-.infinity) }
        if allNegativeZero { return .number(-0.0) }
        return .number(sum.value)
    }

    static let group = BuiltinGroup([
        sumPrecise,
        unary("abs") { abs($0) },
        unary("ceil") { $0.rounded(.up) },
        unary("floor") { $0.rounded(.down) },
        unary("trunc") { $0.rounded(.towardZero) },
        unary("round") { value in
            if !value.isFinite || value == 0 { return value }
            if value >= -0.5 && value < 0 { return -0.0 }
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

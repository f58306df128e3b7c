import SlingrDiagnostics

/// Generates random JavaScript expressions over edge-case values and all the operators,
/// for the differential test against node. Every operand is parenthesised, so the output
/// always parses; nothing depends on the clock, locale or time zone.
struct ExpressionGenerator {
    var random: SplitMix64

    init(seed: UInt64) { random = SplitMix64(seed: seed) }

    static let numbers = [
        "0", "-0", "1", "-1", "2", "3", "7", "10", "0.1", "0.2", "0.5", "1.5", "-2.5", "NaN", "Infinity",
        "-Infinity", "1e21", "1e-7", "1e-6", "2 ** 53", "2 ** 53 + 2", "2 ** 31", "2 ** 32", "-(2 ** 31)",
        "4294967295", "123456789.123", "5e-324", "1.7976931348623157e308", "0x1f", "1e300", "255",
        "-0.000001", "0.1 + 0.2", "100", "1 / 3", "-1e-7", "123e-20", "0.000001234", "99.99", "1e100",
    ]

    static let strings = [
        "''", "'0'", "'  12 '", "'0x1f'", "'1e3'", "'abc'", "'ABC'", "'é'", "'😀'", "'a😀b'", "'-0'",
        "'Infinity'", "' '", "'\\t\\n'", "'1,2'", "'null'", "'true'", "'-'", "'ß'", "'İ'", "'a-b-c'",
        "'  padded  '", "'12px'", "'.5'", "'5.'", "'+3'", "'1_000'", "'0b101'", "'0o17'", "'\\ud83d'",
        "'abcabc'", "'Hello World'", "'b'", "'10'", "'9'", "'\\u00a0x\\u2028'", "'ǅ'", "'ﬁ'",
    ]

    /// Bases and exponents whose powers are exact or special (NaN, infinities, signed zeros).
    /// Fractional exponents of ordinary bases are left out: there V8's fdlibm `pow` and the
    /// C library's correctly rounded one may differ in the last bit.
    static let powerBases = [
        "0", "-0", "1", "-1", "2", "-2", "3", "0.5", "-0.5", "NaN", "Infinity", "-Infinity", "10", "'2'", "null",
        "undefined", "1e308", "-3", "4", "0.25",
    ]
    static let powerExponents = [
        "0", "-0", "1", "-1", "2", "-2", "3", "NaN", "Infinity", "-Infinity", "10", "'2'", "null", "undefined",
        "1e308", "-3", "-1e308", "0.5", "-0.5",
    ]

    static let others = [
        "true", "false", "null", "undefined", "[]", "[1]", "[1, 2]", "['a']", "[null]", "[[]]", "[undefined]",
        "[1, [2, 3]]", "({})", "({ a: 1 })", "({ '1': 2, b: 3, '0': 4 })", "({ valueOf() { return 42; } })",
        "({ toString() { return 'obj'; } })", "[0]", "['10']", "({ a: [1, { b: null }] })",
    ]

    /// `**` is left out: the C library's `pow` is correctly rounded where V8's fdlibm-based one
    /// is sometimes one unit in the last place off, so results can legitimately differ. The
    /// special cases of `**` have their own test.
    static let binaryOperators = [
        "+", "-", "*", "/", "%", "==", "!=", "===", "!==", "<", ">", "<=", ">=", "&", "|", "^", "<<",
        ">>", ">>>", "&&", "||", "??", ",",
    ]

    static let stringMethods = [
        "trim()", "toUpperCase()", "toLowerCase()", "trimStart()", "trimEnd()", "length",
    ]

    mutating func atom() -> String {
        switch random.int(0...9) {
        case 0...3: return random.pick(Self.numbers)
        case 4...7: return random.pick(Self.strings)
        default: return random.pick(Self.others)
        }
    }

    mutating func smallInteger() -> String {
        random.pick(["0", "1", "2", "3", "-1", "-2", "5", "10", "NaN", "Infinity", "-Infinity", "1.5", "undefined"])
    }

    mutating func expression(depth: Int) -> String {
        if depth <= 0 || random.chance(18) { return atom() }
        let next = depth - 1
        switch random.int(0...15) {
        case 0...4:
            return "(\(expression(depth: next))) \(random.pick(Self.binaryOperators)) (\(expression(depth: next)))"
        case 5:
            return "\(random.pick(["-", "+", "!", "~", "typeof ", "void "]))(\(expression(depth: next)))"
        case 6:
            return "(\(expression(depth: next))) ? (\(expression(depth: next))) : (\(expression(depth: next)))"
        case 7:
            let right = random.pick(["[1, 2]", "({ a: 1, '1': 2 })", "'abc'", "null", "({ length: 0 })", "[]"])
            return "(\(expression(depth: next))) in \(right)"
        case 8:
            return "(\(expression(depth: next))) instanceof \(random.pick(["Array", "Object", "String", "Number"]))"
        case 9:
            let function = random.pick([
                "String", "Number", "Boolean", "parseInt", "parseFloat", "isNaN", "isFinite", "Math.round",
                "Math.floor", "Math.ceil", "Math.abs", "Math.sign", "Math.trunc", "JSON.stringify", "Array.isArray",
                "Number.isInteger", "encodeURIComponent",
            ])
            return "\(function)(\(expression(depth: next)))"
        case 10:
            let function = random.pick(["Math.max", "Math.min", "parseInt"])
            return "\(function)((\(expression(depth: next))), (\(expression(depth: next))))"
        case 11, 12:
            return stringMethodCall(depth: next)
        case 13:
            return numberFormatting(depth: next)
        case 14:
            return arrayMethodCall(depth: next)
        default:
            return "[(\(expression(depth: next))), (\(expression(depth: next)))]"
        }
    }

    private mutating func stringArgument(depth: Int) -> String {
        random.chance(70) ? random.pick(Self.strings) : "String(\(expression(depth: depth)))"
    }

    mutating func stringMethodCall(depth: Int) -> String {
        let receiver = "String(\(expression(depth: depth)))"
        let call: String
        switch random.int(0...16) {
        case 0: call = random.pick(Self.stringMethods)
        case 1: call = "indexOf(\(stringArgument(depth: depth)))"
        case 2: call = "lastIndexOf(\(stringArgument(depth: depth)))"
        case 3: call = "includes(\(stringArgument(depth: depth)))"
        case 4: call = "startsWith(\(stringArgument(depth: depth)))"
        case 5: call = "endsWith(\(stringArgument(depth: depth)))"
        case 6: call = "slice(\(smallInteger()), \(smallInteger()))"
        case 7: call = "substring(\(smallInteger()), \(smallInteger()))"
        case 8: call = "substr(\(smallInteger()), \(smallInteger()))"
        case 9: call = "charAt(\(smallInteger()))"
        case 10: call = "charCodeAt(\(smallInteger()))"
        case 11: call = "padStart(\(random.int(0...12)), \(stringArgument(depth: depth)))"
        case 12: call = "padEnd(\(random.int(0...12)), \(stringArgument(depth: depth)))"
        case 13: call = "repeat(\(random.pick(["0", "1", "2", "3", "-1"])))"
        case 14: call = "split(\(stringArgument(depth: depth)))"
        case 15: call = "replace(\(stringArgument(depth: depth)), \(random.pick(["'X'", "'$&$&'", "'[$`]'", "''"])))"
        default: call = "concat(\(stringArgument(depth: depth)))"
        }
        return "\(receiver).\(call)"
    }

    mutating func numberFormatting(depth: Int) -> String {
        let receiver = "Number(\(expression(depth: depth)))"
        switch random.int(0...4) {
        case 0: return "\(receiver).toFixed(\(random.int(0...12)))"
        case 1: return "\(receiver).toPrecision(\(random.int(1...21)))"
        case 2: return "\(receiver).toExponential(\(random.int(0...12)))"
        case 3: return "\(receiver).toString(\(random.pick(["2", "8", "16", "36", "10", "3"])))"
        default: return "String(\(receiver))"
        }
    }

    mutating func arrayMethodCall(depth: Int) -> String {
        let receiver = "[(\(expression(depth: depth))), (\(atom())), (\(atom()))]"
        switch random.int(0...7) {
        case 0: return "\(receiver).join(\(random.pick(["", "'-'", "undefined", "', '"])))"
        case 1: return "\(receiver).indexOf(\(atom()))"
        case 2: return "\(receiver).includes(\(atom()))"
        case 3: return "\(receiver).slice(\(smallInteger()))"
        case 4: return "\(receiver).concat(\(atom()))"
        case 5: return "\(receiver).reverse()"
        case 6: return "\(receiver).sort()"
        default: return "\(receiver).map(String)"
        }
    }

    // MARK: JSON values

    mutating func jsonValue(depth: Int) -> String {
        if depth <= 0 || random.chance(35) {
            return random.pick(
                Self.numbers + Self.strings + [
                    "true", "false", "null", "undefined", "'\\u0000\\u001f\\b\\f'", "'\"quoted\"'", "'back\\\\slash'",
                    "'\\udc00x'", "'line\\nbreak'", "'\\u2028'",
                ])
        }
        if random.chance(40) {
            let items = (0..<random.int(0...4)).map { _ in jsonValue(depth: depth - 1) }
            return "[" + items.joined(separator: ", ") + "]"
        }
        let keys = ["a", "b", "'1'", "'0'", "'10'", "'-1'", "'01'", "'é'", "'key with space'", "z", "'1.5'", "'\"'"]
        var used = Set<String>()
        var members: [String] = []
        for _ in 0..<random.int(0...4) {
            let key = random.pick(keys)
            if used.insert(key).inserted { members.append("\(key): \(jsonValue(depth: depth - 1))") }
        }
        return "({" + members.joined(separator: ", ") + "})"
    }

    mutating func jsonIndent() -> String {
        random.pick(["undefined", "0", "1", "2", "4", "10", "12", "'\\t'", "'--'", "'abcdefghijklmn'", "-1", "3.7", "''", "null"])
    }

    // MARK: Numbers

    /// A double chosen to exercise formatting: random bit patterns, round decimals, integers,
    /// powers of ten and values near the formatting thresholds.
    mutating func number() -> Double {
        switch random.int(0...5) {
        case 0:
            let value = Double(bitPattern: random.next())
            return value.isFinite ? value : 0.5
        case 1:
            let divisors: [Double] = [1, 10, 100, 1000, 1e6]
            return Double(random.int(-1_000_000...1_000_000)) / random.pick(divisors)
        case 2:
            let exponent = random.int(-30...30)
            return Double(random.int(1...9999)) * pow10(exponent)
        case 3:
            return Double(random.int(-100...100))
        case 4:
            let bases: [Double] = [1e21, 1e-6, 1e-7, 9007199254740992, 0.5, 1.005, 2.5, 0.125]
            let base = random.pick(bases)
            return random.chance(50) ? base.nextUp : base.nextDown
        default:
            return Double.random(in: -1e6...1e6, using: &random)
        }
    }

    private func pow10(_ exponent: Int) -> Double {
        var result = 1.0
        for _ in 0..<abs(exponent) { result *= 10 }
        return exponent < 0 ? 1 / result : result
    }
}

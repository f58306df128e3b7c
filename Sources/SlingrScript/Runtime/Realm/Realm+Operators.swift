#if canImport(Glibc)
import Glibc
#elseif canImport(Musl)
import Musl
#elseif canImport(Darwin)
import Darwin
#endif

/// The semantics of JavaScript's operators on values: `+` with ToPrimitive, `==` with its
/// coercions, relational comparison, `instanceof`, `in`, and the numeric operators.
extension Realm {
    /// The `+` operator.
    @inline(__always)
    func add(_ left: Value, _ right: Value) throws -> Value {
        if case .number(let l) = left, case .number(let r) = right { return .number(l + r) }
        if case .string(let l) = left, case .string(let r) = right { return .string(try concat(l, r)) }
        return try addSlow(left, right)
    }

    private func addSlow(_ left: Value, _ right: Value) throws -> Value {
        let l = try toPrimitive(left)
        let r = try toPrimitive(right)
        if case .string(let ls) = l { return .string(try concat(ls, try toString(r))) }
        if case .string(let rs) = r { return .string(try concat(try toString(l), rs)) }
        return .number(try toNumber(l) + toNumber(r))
    }

    /// The `==` operator (IsLooselyEqual).
    func looseEquals(_ left: Value, _ right: Value) throws -> Bool {
        switch (left, right) {
        case (.undefined, .undefined), (.null, .null), (.undefined, .null), (.null, .undefined): return true
        case (.number(let l), .number(let r)): return l == r
        case (.string(let l), .string(let r)):
            try chargeEquality(left, right)
            return l == r
        case (.bool(let l), .bool(let r)): return l == r
        case (.object(let l), .object(let r)): return l === r
        case (.undefined, _), (.null, _), (_, .undefined), (_, .null): return false
        case (.number(let l), .string): return try l == toNumber(right)
        case (.string, .number(let r)): return try toNumber(left) == r
        case (.bool(let l), _): return try looseEquals(.number(l ? 1 : 0), right)
        case (_, .bool(let r)): return try looseEquals(left, .number(r ? 1 : 0))
        case (.object, _): return try looseEquals(try toPrimitive(left), right)
        case (_, .object): return try looseEquals(left, try toPrimitive(right))
        }
    }

    /// `<`, `>`, `<=`, `>=`: nil when the comparison is undefined (a NaN operand).
    /// `leftFirst` keeps the left-to-right order of ToPrimitive calls when the operands are swapped.
    func lessThan(_ left: Value, _ right: Value, leftFirst: Bool = true) throws -> Bool? {
        if case .number(let l) = left, case .number(let r) = right {
            if l.isNaN || r.isNaN { return nil }
            return l < r
        }
        let l: Value
        let r: Value
        if leftFirst {
            l = try toPrimitive(left, hint: .number)
            r = try toPrimitive(right, hint: .number)
        } else {
            r = try toPrimitive(right, hint: .number)
            l = try toPrimitive(left, hint: .number)
        }
        if case .string(let ls) = l, case .string(let rs) = r {
            try charge(min(ls.count, rs.count))
            return ls < rs
        }
        let ln = try toNumber(l)
        let rn = try toNumber(r)
        if ln.isNaN || rn.isNaN { return nil }
        return ln < rn
    }

    func instanceOf(_ value: Value, _ target: Value) throws -> Bool {
        guard case .object(let constructor) = target else {
            throw typeError("Right-hand side of 'instanceof' is not an object")
        }
        guard case .function(let kind) = constructor.kind else {
            throw typeError("Right-hand side of 'instanceof' is not callable")
        }
        if case .bound(let bound) = kind { return try instanceOf(value, .object(bound.target)) }
        guard case .object(var object) = value else { return false }
        guard case .object(let prototype) = try get(object: constructor, Names.prototype, receiver: target) else {
            throw typeError("Function has non-object prototype 'undefined' in instanceof check")
        }
        var depth = 0
        while let next = object.prototype, depth < 10_000 {
            if next === prototype { return true }
            object = next
            depth += 1
        }
        return false
    }

    func hasProperty(_ key: Value, in target: Value) throws -> Bool {
        guard case .object(let object) = target else {
            let name = try toPropertyKey(key)
            throw typeError("Cannot use 'in' operator to search for '\(name.string)' in \(try toString(target).string)")
        }
        if case .number(let number) = key, case .array = object.kind, let index = Int(exactly: number), index >= 0,
           object.hasDenseElement(index)
        {
            return true
        }
        return has(object, try toPropertyKey(key))
    }

    // MARK: Numeric operators

    func arithmetic(_ op: ArithmeticOperator, _ left: Value, _ right: Value) throws -> Value {
        let l: Double
        let r: Double
        if case .number(let a) = left, case .number(let b) = right {
            l = a
            r = b
        } else {
            l = try toNumber(left)
            r = try toNumber(right)
        }
        return .number(Realm.arithmetic(op, l, r))
    }

    static func arithmetic(_ op: ArithmeticOperator, _ l: Double, _ r: Double) -> Double {
        switch op {
        case .subtract: return l - r
        case .multiply: return l * r
        case .divide: return l / r
        case .remainder: return remainder(l, r)
        case .exponent: return power(l, r)
        case .leftShift: return Double(toInt32(l) << (UInt32(bitPattern: toInt32(r)) & 31))
        case .rightShift: return Double(toInt32(l) >> (UInt32(bitPattern: toInt32(r)) & 31))
        case .unsignedRightShift:
            return Double(UInt32(bitPattern: toInt32(l)) >> (UInt32(bitPattern: toInt32(r)) & 31))
        case .bitwiseAnd: return Double(toInt32(l) & toInt32(r))
        case .bitwiseOr: return Double(toInt32(l) | toInt32(r))
        case .bitwiseXor: return Double(toInt32(l) ^ toInt32(r))
        }
    }

    /// `%`: the sign follows the dividend, like C's `fmod`.
    static func remainder(_ l: Double, _ r: Double) -> Double {
        if l.isNaN || r.isNaN || l.isInfinite || r == 0 { return .nan }
        if r.isInfinite || l == 0 { return l }
        return fmod(l, r)
    }

    /// `**` and `Math.pow`: like C's `pow` except that `1 ** NaN` and `(±1) ** ±Infinity` are NaN.
    static func power(_ base: Double, _ exponent: Double) -> Double {
        if exponent.isNaN { return .nan }
        if exponent == 0 { return 1 }
        if (base == 1 || base == -1) && exponent.isInfinite { return .nan }
        return pow(base, exponent)
    }
}

/// The numeric binary operators (everything but `+`, comparisons and `in`/`instanceof`).
enum ArithmeticOperator {
    case subtract, multiply, divide, remainder, exponent
    case leftShift, rightShift, unsignedRightShift
    case bitwiseAnd, bitwiseOr, bitwiseXor
}

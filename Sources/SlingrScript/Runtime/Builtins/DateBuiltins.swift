/// `Date`, deterministic: the sandbox has no clock, so `Date.now()` and `new Date()` answer the
/// host-supplied time (`SlingrEnvironment.now`, default 0 = 1970-01-01T00:00:00.000Z), and the
/// local time zone is UTC. Parsing accepts the ISO format (`YYYY-MM-DDTHH:mm:ss.sssZ` and its
/// shorter forms); other date strings give an invalid date.
enum DateBuiltins {
    static let constructor = BuiltinSpec(
        "Date", 7,
        construct: { realm, arguments, newTarget in
            let time: Double
            switch arguments.count {
            case 0: time = realm.fixedNow
            case 1:
                let primitive = try realm.toPrimitive(arguments[0])
                if case .object(let object) = arguments[0], case .date(let value) = object.kind {
                    time = value
                } else if case .string(let text) = primitive {
                    try realm.charge(text.count)
                    time = DateBuiltins.parse(text)
                } else {
                    time = DateBuiltins.timeClip(try realm.toNumber(primitive))
                }
            default:
                time = DateBuiltins.timeClip(try DateBuiltins.fromComponents(realm, arguments))
            }
            let prototype = try realm.prototype(for: newTarget, fallback: realm.datePrototype)
            return .object(realm.register(JSObject(prototype: prototype, kind: .date(time))))
        }
    ) { realm, _, _ in
        .string(JSString(DateBuiltins.format(realm.fixedNow, style: .full)))
    }

    static let statics = BuiltinGroup([
        BuiltinSpec("now", 0) { realm, _, _ in .number(realm.fixedNow) },
        BuiltinSpec("parse", 1) { realm, _, arguments in
            let text = try realm.toString(arguments[0])
            try realm.charge(text.count)
            return .number(DateBuiltins.parse(text))
        },
        BuiltinSpec("UTC", 7) { realm, _, arguments in
            .number(DateBuiltins.timeClip(try DateBuiltins.fromComponents(realm, arguments)))
        },
    ])

    private static func getter(_ name: JSString, _ body: @escaping @Sendable (Double) -> Double) -> BuiltinSpec {
        BuiltinSpec(name, 0) { realm, this, _ in
            let time = try thisTime(realm, this, name.string)
            return .number(time.isNaN ? .nan : body(time))
        }
    }

    private static func formatter(_ name: JSString, _ style: Style) -> BuiltinSpec {
        BuiltinSpec(name, 0) { realm, this, _ in
            let time = try thisTime(realm, this, name.string)
            if time.isNaN {
                if style == .iso { throw realm.rangeError("Invalid time value") }
                return .string("Invalid Date")
            }
            return .string(JSString(format(time, style: style)))
        }
    }

    static let prototype = BuiltinGroup([
        getter("getTime") { $0 },
        getter("valueOf") { $0 },
        getter("getFullYear") { Double(civil($0).year) },
        getter("getUTCFullYear") { Double(civil($0).year) },
        getter("getMonth") { Double(civil($0).month - 1) },
        getter("getUTCMonth") { Double(civil($0).month - 1) },
        getter("getDate") { Double(civil($0).day) },
        getter("getUTCDate") { Double(civil($0).day) },
        getter("getDay") { Double(weekday($0)) },
        getter("getUTCDay") { Double(weekday($0)) },
        getter("getHours") { Double(timeOfDay($0) / 3_600_000) },
        getter("getUTCHours") { Double(timeOfDay($0) / 3_600_000) },
        getter("getMinutes") { Double(timeOfDay($0) / 60_000 % 60) },
        getter("getUTCMinutes") { Double(timeOfDay($0) / 60_000 % 60) },
        getter("getSeconds") { Double(timeOfDay($0) / 1000 % 60) },
        getter("getUTCSeconds") { Double(timeOfDay($0) / 1000 % 60) },
        getter("getMilliseconds") { Double(timeOfDay($0) % 1000) },
        getter("getUTCMilliseconds") { Double(timeOfDay($0) % 1000) },
        getter("getTimezoneOffset") { _ in 0 },
        formatter("toISOString", .iso),
        formatter("toString", .full),
        formatter("toUTCString", .utc),
        formatter("toDateString", .date),
        formatter("toTimeString", .time),
        formatter("toLocaleString", .locale),
        formatter("toLocaleDateString", .localeDate),
        formatter("toLocaleTimeString", .localeTime),
        BuiltinSpec("toJSON", 1) { realm, this, _ in
            let time = try thisTime(realm, this, "toJSON")
            return time.isFinite ? .string(JSString(format(time, style: .iso))) : .null
        },
        BuiltinSpec("setTime", 1) { realm, this, arguments in
            _ = try thisTime(realm, this, "setTime")
            let time = timeClip(try realm.toNumber(arguments[0]))
            this.asObject?.kind = .date(time)
            return .number(time)
        },
    ])

    private static func thisTime(_ realm: Realm, _ this: Value, _ method: String) throws -> Double {
        if case .object(let object) = this, case .date(let time) = object.kind { return time }
        throw realm.typeError("this is not a Date object.")
    }

    // MARK: Calendar arithmetic (proleptic Gregorian, UTC)

    static let msPerDay = 86_400_000.0

    static func timeClip(_ time: Double) -> Double {
        guard time.isFinite, abs(time) <= 8.64e15 else { return .nan }
        return time.rounded(.towardZero) + 0
    }

    /// Days since 1970-01-01 of a civil date (month 1...12).
    static func days(year: Int, month: Int, day: Int) -> Int {
        let y = month <= 2 ? year - 1 : year
        let era = (y >= 0 ? y : y - 399) / 400
        let yearOfEra = y - era * 400
        let m = month + (month > 2 ? -3 : 9)
        let dayOfYear = (153 * m + 2) / 5 + day - 1
        let dayOfEra = yearOfEra * 365 + yearOfEra / 4 - yearOfEra / 100 + dayOfYear
        return era * 146_097 + dayOfEra - 719_468
    }

    static func civil(_ time: Double) -> (year: Int, month: Int, day: Int) {
        let z = Int((time / msPerDay).rounded(.down)) + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let dayOfEra = z - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1460 + dayOfEra / 36524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let mp = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * mp + 2) / 5 + 1
        let month = mp < 10 ? mp + 3 : mp - 9
        return (yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day)
    }

    static func timeOfDay(_ time: Double) -> Int {
        let remainder = time.truncatingRemainder(dividingBy: msPerDay)
        return Int(remainder < 0 ? remainder + msPerDay : remainder)
    }

    static func weekday(_ time: Double) -> Int {
        let day = Int((time / msPerDay).rounded(.down))
        return ((day + 4) % 7 + 7) % 7
    }

    /// MakeDate from `(year, month[, day, hours, minutes, seconds, ms])` arguments.
    static func fromComponents(_ realm: Realm, _ arguments: Arguments) throws -> Double {
        var parts: [Double] = []
        for index in 0..<7 {
            if index < arguments.count {
                parts.append(try realm.toNumber(arguments[index]))
            } else {
                parts.append(index == 2 ? 1 : 0)
            }
        }
        guard parts.allSatisfy({ $0.isFinite }) else { return .nan }
        var year = parts[0].rounded(.towardZero)
        if year >= 0 && year <= 99 { year += 1900 }
        let month = parts[1].rounded(.towardZero)
        let yearTotal = year + (month / 12).rounded(.down)
        let monthInYear = month - (month / 12).rounded(.down) * 12
        guard abs(yearTotal) < 400_000 else { return .nan }
        let dayCount = Double(days(year: Int(yearTotal), month: Int(monthInYear) + 1, day: 1)) + parts[2].rounded(.towardZero) - 1
        let time = parts[3].rounded(.towardZero) * 3_600_000 + parts[4].rounded(.towardZero) * 60_000
            + parts[5].rounded(.towardZero) * 1000 + parts[6].rounded(.towardZero)
        return dayCount * msPerDay + time
    }

    /// Parses the ECMAScript date-time string format; NaN for anything else.
    static func parse(_ text: JSString) -> Double {
        let characters = Array(text.string.utf8)
        var index = 0
        func number(_ digits: Int) -> Int? {
            guard index + digits <= characters.count else { return nil }
            var value = 0
            for offset in 0..<digits {
                let byte = characters[index + offset]
                guard byte >= 48, byte <= 57 else { return nil }
                value = value * 10 + Int(byte - 48)
            }
            index += digits
            return value
        }
        func accept(_ byte: UInt8) -> Bool {
            if index < characters.count, characters[index] == byte {
                index += 1
                return true
            }
            return false
        }
        var sign = 1
        var year: Int?
        if accept(UInt8(ascii: "+")) {
            year = number(6)
        } else if accept(UInt8(ascii: "-")) {
            sign = -1
            year = number(6)
        } else {
            year = number(4)
        }
        guard let parsedYear = year else { return .nan }
        var month = 1
        var day = 1
        if accept(UInt8(ascii: "-")) {
            guard let value = number(2), (1...12).contains(value) else { return .nan }
            month = value
            if accept(UInt8(ascii: "-")) {
                guard let value = number(2), (1...31).contains(value) else { return .nan }
                day = value
            }
        }
        var milliseconds = 0
        if accept(UInt8(ascii: "T")) || accept(UInt8(ascii: " ")) {
            guard let hours = number(2), accept(UInt8(ascii: ":")), let minutes = number(2), hours <= 24, minutes < 60 else {
                return .nan
            }
            var seconds = 0
            var fraction = 0
            if accept(UInt8(ascii: ":")) {
                guard let value = number(2), value < 60 else { return .nan }
                seconds = value
                if accept(UInt8(ascii: ".")) {
                    var digits = 0
                    while index < characters.count, characters[index] >= 48, characters[index] <= 57 {
                        if digits < 3 { fraction = fraction * 10 + Int(characters[index] - 48) }
                        digits += 1
                        index += 1
                    }
                    guard digits > 0 else { return .nan }
                    if digits < 3 { for _ in digits..<3 { fraction *= 10 } }
                }
            }
            milliseconds = ((hours * 60 + minutes) * 60 + seconds) * 1000 + fraction
            if !accept(UInt8(ascii: "Z")), index < characters.count, characters[index] == UInt8(ascii: "+") || characters[index] == UInt8(ascii: "-")
            {
                let offsetSign = characters[index] == UInt8(ascii: "+") ? 1 : -1
                index += 1
                guard let offsetHours = number(2), accept(UInt8(ascii: ":")), let offsetMinutes = number(2) else {
                    return .nan
                }
                milliseconds -= offsetSign * (offsetHours * 60 + offsetMinutes) * 60_000
            }
        }
        guard index == characters.count else { return .nan }
        let total = Double(days(year: sign * parsedYear, month: month, day: day)) * msPerDay + Double(milliseconds)
        return timeClip(total)
    }

    enum Style { case iso, full, utc, date, time, locale, localeDate, localeTime }

    private static let weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"]
    private static let months = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"]

    static func format(_ time: Double, style: Style) -> String {
        let (year, month, day) = civil(time)
        let ms = timeOfDay(time)
        let hours = ms / 3_600_000
        let minutes = ms / 60_000 % 60
        let seconds = ms / 1000 % 60
        func pad(_ value: Int, _ width: Int = 2) -> String {
            let text = String(abs(value))
            return String(repeating: "0", count: max(0, width - text.count)) + text
        }
        let yearText = year >= 0 && year <= 9999 ? pad(year, 4) : (year < 0 ? "-" : "+") + pad(year, 6)
        let clock = "\(pad(hours)):\(pad(minutes)):\(pad(seconds))"
        let hour12 = hours % 12 == 0 ? 12 : hours % 12
        let localeClock = "\(hour12):\(pad(minutes)):\(pad(seconds)) \(hours < 12 ? "AM" : "PM")"
        let localeDate = "\(month)/\(day)/\(year)"
        switch style {
        case .iso: return "\(yearText)-\(pad(month))-\(pad(day))T\(clock).\(pad(ms % 1000, 3))Z"
        case .full:
            return "\(weekdays[weekday(time)]) \(months[month - 1]) \(pad(day)) \(pad(year, 4)) \(clock) GMT+0000 (Coordinated Universal Time)"
        case .utc: return "\(weekdays[weekday(time)]), \(pad(day)) \(months[month - 1]) \(pad(year, 4)) \(clock) GMT"
        case .date: return "\(weekdays[weekday(time)]) \(months[month - 1]) \(pad(day)) \(pad(year, 4))"
        case .time: return "\(clock) GMT+0000 (Coordinated Universal Time)"
        case .locale: return "\(localeDate), \(localeClock)"
        case .localeDate: return localeDate
        case .localeTime: return localeClock
        }
    }
}

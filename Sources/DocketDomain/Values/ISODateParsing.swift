extension ISODate {
    /// Parses `YYYY-MM-DD`, optionally followed by `THH:MM:SS`, an optional fraction of
    /// 1–9 digits, and `Z` or `±HH:MM`.
    ///
    /// Decisions: this is the RFC 3339 profile of ISO 8601 (seconds required, upper-case
    /// `T` and `Z`, no week or ordinal dates, no basic format `20261121`); a date-time
    /// without an offset is read as UTC, as YAML 1.1 timestamps are, so builds never depend
    /// on the machine's time zone; leap seconds (`:60`) and `24:00` are rejected. ASCII
    /// spaces and tabs around the value are ignored.
    public static func parse(_ text: String) -> Result<ISODate, ISODateError> {
        var reader = DateReader(text)
        if reader.isAtEnd { return .failure(.empty) }
        let day: CalendarDay
        switch reader.readDay() {
        case .success(let parsed): day = parsed
        case .failure(let error): return .failure(error)
        }
        if reader.isAtEnd { return .success(ISODate(day: day)) }
        return reader.readTime().flatMap { time, offset in
            let date = ISODate(day: day, time: time, utcOffsetMinutes: offset)
            // An offset can carry 9999-12-31 into the year 10000 in UTC, where feeds and
            // sitemaps write their dates.
            return yearRange.contains(date.utcDay.year) ? .success(date) : .failure(.outsideYearRange(inUTC: true))
        }
    }

    /// The years dates may fall in, in UTC too: four digits, and none before 1000 (an
    /// RFC 3339 consumer such as an Atom reader need not take year 0).
    public static let yearRange = 1000...9999
}

extension CalendarDay {
    /// Parses a date alone (`2026-11-21`), for fields that take no time.
    public static func parse(_ text: String) -> Result<CalendarDay, ISODateError> {
        var reader = DateReader(text)
        if reader.isAtEnd { return .failure(.empty) }
        let result = reader.readDay()
        if case .success = result, !reader.isAtEnd {
            return .failure(reader.isAtTimeDesignator ? .timeNotAllowed : .notADate)
        }
        return result
    }
}

/// Why a text is not an ISO date; `description` completes a sentence whose subject is
/// the field (`created is not a date; expected YYYY-MM-DD`).
public enum ISODateError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case notADate
    case yearNotFourDigits
    case missingZeroPadding
    case invalidMonth(Int)
    case invalidDay(year: Int, month: Int, day: Int)
    case invalidTime
    case timeOutOfRange
    case invalidOffset
    case timeNotAllowed
    case outsideYearRange(inUTC: Bool)

    public var description: String {
        switch self {
        case .empty: "is empty; expected a date such as 2026-11-21"
        case .notADate: "is not a date; expected YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ"
        case .yearNotFourDigits: "must have a four-digit year (YYYY-MM-DD)"
        case .missingZeroPadding: "must write month and day with two digits (2026-01-05)"
        case .invalidMonth(let month): "has month \(month); months are 01 to 12"
        case .invalidDay(let year, let month, let day):
            "has day \(day), but \(ISOText.digits(year, width: 4))-\(ISOText.digits(month, width: 2)) has \(CalendarDay.daysInMonth(month, year: year)) days"
        case .invalidTime: "has a malformed time; expected THH:MM:SS, then Z or an offset such as +02:00"
        case .timeOutOfRange: "has a time out of range (hours 00–23, minutes and seconds 00–59)"
        case .invalidOffset: "has a malformed UTC offset; expected Z or ±HH:MM up to 23:59"
        case .timeNotAllowed: "must be a date without a time (YYYY-MM-DD)"
        case .outsideYearRange(let inUTC):
            inUTC ? "falls outside the years 1000 to 9999 once converted to UTC" : "has a year outside 1000 to 9999"
        }
    }
}

/// A cursor over the UTF-8 of a date, trimmed of surrounding spaces and tabs.
struct DateReader {
    private let bytes: [UInt8]
    private var index: Int
    private let end: Int

    init(_ text: String) {
        bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == ASCII.space || bytes[start] == ASCII.tab { start += 1 }
        while end > start, bytes[end - 1] == ASCII.space || bytes[end - 1] == ASCII.tab { end -= 1 }
        self.index = start
        self.end = end
    }

    var isAtEnd: Bool { index == end }

    private var current: UInt8? { index < end ? bytes[index] : nil }

    var isAtTimeDesignator: Bool { current == UInt8(ascii: "T") }

    /// The run of digits at the cursor: its value (while it fits) and length.
    private mutating func readDigits() -> (value: Int, count: Int) {
        var value = 0
        var count = 0
        while index < end, bytes[index].isASCIIDigit {
            if count < 9 { value = value * 10 + bytes[index].digitValue }
            count += 1
            index += 1
        }
        return (value, count)
    }

    private mutating func skip(_ byte: UInt8) -> Bool {
        guard current == byte else { return false }
        index += 1
        return true
    }

    mutating func readDay() -> Result<CalendarDay, ISODateError> {
        let year = readDigits()
        guard year.count > 0 else { return .failure(.notADate) }
        guard skip(ASCII.minus) else { return .failure(.notADate) }
        guard year.count == 4 else { return .failure(.yearNotFourDigits) }
        let month = readDigits()
        if month.count == 1 { return .failure(.missingZeroPadding) }
        guard month.count == 2, skip(ASCII.minus) else { return .failure(.notADate) }
        let day = readDigits()
        if day.count == 1 { return .failure(.missingZeroPadding) }
        guard day.count == 2 else { return .failure(.notADate) }
        guard (1...12).contains(month.value) else { return .failure(.invalidMonth(month.value)) }
        guard let calendarDay = CalendarDay(year: year.value, month: month.value, day: day.value) else {
            return .failure(.invalidDay(year: year.value, month: month.value, day: day.value))
        }
        guard ISODate.yearRange.contains(year.value) else { return .failure(.outsideYearRange(inUTC: false)) }
        return .success(calendarDay)
    }

    /// The time and UTC offset in minutes, from the `T` on.
    mutating func readTime() -> Result<(TimeOfDay, Int), ISODateError> {
        guard skip(UInt8(ascii: "T")) else { return .failure(.notADate) }
        let hour = readDigits()
        guard hour.count == 2, skip(ASCII.colon) else { return .failure(.invalidTime) }
        let minute = readDigits()
        guard minute.count == 2, skip(ASCII.colon) else { return .failure(.invalidTime) }
        let second = readDigits()
        guard second.count == 2 else { return .failure(.invalidTime) }
        var nanosecond = 0
        if skip(ASCII.dot) {
            let fraction = readDigits()
            guard (1...9).contains(fraction.count) else { return .failure(.invalidTime) }
            nanosecond = fraction.value
            for _ in fraction.count..<9 { nanosecond *= 10 }
        }
        guard hour.value < 24, minute.value < 60, second.value < 60 else { return .failure(.timeOutOfRange) }
        let time = TimeOfDay(hour: hour.value, minute: minute.value, second: second.value, nanosecond: nanosecond)
        return readOffset().map { (time, $0) }
    }

    private mutating func readOffset() -> Result<Int, ISODateError> {
        if isAtEnd { return .success(0) }
        if skip(UInt8(ascii: "Z")) { return isAtEnd ? .success(0) : .failure(.invalidOffset) }
        let sign: Int
        if skip(ASCII.plus) { sign = 1 } else if skip(ASCII.minus) { sign = -1 } else { return .failure(.invalidTime) }
        let hours = readDigits()
        guard hours.count == 2, skip(ASCII.colon) else { return .failure(.invalidOffset) }
        let minutes = readDigits()
        guard minutes.count == 2, isAtEnd, hours.value < 24, minutes.value < 60 else { return .failure(.invalidOffset) }
        return .success(sign * (hours.value * 60 + minutes.value))
    }
}

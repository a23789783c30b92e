/// A point on the time line, for ordering: seconds since 1970-01-01T00:00:00Z plus a
/// fraction. Dates and date-times from any offset compare correctly.
public struct Instant: Hashable, Comparable, Sendable {
    public var secondsSinceEpoch: Int64
    /// 0 ..< 1,000,000,000.
    public var nanoseconds: Int32

    public init(secondsSinceEpoch: Int64, nanoseconds: Int32 = 0) {
        self.secondsSinceEpoch = secondsSinceEpoch
        self.nanoseconds = nanoseconds
    }

    public static func < (lhs: Instant, rhs: Instant) -> Bool {
        (lhs.secondsSinceEpoch, lhs.nanoseconds) < (rhs.secondsSinceEpoch, rhs.nanoseconds)
    }
}

/// A wall-clock time as written: 0–23 h, 0–59 min, 0–59 s (no leap seconds) and up to
/// nanosecond precision.
public struct TimeOfDay: Hashable, Sendable {
    public var hour: Int
    public var minute: Int
    public var second: Int
    public var nanosecond: Int

    public init(hour: Int, minute: Int, second: Int, nanosecond: Int = 0) {
        self.hour = hour
        self.minute = minute
        self.second = second
        self.nanosecond = nanosecond
    }

    package var secondsSinceMidnight: Int { hour * 3600 + minute * 60 + second }
}

/// An ISO 8601 date (`2026-11-21`) or date-time (`2026-11-21T14:05:00Z`) from content.
///
/// A date alone stands for the start of its day in UTC, so a date-time on the same day
/// sorts after it. Equality compares what was written; compare `instant`s to order.
public struct ISODate: Hashable, Sendable {
    /// The calendar day as written, in the value's own offset.
    public let day: CalendarDay
    /// Nil for a date without a time.
    public let time: TimeOfDay?
    /// The offset from UTC the time was written in; 0 for `Z`, for no offset, and for a
    /// date alone.
    public let utcOffsetMinutes: Int

    public init(day: CalendarDay) {
        self.day = day
        self.time = nil
        self.utcOffsetMinutes = 0
    }

    public init(day: CalendarDay, time: TimeOfDay, utcOffsetMinutes: Int = 0) {
        self.day = day
        self.time = time
        self.utcOffsetMinutes = utcOffsetMinutes
    }

    /// The UTC date-time at `instant`: how a build time from `SOURCE_DATE_EPOCH` or the
    /// clock becomes a value like the ones in content.
    public init(instant: Instant) {
        let (days, seconds) = instant.secondsSinceEpoch.quotientAndRemainder(dividingBy: 86_400)
        let dayShift: Int64 = seconds < 0 ? -1 : 0
        let secondOfDay = Int(seconds < 0 ? seconds + 86_400 : seconds)
        self.day = CalendarDay(daysSinceEpoch: Int(days + dayShift))
        self.time = TimeOfDay(
            hour: secondOfDay / 3600, minute: secondOfDay / 60 % 60, second: secondOfDay % 60,
            nanosecond: Int(instant.nanoseconds)
        )
        self.utcOffsetMinutes = 0
    }

    public var isDateOnly: Bool { time == nil }

    public var instant: Instant {
        let local = Int64(day.daysSinceEpoch) * 86_400 + Int64(time?.secondsSinceMidnight ?? 0)
        return Instant(
            secondsSinceEpoch: local - Int64(utcOffsetMinutes) * 60,
            nanoseconds: Int32(time?.nanosecond ?? 0)
        )
    }

    /// The UTC calendar day: what day rules (auto-approval) count in. A date alone is
    /// its own day; `2026-11-21T23:30:00-02:00` is on 2026-11-22.
    public var utcDay: CalendarDay {
        guard time != nil, utcOffsetMinutes != 0 else { return day }
        let seconds = instant.secondsSinceEpoch
        let days = seconds >= 0 ? seconds / 86_400 : (seconds - 86_399) / 86_400
        return CalendarDay(daysSinceEpoch: Int(days))
    }

    /// The value written canonically, keeping its offset: `2026-11-21`,
    /// `2026-11-21T14:05:00Z`, `2026-11-21T14:05:00.25+02:00` (no trailing zeros in the
    /// fraction; no offset is written `Z`, since it is read as UTC).
    public var isoString: String {
        guard let time else { return day.isoString }
        return day.isoString + "T" + Self.clock(time) + Self.offset(utcOffsetMinutes)
    }

    /// RFC 3339 in UTC (`2026-11-21T12:05:00Z`), for feeds and sitemaps; a date alone is
    /// the start of its day.
    public var utcISOString: String {
        let utc = ISODate(instant: instant)
        return utc.day.isoString + "T" + Self.clock(utc.time!) + "Z"
    }

    private static func clock(_ time: TimeOfDay) -> String {
        var text = ISOText.digits(time.hour, width: 2) + ":" + ISOText.digits(time.minute, width: 2) + ":"
            + ISOText.digits(time.second, width: 2)
        if time.nanosecond > 0 {
            var fraction = ISOText.digits(time.nanosecond, width: 9)
            while fraction.hasSuffix("0") { fraction.removeLast() }
            text += "." + fraction
        }
        return text
    }

    private static func offset(_ minutes: Int) -> String {
        guard minutes != 0 else { return "Z" }
        let sign = minutes < 0 ? "-" : "+"
        return sign + ISOText.digits(abs(minutes) / 60, width: 2) + ":" + ISOText.digits(abs(minutes) % 60, width: 2)
    }
}

extension ISODate: CustomStringConvertible {
    public var description: String { isoString }
}

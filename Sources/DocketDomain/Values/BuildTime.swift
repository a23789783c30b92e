/// The build time ("now") from its two textual sources. The caller picks `--now`, else
/// `SOURCE_DATE_EPOCH`, else the clock (`ISODate(instant:)`).
public enum BuildTime {
    /// `--now` takes a date or a date-time, exactly as content does.
    public static func parse(now text: String) -> Result<ISODate, ISODateError> {
        ISODate.parse(text)
    }

    /// `SOURCE_DATE_EPOCH` is whole seconds since 1970-01-01T00:00:00Z in ASCII digits, as
    /// reproducible-builds.org defines it; signs, fractions and years past 9999 are
    /// rejected rather than guessed at.
    public static func parse(sourceDateEpoch text: String) -> Result<ISODate, SourceDateEpochError> {
        let digits = text.utf8
        guard !digits.isEmpty else { return .failure(.empty) }
        guard digits.allSatisfy(\.isASCIIDigit) else { return .failure(.notAnInteger) }
        guard digits.count <= 12, let seconds = Int64(text), seconds <= latestSecond else {
            return .failure(.outOfRange)
        }
        return .success(ISODate(instant: Instant(secondsSinceEpoch: seconds)))
    }

    /// 9999-12-31T23:59:59Z.
    package static let latestSecond: Int64 = 253_402_300_799
}

public enum SourceDateEpochError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case notAnInteger
    case outOfRange

    public var description: String {
        switch self {
        case .empty: "SOURCE_DATE_EPOCH is empty; expected seconds since 1970-01-01T00:00:00Z"
        case .notAnInteger: "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01T00:00:00Z"
        case .outOfRange: "SOURCE_DATE_EPOCH is past the year 9999"
        }
    }
}

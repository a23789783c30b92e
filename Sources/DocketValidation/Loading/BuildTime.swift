/// "Now" for a build: `--now`, else `SOURCE_DATE_EPOCH`, else the clock (SPEC §3), so the
/// same content and build time always give the same result.
public enum BuildTime {
    public struct InvalidBuildTime: Error, CustomStringConvertible {
        public let description: String
    }

    public static func resolve(now: String?, environment: [String: String]) throws(InvalidBuildTime) -> ISODate {
        if let now {
            guard let date = ISODate.parse(now) else {
                throw InvalidBuildTime(description: "--now must be an ISO 8601 date or date-time such as 2026-11-22 or 2026-11-22T10:00:00Z (got \"\(now)\")")
            }
            return date
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"], !epoch.isEmpty {
            guard let seconds = Int64(epoch), let date = ISODate(secondsSinceEpoch: seconds) else {
                throw InvalidBuildTime(description: "SOURCE_DATE_EPOCH must be a whole number of seconds since 1970-01-01 (got \"\(epoch)\")")
            }
            return date
        }
        return ISODate.current()
    }
}

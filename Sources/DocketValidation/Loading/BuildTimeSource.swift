import DocketDomain
import Foundation

extension BuildTime {

    /// "Now" for a build: `--now`, else `SOURCE_DATE_EPOCH`, else the clock (docs/spec.md §3), so
    /// the same content and build time always give the same result.
    public static func resolve(now: String?, environment: [String: String]) throws(DocketError) -> ISODate {
        if let now {
            switch parse(now: now) {
            case .success(let date): return date
            case .failure(let error):
                throw DocketError(.setup, message: "--now must be an ISO 8601 date or date-time such as 2026-11-22 or 2026-11-22T10:00:00Z: \(error) (got \"\(now)\")")
            }
        }
        if let epoch = environment["SOURCE_DATE_EPOCH"] {
            switch parse(sourceDateEpoch: epoch) {
            case .success(let date): return date
            case .failure(let error):
                throw DocketError(.setup, message: "SOURCE_DATE_EPOCH must be whole seconds since 1970-01-01: \(error) (got \"\(epoch)\")")
            }
        }
        let seconds = Int64(Date().timeIntervalSince1970.rounded(.down))
        return ISODate(instant: Instant(secondsSinceEpoch: seconds))
    }
}

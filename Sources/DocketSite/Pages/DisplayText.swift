import DocketDomain
import DocketValidation

/// How values read on a page (docs/spec.md §3 Display): one spelling of each, used everywhere.
enum DisplayText {
    static let budgets: [String: String] = [
        "50-100": "$50 - $100",
        "100-1000": "$100 - $1,000",
        "1000-10000": "$1,000 - $10,000",
        "10000+": "$10,000 and up",
        "unknown": "I don't know",
    ]

    static let countries: [String: String] = [
        "anywhere": "Anywhere",
        "FR": "France",
        "GB": "United Kingdom of Great Britain and Northern Ireland",
        "US": "United States of America",
    ]

    static func budget(_ value: String) -> String { budgets[value] ?? value }
    static func country(_ code: String) -> String { countries[code] ?? code }

    /// The country's name as it reads inside a sentence: "in the United States of America",
    /// "in France". The name itself is unchanged.
    static func countryInSentence(_ code: String) -> String {
        code == "US" || code == "GB" ? "the " + country(code) : country(code)
    }

    static func level(_ level: String) -> String { level.prefix(1).uppercased() + level.dropFirst() }

    /// Dates as ISO calendar days; a date-time shows its UTC day.
    static func date(_ date: ISODate) -> String { date.utcDay.isoString }

    static func rate(_ rate: HourlyRate?) -> String {
        switch rate {
        case .amount(let amount): return "\(amount.formatted) per hour"
        case .range(let min, let max): return "\(min.formatted) – \(max.formatted) per hour"
        case nil: return "Rate not set"
        }
    }

    /// The mean of whole-star ratings to one decimal, rounded half up (4.25 → "4.3"), in
    /// integers so that no binary fraction tips a half the wrong way.
    static func average(of ratings: [Int]) -> String? {
        guard !ratings.isEmpty else { return nil }
        let tenths = (ratings.reduce(0, +) * 20 + ratings.count) / (2 * ratings.count)
        return "\(tenths / 10).\(tenths % 10)"
    }

    static func ratingText(_ rating: Int) -> String { "\(rating) out of 5 stars" }

    /// "Average rating 4.5 out of 5 from 2 reviews".
    static func averageText(_ average: String, reviewCount: Int) -> String {
        "Average rating \(average) out of 5 from \(reviewCount) \(reviewCount == 1 ? "review" : "reviews")"
    }

    /// Up to two letters for a placeholder avatar: the first letters of the first and last
    /// words ("Maya Okafor" → "MO", "Priya" → "P").
    static func initials(_ name: String) -> String {
        let words = name.split(whereSeparator: { $0.isWhitespace || $0 == "-" }).filter { $0.first?.isLetter == true }
        guard let first = words.first?.first else { return "" }
        guard words.count > 1, let last = words.last?.first else { return first.uppercased() }
        return first.uppercased() + last.uppercased()
    }

    static func requestStatus(accepting: Bool) -> String { accepting ? "Accepting responses" : "Closed to responses" }

    static func responseCount(_ count: Int) -> String {
        count == 0 ? "No responses yet" : "\(count) \(count == 1 ? "response" : "responses")"
    }

    static func stars(_ rating: Int) -> String {
        String(repeating: "★", count: rating) + String(repeating: "☆", count: max(0, 5 - rating))
    }

    static func proposalStatus(_ state: ProposalState) -> String { level(state.rawValue) }

    static func payment(_ standing: PaymentStanding) -> String {
        switch standing {
        case .awaiting: return "Awaiting approval"
        case .accepted: return "Accepted"
        case .declined: return "Declined"
        // docs/spec.md §3 spells it "approved automatically on DATE": keep that phrase as written.
        case .autoApproved(let day): return "Accepted: approved automatically on \(day.isoString)"
        }
    }

    /// A class name for the standing; approved automatically is accepted.
    static func paymentKey(_ standing: PaymentStanding) -> String {
        switch standing {
        case .awaiting: return "awaiting"
        case .accepted, .autoApproved: return "accepted"
        case .declined: return "declined"
        }
    }

    static func permission(_ status: PermissionStatus, revokedAutomatically: Bool) -> String {
        revokedAutomatically ? "Revoked automatically (proposal completed)" : level(status.rawValue)
    }
}

import DocketDomain
import DocketTestSupport
/// Generators for sites of a chosen size.
extension ValidContent {
    /// A request created on `day` of November 2026 (1–28).
    static func request(number: Int, day: Int, accepting: Bool = true) -> (String, String) {
        ("content/requests/request-\(number).yml", """
        title: Generated request number \(number)
        description: A generated request that is long enough to pass every length rule.
        budget: unknown
        country: anywhere
        name: Customer \(number)
        email: customer\(number)@example.com
        created: 2026-11-\(day < 10 ? "0" : "")\(day)
        accepting_responses: \(accepting)
        """)
    }

    /// An expert named "Expert NNN" (names sort like their numbers).
    static func expert(number: Int, country: String = "US", levels: [String] = ["associate"], firm: String? = nil) -> (String, String) {
        let name = "Expert " + String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number)
        let certifications = levels.map { "  - name: Generated certification \($0)\n    level: \($0)" }.joined(separator: "\n")
        return ("content/experts/expert-\(number).yml", """
        name: \(name)
        email: expert\(number)@example.com
        country: \(country)
        \(firm.map { "firm: \($0)\n" } ?? "")certifications:
        \(certifications)
        bio: A generated expert with a biography long enough for the rules.
        """)
    }

    static func firm(number: Int) -> (String, String) {
        ("content/firms/firm-\(number).yml", """
        name: Firm \(String(repeating: "0", count: max(0, 3 - String(number).count)) + String(number))
        country: GB
        """)
    }
}

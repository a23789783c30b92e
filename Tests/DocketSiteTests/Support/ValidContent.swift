/// Valid content documents for fixture sites: one of each type linked together, and
/// generators for sites of a chosen size.
enum ValidContent {
    static let request = """
    title: Harden the network of a small SaaS
    description: We run three services in one account and want the network reviewed before an audit.
    budget: 1000-10000
    country: FR
    name: Jeanne
    email: jeanne@example.com
    created: 2026-10-01
    responses:
      - ada
    """

    static let expert = """
    name: Ada Byron
    email: ada@example.com
    country: GB
    firm: analytical
    certifications:
      - name: Solutions Architect Professional
        level: professional
    hourly_rate: 120
    bio: |
      # About me
      I design **secure** networks for small teams, with clear written reports.
    skills: [networking, security]
    links:
      - title: A case study
        url: https://example.com/case
    """

    static let firm = """
    name: Analytical Engines
    country: GB
    about: We build careful cloud foundations for small companies.
    reviews:
      - rating: 5
        text: Clear plan, delivered on time and well explained.
        author: Jeanne D.
        date: 2026-11-10
        proposal: network-review
        would_work_again: yes
    """

    static let proposal = """
    request: harden-network
    expert: ada
    title: Network review before your audit
    status: accepted
    created: 2026-10-03
    total: 1000
    body: |
      I will review your network and write a report with *clear* fixes.
    milestones:
      - title: Review
        amount: 400
        due: 2026-10-20
    payment_requests:
      - amount: 400
        description: Review done
        requested: 2026-10-20
        status: accepted
        decided: 2026-10-21
      - amount: 600
        description: Report delivered
        requested: 2026-11-01
        status: accepted
        decided: 2026-11-02
        final: true
    permission_requests:
      - policy: SecurityAudit
        status: accepted
    """

    static let files: [(String, String)] = [
        ("content/requests/harden-network.yml", request),
        ("content/experts/ada.yml", expert),
        ("content/firms/analytical.yml", firm),
        ("content/proposals/network-review.yml", proposal),
    ]

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

/// One valid document of each type, linked together: tests change one line at a time and
/// expect exactly the diagnostic that line causes. Shared by the test targets that read or
/// build content (a test target cannot import another).
public enum ValidContent {
    public static let request = """
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

    public static let expert = """
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

    public static let firm = """
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

    public static let proposal = """
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

    public static let files: [(String, String)] = [
        ("content/requests/harden-network.yml", request),
        ("content/experts/ada.yml", expert),
        ("content/firms/analytical.yml", firm),
        ("content/proposals/network-review.yml", proposal),
    ]
}

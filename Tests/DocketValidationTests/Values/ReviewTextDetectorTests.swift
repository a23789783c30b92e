import DocketValidation
import DocketValues
import Testing

@Suite struct ReviewTextDetectorTests {
    let detector = ReviewTextDetector()

    private func found(_ text: String) -> [String] {
        detector.problems(in: text).texts(in: text)
    }

    private func kinds(_ text: String) -> [ReviewTextDetector.Kind] {
        detector.problems(in: text).map(\.kind)
    }

    // MARK: Postal addresses

    @Test(arguments: [
        ("Visit us at 12 Baker Street, great team", "12 Baker Street"),
        ("Their office, 221B Baker St. in London", "221B Baker St."),
        ("Met at 1600 Pennsylvania Avenue NW once", "1600 Pennsylvania Avenue NW"),
        ("Meet at 350 5th Avenue", "350 5th Avenue"),
        ("Moved to 10 Downing Street.", "10 Downing Street"),
        ("Bureaux au 10 rue de Rivoli", "10 rue de Rivoli"),
        ("au 12 bis, place de la Concorde", "12 bis, place de la Concorde"),
        ("5 avenue Foch", "5 avenue Foch"),
        ("3 Rue d'Alésia", "3 Rue d'Alésia"),
        ("8 boulevard de l'Hôpital", "8 boulevard de l'Hôpital"),
        ("Send to PO Box 123 please", "PO Box 123"),
        ("P.O. Box 4567", "P.O. Box 4567"),
        ("BP 45, Lyon", "BP 45"),
        ("New York, NY 10001", "NY 10001"),
        ("Springfield IL 62701-1234", "IL 62701-1234"),
        ("NY 10001", "NY 10001"),
        ("London SW1A 1AA", "SW1A 1AA"),
        ("Baker Street, NW1 6XE", "NW1 6XE"),
        ("Manchester M1 1AE", "M1 1AE"),
        ("75001 Paris", "75001 Paris"),
        ("Rivoli, 75001 Paris was fine", "75001 Paris"),
        ("92100 Boulogne-Billancourt.", "92100 Boulogne-Billancourt"),
        ("13001 Marseille Cedex", "13001 Marseille Cedex"),
    ])
    func findsPostalAddresses(text: String, expected: String) {
        let problems = detector.problems(in: text)
        #expect(problems.map(\.kind).contains(.postalAddress))
        #expect(problems.filter { $0.kind == .postalAddress }.texts(in: text).first == expected)
    }

    @Test func findsEveryPartOfAFullAddress() {
        let text = "Write to 10 rue de Rivoli, 75001 Paris or 12 Baker Street, London NW1 6XE"
        #expect(found(text) == ["10 rue de Rivoli", "75001 Paris", "12 Baker Street", "NW1 6XE"])
    }

    @Test(arguments: [
        "1 place de parking",                    // a parking space
        "took 3 days on the way home",
        "Got 2 Great Results",
        "3 avenues for growth",
        "our EC2 4GB instances",
        "Using S3 1TB buckets",
        "10000 Lambda invocations a day",
        "saved 20000 Euros",
        "in 2021 we moved",
        "IN 2021 WE MOVED",                      // no five-digit code
        "the BP oil spill",
        "box 12",
    ])
    func ignoresLookalikes(text: String) {
        #expect(kinds(text).filter { $0 == .postalAddress } == [])
    }

    // MARK: Links

    @Test(arguments: [
        "https://amazon.com/dp/B000",
        "https://www.amazon.com/review",
        "https://smile.amazon.com",
        "HTTPS://WWW.AMAZON.CO.UK/x",
        "https://amazon.fr.",
        "https://www.amazon.com.:443/path",
        "http://user:pass@amazon.com/",
        "www.amazon.fr/avis",
        "amazon.com",
        "aws.amazon.com/iq",
    ])
    func allowsLinksToReviewDomains(text: String) {
        #expect(detector.problems(in: "See \(text) for details") == [])
    }

    @Test(arguments: [
        ("https://amazon.com.evil.io/x", "amazon.com.evil.io"),
        ("https://notamazon.com", "notamazon.com"),
        ("https://amazon.com@evil.io/", "evil.io"),
        ("https://evil.io\\@amazon.com", "evil.io"),
        ("https://Evil.IO:8443/a", "evil.io"),
        ("www.example.com", "www.example.com"),
        ("example.com/page", "example.com"),
        ("https://[::1]/", "[::1]"),
        ("https://amazon.de", "amazon.de"),
    ])
    func reportsOtherHosts(text: String, host: String) {
        #expect(kinds("See \(text) now") == [.disallowedURL(host: host)])
    }

    @Test func allowListIsConfigurable() {
        let custom = ReviewTextDetector(allowedLinkHosts: HostAllowList(["Example.ORG."]))
        #expect(custom.problems(in: "see https://docs.example.org/x") == [])
        #expect(custom.problems(in: "see https://amazon.com").map(\.kind) == [.disallowedURL(host: "amazon.com")])
    }

    // MARK: Phones

    @Test func findsPhoneNumbers() {
        #expect(found("Call Jean on 06 12 34 56 78 anytime") == ["06 12 34 56 78"])
        #expect(kinds("Call (555) 123-4567") == [.phoneNumber])
    }

    // MARK: Clean reviews

    @Test(arguments: [
        "5 stars. Alice migrated our 40 servers to AWS in 3 weeks and cut our bill by 30%.",
        "Great work on the VPC redesign; took 2 days instead of the 5 we budgeted.",
        "Excellent communication. Upgraded us from version 2.0 to 3.1.4 without downtime.",
        "They set up CloudFront and S3 for about $1,200 and answered questions within 24 hours.",
        "Would hire again! 10/10. Finished on 2026-11-21, two days early.",
        "Très bon travail : migration de 3 bases de données en 2 semaines, merci !",
        "Solid Terraform skills. Our EC2 fleet went from 120 t3.large instances to 45.",
        "Fixed our IAM policies (SecurityAudit, ViewOnlyAccess) in 1 afternoon.",
        "He found the bug in our Node.js Lambda at 2 a.m. on a Sunday. 4.5 out of 5.",
        "Reduced p99 latency from 1200 ms to 180 ms across 3 regions (us-east-1, eu-west-3).",
        "Bought the book they recommended on amazon.com, worth it. 100% recommend.",
        "Handled 1,000,000 requests per day after the change; costs down 25 percent.",
        "We had 2 Kubernetes clusters and 15 RDS instances; now 1 cluster on 3 nodes.",
        "Moved our team of 12 to AWS SSO in 1 week. Account 1234-5678-9012 is tidy now.",
    ])
    func staysQuietOnOrdinaryReviews(text: String) {
        #expect(detector.problems(in: text) == [])
    }

    @Test func offsetsAreUTF8Bytes() {
        let text = "Très bien — call 555-123-4567"
        let problem = detector.problems(in: text)[0]
        #expect(problem.offset == text.utf8.count - 12)
        #expect(problem.length == 12)
    }
}

@Suite struct HostAllowListTests {
    let list = HostAllowList(["amazon.com", "amazon.co.uk."])

    @Test(arguments: ["amazon.com", "AMAZON.COM", "www.amazon.com", "smile.amazon.com", "a.b.amazon.com",
                      "amazon.com.", "amazon.co.uk", "www.amazon.co.uk"])
    func allows(host: String) {
        #expect(list.allows(host: host))
    }

    @Test(arguments: ["notamazon.com", "amazon.com.evil.io", "amazon.co", "co.uk", "uk", "", "amazon.comx",
                      "xamazon.com", ".", "amazon.fr"])
    func rejects(host: String) {
        #expect(!list.allows(host: host))
    }

    @Test func emptyListAllowsNothing() {
        #expect(!HostAllowList([]).allows(host: "amazon.com"))
        #expect(!HostAllowList(["", "."]).allows(host: "amazon.com"))
    }
}

@testable import DocketValidation
import Testing

/// docket.yml values that reached the output before: a base_url with a password (on every
/// page), a query or a hidden character; folders with control characters, or that are the
/// site itself or overlap the content; a domain list entry that is no host name.
@Suite struct ConfigEdgeTests {
    private func diagnostics(_ config: String) throws -> [String] {
        let site = SiteFixture.valid()
        site.write("docket.yml", config)
        return try site.diagnostics()
    }

    @Test(arguments: [
        // Good: a port, a path, an IPv4 and an IPv6 host, a trailing dot.
        ("base_url: https://experts.example.com:8443/site/", nil),
        ("base_url: http://127.0.0.1:8080/", nil), ("base_url: http://[::1]:8080/", nil),
        ("base_url: https://experts.example.com./", nil),
        // User-info, with or without a password.
        ("base_url: https://admin:hunter2@experts.example.com/", "1:11"), ("base_url: https://admin@experts.example.com/", "1:11"),
        ("base_url: \"https://:pw@experts.example.com/\"", "1:11"),
        // Query, fragment, even empty.
        ("base_url: https://experts.example.com/?ref=x", "1:11"), ("base_url: https://experts.example.com/#top", "1:11"),
        ("base_url: https://experts.example.com/?", "1:11"),
        // Ports.
        ("base_url: https://experts.example.com:0/", "1:11"), ("base_url: https://experts.example.com:65536/", "1:11"),
        ("base_url: https://experts.example.com:99999999999999999999/", "1:11"), ("base_url: https://experts.example.com:/", "1:11"),
        ("base_url: https://experts.example.com:http/", "1:11"),
        // Hosts that are no names.
        ("base_url: https://-.com/", "1:11"), ("base_url: https://a-.example.com/", "1:11"), ("base_url: https://a..com/", "1:11"),
        ("base_url: https://exa_mple.com/", "1:11"),
        // Control and bidirectional characters (written as YAML escapes).
        ("base_url: \"https://experts.example.com/\\u202Egro\"", "1:11"), ("base_url: \"https://experts.example.com/\\u2066\"", "1:11"),
        ("base_url: \"https://experts.example.com/a\\x85b\"", "1:11"), ("base_url: \"https://experts.example.com/\\u200F\"", "1:11"),
    ] as [(String, String?)])
    func baseURL(config: String, error: String?) throws {
        #expect(try diagnostics(config) == (error.map { ["docket.yml:\($0): error [config.value]"] } ?? []))
    }

    /// The message never quotes the URL: it may hold a password.
    @Test func baseURLMessagesDoNotQuoteTheURL() throws {
        let site = SiteFixture.valid()
        site.write("docket.yml", "base_url: https://admin:hunter2@experts.example.com/")
        let messages = try site.validate().messages("config.value")
        #expect(messages == ["base_url may not hold a user name or password: it is published on every page"])
    }

    @Test(arguments: [
        ("output_dir: \"pub\\tlic\"", "1:13"), ("output_dir: \"pub\\u0085lic\"", "1:13"), ("output_dir: \"pub\\u202Elic\"", "1:13"),
        ("templates_dir: \"tem\\x7Fplates\"", "1:16"), ("content_dir: \"con\\ntent\"", "1:14"),
        // The site root itself, however written.
        ("output_dir: .", "1:13"), ("output_dir: ./.", "1:13"), ("output_dir: /", "1:13"),
        // The content or templates folder, inside one, or holding one.
        ("output_dir: content", "1:13"), ("output_dir: content/public", "1:13"), ("output_dir: ./templates", "1:13"),
        ("output_dir: site\ncontent_dir: site/content", "1:13"), ("content_dir: public", "1:14"),
        // Fine: beside them.
        ("output_dir: contents", nil), ("output_dir: build/site", nil),
    ] as [(String, String?)])
    func folders(config: String, error: String?) {
        // Read alone: a moved content folder would stop a whole validation before it.
        var reader = ConfigReader(path: "docket.yml")
        _ = reader.read(text: config)
        let found = reader.diagnostics.map { "\($0.file):\($0.position.line):\($0.position.column): \($0.severity.rawValue) [\($0.rule)]" }
        #expect(found == (error.map { ["docket.yml:\($0): error [config.value]"] } ?? []))
    }

    @Test(arguments: [
        ("review_link_domains: [-.com]", "1:23"), ("review_link_domains: [books-.example.com]", "1:23"),
        ("review_link_domains: [-books.example.com]", "1:23"), ("review_link_domains: [a..com]", "1:23"),
        ("review_link_domains: [books.example-shop.com]", nil),
    ] as [(String, String?)])
    func reviewLinkDomains(config: String, error: String?) throws {
        #expect(try diagnostics(config) == (error.map { ["docket.yml:\($0): error [config.value]"] } ?? []))
    }
}

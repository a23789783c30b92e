import DocketContent
@testable import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// docs/spec.md §1: docket.yml, every key optional; its problems are diagnostics at their position.
@Suite struct ConfigTests {
    private func site(config: String?, title: String? = nil) -> SiteFixture {
        let site = SiteFixture.valid()
        if let config { site.write("docket.yml", config) }
        if let title {
            site.write(SiteFixture.requestPath, ValidContent.request.replacingLine(
                "title: Harden the network of a small SaaS", with: "title: \(title)"))
        }
        return site
    }

    @Test func everyKeyIsReadWhenValid() throws {
        let site = site(config: """
        title: Cloudwright Experts
        base_url: https://experts.example.com
        language: en-GB
        content_dir: content
        templates_dir: site/templates
        output_dir: ./out
        page_size: 5
        limits:
          request.title: {min: 5, max: 200}
          review.text: {max: 300}
        review_link_domains: [example.com, Books.Example.org]
        pretty_urls: true
        max_file_size: 4096
        """)
        let result = try site.validate()
        #expect(result.diagnostics == [])
        let config = result.config
        #expect(config.title == "Cloudwright Experts")
        #expect(config.baseURL == "https://experts.example.com/")
        #expect(config.language == "en-GB")
        #expect(config.contentDir == "content")
        #expect(config.templatesDir == "site/templates")
        #expect(config.outputDir == "out")
        #expect(config.pageSize == 5)
        #expect(config.limits.limit(for: .requestTitle) == LengthLimit(min: 5, max: 200))
        #expect(config.limits.limit(for: .reviewText) == LengthLimit(min: 0, max: 300))
        #expect(config.reviewLinkDomains == ["example.com", "books.example.org"])
        #expect(config.prettyURLs == true)
        #expect(config.maxFileSize == 4096)
    }

    /// No docket.yml, an empty one, or one with only comments: every key has its default.
    @Test(arguments: [nil, "", "# nothing set yet\n", "---\n"] as [String?])
    func defaults(config: String?) throws {
        let result = try site(config: config).validate()
        #expect(result.diagnostics == [])
        #expect(result.config.pageSize == 20)
        #expect(result.config.language == "en")
        #expect(result.config.baseURL == nil)
        #expect(result.config.prettyURLs == false)
        #expect(result.config.reviewLinkDomains == ["amazon.com", "amazon.fr", "amazon.co.uk"])
        #expect(result.config.maxFileSize == 1 << 20)
        #expect(result.config.limits.limit(for: .requestTitle) == LengthLimit(min: 10, max: 140))
    }

    @Test func unknownKeyIsAnErrorAtItsPositionWithAHint() throws {
        let site = site(config: "title: Experts\npage_sise: 10\nfavicon: x.png")
        #expect(try site.diagnostics() == ["docket.yml:2:1: error [config.unknown-key]", "docket.yml:3:1: error [config.unknown-key]"])
        #expect(try site.validate().messages("config.unknown-key") == [
            "unknown key 'page_sise' in docket.yml; did you mean 'page_size'?",
            "unknown key 'favicon' in docket.yml",
        ])
    }

    // MARK: limits

    /// The title of the valid request at a given length, under a given `limits`.
    @Test(arguments: [
        (nil, 9, false), (nil, 10, true), (nil, 140, true), (nil, 141, false),
        ("{min: 5}", 5, true), ("{min: 5}", 4, false), ("{min: 5}", 140, true), ("{min: 5}", 141, false),
        ("{max: 200}", 200, true), ("{max: 200}", 201, false), ("{max: 200}", 10, true), ("{max: 200}", 9, false),
        ("{min: 5, max: 200}", 5, true), ("{min: 5, max: 200}", 4, false),
        ("{min: 5, max: 200}", 200, true), ("{min: 5, max: 200}", 201, false),
        ("{min: 0, max: 10}", 10, true), ("{min: 0, max: 10}", 11, false),
        ("{}", 9, false), ("{}", 10, true),
    ] as [(String?, Int, Bool)])
    func limitsOverrideTheTitleLength(limit: String?, length: Int, valid: Bool) throws {
        let site = site(config: limit.map { "limits:\n  request.title: \($0)" }, title: Text.of(length))
        #expect(try site.diagnostics() == (valid ? [] : ["\(SiteFixture.requestPath):1:8: error [request.title]"]))
    }

    @Test func overriddenLimitIsTheOneTheMessageGives() throws {
        let site = site(config: "limits:\n  request.title: {min: 5}", title: "Tiny")
        #expect(try site.validate().messages("request.title") == ["title must be at least 5 characters (has 4)"])
    }

    @Test func limitsApplyToEveryLengthRule() throws {
        // The valid fixture's review text has 49 characters and its description 83.
        let site = site(config: "limits:\n  review.text: {max: 48}\n  request.description: {min: 84}")
        #expect(try site.diagnostics() == [
            "content/firms/analytical.yml:6:11: error [review.text]",
            "content/requests/harden-network.yml:2:14: error [request.description]",
        ])
        let relaxed = self.site(config: "limits:\n  review.text: {max: 49}\n  request.description: {min: 83}")
        #expect(try relaxed.diagnostics() == [])
    }

    @Test(arguments: [
        // An id that is not a rule, or not a length rule.
        ("limits:\n  request.titel: {min: 5}", "2:3"),
        ("limits:\n  request.budget: {max: 5}", "2:3"),
        // min above max, given or by default (request.title's max is 140).
        ("limits:\n  request.title: {min: 50, max: 20}", "2:18"),
        ("limits:\n  request.title:\n    min: 150", "3:5"),
        // Not {min, max}.
        ("limits:\n  request.title: 5", "2:18"),
        ("limits:\n  request.title: {minimum: 5}", "2:19"),
        ("limits: [request.title]", "1:9"),
    ])
    func badLimits(config: String, position: String) throws {
        #expect(try site(config: config).diagnostics() == ["docket.yml:\(position): error [config.limits]"])
    }

    @Test func unknownLimitSuggestsTheRule() throws {
        let site = site(config: "limits:\n  request.titel: {min: 5}")
        #expect(try site.validate().messages("config.limits")
            == ["limits names 'request.titel', which is not a length rule; did you mean 'request.title'?"])
    }

    @Test func aLimitThatIsNotAWholeNumberIsABadValue() throws {
        #expect(try site(config: "limits:\n  request.title: {min: 5.5}").diagnostics() == ["docket.yml:2:24: error [config.value]"])
    }

    @Test func badLimitKeepsTheDefault() throws {
        let site = site(config: "limits:\n  request.title: {min: 50, max: 20}", title: Text.of(9))
        #expect(try site.diagnostics() == ["\(SiteFixture.requestPath):1:8: error [request.title]", "docket.yml:2:18: error [config.limits]"])
    }

    // MARK: Other keys

    @Test(arguments: [
        ("page_size: 1", nil), ("page_size: 20", nil), ("page_size: 0", "1:12"), ("page_size: -1", "1:12"),
        ("page_size: \"20\"", "1:12"), ("page_size: twenty", "1:12"), ("page_size: 2.5", "1:12"), ("page_size:", "1:11"),
        ("page_size: [20]", "1:12"),
        ("base_url: https://experts.example.com", nil), ("base_url: http://localhost:8080/site/", nil),
        ("base_url: experts.example.com", "1:11"), ("base_url: ftp://experts.example.com", "1:11"),
        ("base_url: /site/", "1:11"), ("base_url: https://", "1:11"), ("base_url: \"\"", "1:11"),
        ("language: fr", nil), ("language: en-GB", nil), ("language: english", "1:11"), ("language: en_GB", "1:11"),
        ("pretty_urls: false", nil), ("pretty_urls: maybe", "1:14"), ("pretty_urls: \"true\"", "1:14"),
        ("title: \"\"", "1:8"), ("title: [a]", "1:8"),
        ("output_dir: ../public", "1:13"), ("output_dir: /tmp/public", "1:13"), ("templates_dir: a/../../b", "1:16"),
        ("review_link_domains: amazon.com", "1:22"), ("review_link_domains: [\"not a domain\"]", "1:23"),
        ("review_link_domains: [localhost]", "1:23"), ("review_link_domains: []", nil),
        ("max_file_size: 0", "1:16"), ("max_file_size: 1k", "1:16"),
    ] as [(String, String?)])
    func keyValues(config: String, error: String?) throws {
        #expect(try site(config: config).diagnostics() == (error.map { ["docket.yml:\($0): error [config.value]"] } ?? []))
    }

    @Test func contentDirMovesTheContent() throws {
        let site = SiteFixture()
        site.write("docket.yml", "content_dir: site/content")
        for (path, text) in ValidContent.files {
            site.write(path.replacingOccurrences(of: "content/", with: "site/content/"), text)
        }
        site.write("site/content/requests/harden-network.yml", ValidContent.request.replacingLine(
            "title: Harden the network of a small SaaS", with: "title: Short"))
        #expect(try site.diagnostics() == ["site/content/requests/harden-network.yml:1:8: error [request.title]"])
    }

    @Test func missingContentFolderIsASetupErrorNotADiagnostic() {
        let site = SiteFixture()
        site.write("docket.yml", "content_dir: nowhere")
        #expect(throws: DocketError.self) { try site.validate() }
    }

    @Test func explicitConfigFileThatDoesNotExistIsASetupError() {
        let site = SiteFixture.valid()
        #expect(throws: DocketError.self) { try site.validate(configFile: site.root + "/missing.yml") }
    }

    @Test func explicitConfigFileIsUsed() throws {
        let site = site(config: nil, title: "Tiny")
        site.write("config/site.yml", "limits:\n  request.title: {min: 4}")
        #expect(try site.diagnostics() == ["\(SiteFixture.requestPath):1:8: error [request.title]"])
        #expect(try site.validate(configFile: site.root + "/config/site.yml").diagnostics == [])
    }

    // MARK: A docket.yml that cannot be read

    @Test(arguments: [
        ("- title\n- page_size", "1:1", "config.syntax"),
        ("just some words", "1:1", "config.syntax"),
        ("title: [unclosed\npage_size: 5", "2:10", "yaml.syntax"),
        ("title: a\ntitle: b", "2:1", "yaml.duplicate-key"),
        ("title: !!str Experts", "1:8", "yaml.tag"),
    ])
    func unreadableConfig(config: String, position: String, rule: String) throws {
        #expect(try site(config: config).diagnostics() == ["docket.yml:\(position): error [\(rule)]"])
    }

    @Test func configThatIsNotUTF8IsAnEncodingError() throws {
        let site = SiteFixture.valid()
        site.write("docket.yml", bytes: Array("title: Caf".utf8) + [0xE9] + Array("\n".utf8))
        #expect(try site.diagnostics() == ["docket.yml:1:11: error [file.encoding]"])
    }

    @Test func configProblemsAndContentProblemsAreReportedTogether() throws {
        let site = site(config: "page_size: 0", title: "Tiny")
        #expect(try site.diagnostics() == [
            "\(SiteFixture.requestPath):1:8: error [request.title]",
            "docket.yml:1:12: error [config.value]",
        ])
    }
}

import DocketContent
import DocketDomain
import DocketSite
import DocketValidation
import Foundation
import Testing

/// The built-in templates on the sample site of this repository: structure that holds
/// whatever the content says (one h1, headings in order outside written text, unique ids,
/// relative links), and the display rules of docs/spec.md §3 and §5.
@Suite struct BuiltInTemplateTests {
    static let siteRoot = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().path

    static let pages: [String: String] = {
        let result = try! SiteValidation.run(siteRoot: SiteRoot(siteRoot), buildTime: try! ISODate.parse("2026-11-22").get())
        let builder = SiteBuilder(result: result, siteRoot: SiteRoot(siteRoot), templates: try! TemplateSet.load(overrides: nil))
        let files = try! builder.files().files
        return files.filter { $0.key.hasSuffix(".html") }.mapValues { String(decoding: $0, as: UTF8.self) }
    }()

    static func matches(_ pattern: String, in text: String) -> [[String]] {
        let regex = try! NSRegularExpression(pattern: pattern)
        return regex.matches(in: text, range: NSRange(text.startIndex..., in: text)).map { match in
            (0..<match.numberOfRanges).map { Range(match.range(at: $0), in: text).map { String(text[$0]) } ?? "" }
        }
    }

    /// The page without the pre-rendered markdown sections, whose headings the content decides.
    static func withoutProse(_ html: String) -> String {
        html.replacingOccurrences(of: #"<section class="prose[^"]*"[^>]*>.*?</section>"#, with: "", options: [.regularExpression, .caseInsensitive])
            .replacingOccurrences(of: "\n", with: " ")
    }

    @Test func everyPageHasOneH1AndHeadingsInOrder() {
        #expect(Self.pages.count > 20)
        for (file, html) in Self.pages {
            let levels = Self.matches(#"<h([1-6])[ >]"#, in: Self.withoutProse(html.replacingOccurrences(of: "\n", with: " "))).map { Int($0[1])! }
            #expect(levels.filter { $0 == 1 }.count == 1, "\(file): \(levels)")
            #expect(levels.first == 1, "\(file)")
            for (a, b) in zip(levels, levels.dropFirst()) {
                #expect(b <= a + 1, "\(file): h\(a) then h\(b)")
            }
        }
    }

    @Test func idsAreUniqueAndLinksRelative() {
        for (file, html) in Self.pages {
            let ids = Self.matches(#" id="([^"]+)""#, in: html).map { $0[1] }
            #expect(Set(ids).count == ids.count, "\(file): \(ids)")
            for link in Self.matches(#" (?:href|src)="([^"]*)""#, in: html).map({ $0[1] }) {
                let external = link.hasPrefix("https://") || link.hasPrefix("http://") || link.hasPrefix("mailto:")
                let isCanonical = html.contains("<link rel=\"canonical\" href=\"\(link)\"")
                #expect(!link.hasPrefix("/"), "\(file): \(link)")
                #expect(external || isCanonical || link.hasPrefix("#") || !link.contains(":"), "\(file): \(link)")
            }
            // The only script is the JSON-LD data block, which browsers never run.
            #expect(!html.replacingOccurrences(of: #"<script type="application/ld+json">"#, with: "").contains("<script"), "\(file)")
            #expect(!html.contains(" style="), "\(file)")
        }
    }

    @Test func landmarksSkipLinkAndCurrentNavigation() {
        for (file, html) in Self.pages {
            #expect(html.contains(##"<a class="skip-link" href="#main">"##), "\(file)")
            #expect(html.components(separatedBy: "<main").count == 2, "\(file)")
            #expect(html.contains(#"<nav class="site-nav" aria-label="Main">"#), "\(file)")
        }
        #expect(Self.pages["experts/index.html"]!.contains(#"aria-current="page">Experts</a>"#))
        #expect(Self.pages["experts/maya-okafor/index.html"]!.contains(#"aria-current="true">Experts</a>"#))
        #expect(Self.pages["experts/maya-okafor/index.html"]!.contains(#"<span aria-current="page">Maya Okafor</span>"#))
    }

    @Test func ratingsReadAsTextWithStarsHidden() throws {
        let firm = try #require(Self.pages["firms/fenwick-stack/index.html"])
        #expect(firm.contains(#"<span class="stars" aria-hidden="true">★★★☆☆</span> <span class="rating-text">3 out of 5 stars</span>"#))
        #expect(firm.contains("Average rating 4.0 out of 5 from 2 reviews"))
        let expert = try #require(Self.pages["experts/maya-okafor/index.html"])
        #expect(expert.contains("from 1 review."))
        #expect(!expert.contains("1 reviews"))
    }

    @Test func proposalsArePrintableDocuments() throws {
        let proposal = try #require(Self.pages["proposals/ecs-fargate-replatform/index.html"])
        #expect(proposal.contains(#"<meta name="robots" content="noindex">"#))
        #expect(proposal.contains("approved automatically on 2026-11-14"))
        #expect(proposal.contains("<caption>"))
        #expect(proposal.contains(#"<th scope="col">"#))
        #expect(proposal.contains(#"<th scope="row""#))
        let completed = try #require(Self.pages["proposals/aurora-major-version-upgrade/index.html"])
        #expect(completed.contains("revoked automatically when the proposal was completed"))
        #expect(completed.contains(">Completed</span>"))
    }

    @Test func timeElementsHoldISODates() {
        for (file, html) in Self.pages {
            for datetime in Self.matches(#"<time datetime="([^"]*)">"#, in: html).map({ $0[1] }) {
                #expect(datetime.range(of: #"^\d{4}-\d{2}-\d{2}$"#, options: .regularExpression) != nil, "\(file): \(datetime)")
            }
        }
    }

    @Test func noPrivateFieldReachesAPage() throws {
        let content = try FileManager.default.subpathsOfDirectory(atPath: Self.siteRoot + "/content")
            .filter { $0.hasSuffix(".yml") || $0.hasSuffix(".json") }
            .map { try String(contentsOfFile: Self.siteRoot + "/content/" + $0, encoding: .utf8) }
            .joined(separator: "\n")
        let emails = Self.matches(#"[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\.[A-Za-z]{2,}"#, in: content).map { $0[0] }
        #expect(!emails.isEmpty)
        for (file, html) in Self.pages {
            for email in emails { #expect(!html.contains(email), "\(file): \(email)") }
            #expect(!html.contains("would_work_again"), "\(file)")
            #expect(!html.lowercased().contains("would work again"), "\(file)")
        }
    }
}

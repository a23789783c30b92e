import DocketCheck
import DocketSite
import Foundation
import Testing

/// What `docket check` catches in a built site (issue 13, docs/checks.md): each case is a
/// real build with one page tampered with, or a user template, and is reported on its file
/// with its rule, and on no other file.
@Suite struct SiteCheckTests {
    static let page = "firms/analytical/index.html"

    struct Tampering: CustomTestStringConvertible, Sendable {
        let label: String
        /// Put before `</main>` of `SiteCheckTests.page`.
        let html: String
        /// Every rule reported, once per problem, in order.
        let rules: [String]
        /// What the message says, when the rule alone does not tell the case apart.
        var says: String?
        var testDescription: String { label }
    }

    static let tamperings: [Tampering] = [
        Tampering(label: "style @import", html: "<style>@import \"https://cdn.example.com/a.css\";</style>", rules: ["check.external"]),
        Tampering(label: "style @import url()", html: "<style>\n@import url(//cdn.example.com/a.css);\n</style>", rules: ["check.external"]),
        Tampering(label: "style url()", html: "<style>p { background: url('https://cdn.example.com/b.png') }</style>", rules: ["check.external"]),
        Tampering(label: "style @import then url()", html: "<style>@import 'https://a.example/x.css'; p { background: URL(https://b.example/y.png) }</style>",
                  rules: ["check.external", "check.external"]),
        Tampering(label: "style url() of a missing file", html: "<style>p { background: url(../../media/none.png) }</style>", rules: ["check.link"]),
        Tampering(label: "style attribute url()", html: "<p style=\"background: url(/media/x.png)\">x</p>", rules: ["check.link"]),
        Tampering(label: "meta refresh", html: "<meta http-equiv=\"Refresh\" content=\"0; url=https://elsewhere.example/\">", rules: ["check.refresh"]),
        Tampering(label: "ping", html: "<a href=\"../../index.html\" ping=\"https://track.example/hit\">home</a>", rules: ["check.ping"]),
        Tampering(label: "form action elsewhere", html: "<form action=\"https://collect.example/f\"><button>Send</button></form>", rules: ["check.form"]),
        Tampering(label: "form action on the site", html: "<form action=\"../../index.html\"><button>Send</button></form>", rules: ["check.form"]),
        Tampering(label: "formaction", html: "<form><button formaction=\"https://collect.example/f\">Send</button></form>", rules: ["check.form"]),
        Tampering(label: "folder without index.html", html: "<a href=\"../../media/\">media</a>", rules: ["check.link"],
                  says: "points at ../../media/, a folder without index.html"),
        Tampering(label: "folder link without pretty_urls", html: "<a href=\"../../experts/\">experts</a>", rules: ["check.link"],
                  says: "points at ../../experts/, a folder: opened from disk it shows no page"),
    ]

    /// The valid site built with a photo, so that `media/` is a folder without index.html.
    static func built(config: String = "base_url: https://example.org/\n") throws -> (SiteFixture, BuiltSite) {
        let site = SiteFixture.valid()
        site.write("docket.yml", config)
        site.write("content/media/ada.png", bytes: Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + Array(repeating: 0, count: 24)))
        let expert = site.read("content/experts/ada.yml")
        site.write("content/experts/ada.yml", expert.replacingOccurrences(of: "hourly_rate: 120", with: "hourly_rate: 120\nphoto: ada.png"))
        return (site, try site.build())
    }

    static func check(_ site: SiteFixture, _ built: BuiltSite, prettyURLs: Bool = false) throws -> [CheckProblem] {
        let result = try site.validate()
        return SiteChecker(root: built.root, privateValues: PrivateValues.emails(in: result), baseURL: result.config.baseURL,
                           prettyURLs: prettyURLs).run()
    }

    @Test func theBuiltSitePassesUntouched() throws {
        let (site, built) = try Self.built()
        defer { site.delete() }
        #expect(built.isFolder("media") && !built.exists("media/index.html"))
        #expect(try Self.check(site, built).map(\.description) == [])
    }

    @Test func theSampleSitePasses() throws {
        let sample = SiteFixture.sample()
        defer { sample.delete() }
        let built = try sample.build()
        #expect(try Self.check(sample, built).map(\.description) == [])
    }

    @Test(arguments: tamperings)
    func aTamperedPageIsReported(_ tampering: Tampering) throws {
        let (site, built) = try Self.built()
        defer { site.delete() }
        let path = built.root + "/" + Self.page
        let html = try String(contentsOfFile: path, encoding: .utf8)
        let line = html[..<html.range(of: "</main>")!.lowerBound].count { $0 == "\n" } + 1
        try html.replacingOccurrences(of: "</main>", with: tampering.html + "</main>").write(toFile: path, atomically: true, encoding: .utf8)
        let problems = try Self.check(site, built)
        #expect(problems.map(\.rule) == tampering.rules, "\(problems.map(\.description))")
        #expect(problems.allSatisfy { $0.file == Self.page }, "\(problems.map(\.description))")
        if let says = tampering.says { #expect(problems.allSatisfy { $0.message.contains(says) }, "\(problems.map(\.description))") }
        // On the line of the CSS rule for a <style> spread over lines, else of the element.
        let expected = tampering.html.hasPrefix("<style>\n") ? line + 1 : line
        #expect(problems.allSatisfy { $0.line == expected }, "\(problems.map(\.description)), expected line \(expected)")
    }

    /// With pretty_urls, a folder link is what the site's own links are; it must still hold
    /// an index.html.
    @Test func prettyURLsAllowFoldersThatHoldAnIndex() throws {
        let (site, built) = try Self.built(config: "base_url: https://example.org/\npretty_urls: true\n")
        defer { site.delete() }
        #expect(try Self.check(site, built, prettyURLs: true).map(\.description) == [])
        let path = built.root + "/" + Self.page
        let html = try String(contentsOfFile: path, encoding: .utf8)
        try html.replacingOccurrences(of: "</main>", with: "<a href=\"../../media/\">m</a></main>").write(toFile: path, atomically: true, encoding: .utf8)
        let problems = try Self.check(site, built, prettyURLs: true)
        #expect(problems.map(\.rule) == ["check.link"] && problems.first?.message.contains("without index.html") == true, "\(problems)")
    }

    /// A private address in a file's or folder's name publishes it as surely as a page that
    /// shows it; the report masks it in the file name too.
    @Test(arguments: ["media/ada@example.com.png", "experts/ADA%40example.com/index.html", "media/jeanne@example.com/"])
    func aPrivateAddressInANameIsReported(name: String) throws {
        let (site, built) = try Self.built()
        defer { site.delete() }
        if name.hasSuffix("/") {
            try FileManager.default.createDirectory(atPath: built.root + "/" + name, withIntermediateDirectories: true)
        } else {
            let file = built.root + "/" + name
            try FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            #expect(FileManager.default.createFile(atPath: file, contents: Data("x".utf8)))
        }
        let problems = try Self.check(site, built)
        #expect(problems.map(\.rule) == ["check.private-data"], "\(problems.map(\.description))")
        let report = problems.map(\.description).joined(separator: "\n").lowercased()
        // Not even the domain is shown: the file is named with the address replaced.
        #expect(report.contains("[private]"), "\(report)")
        for address in ["ada@example.com", "jeanne@example.com", "ada%40example.com", "example.com"] {
            #expect(!report.contains(address), "the report publishes \(address): \(report)")
        }
    }

    /// A stylesheet of templates/assets: each load on its line, comments skipped, local
    /// files that exist accepted.
    @Test func aStylesheetsLoadsAreCheckedOnTheirLines() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("docket.yml", "base_url: https://example.org/\n")
        site.write("templates/assets/fonts/body.woff2", "font")
        site.write("templates/assets/extra.css", """
        /* @import "https://commented.example/x.css"; url(https://commented.example/x.woff) */
        @font-face { font-family: Body; src: url(fonts/body.woff2) format("woff2"); }
        @font-face { font-family: Gone; src: url("fonts/none.woff2"); }
        p { background: url(data:image/gif;base64,R0lGODlhAQABAAAAACw=) } li { background: url(https://cdn.example.com/p.png) }

        """)
        let built = try site.build()
        let problems = try Self.check(site, built)
        #expect(problems.map { "\($0.file):\($0.line ?? 0) \($0.rule)" } == ["assets/extra.css:3 check.link", "assets/extra.css:4 check.external"],
                "\(problems.map(\.description))")
    }

    /// The same loads written by a user template rather than tampered in afterwards.
    @Test func aUserTemplatesStyleImportIsReported() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("docket.yml", "base_url: https://example.org/\n")
        site.write("templates/firm.mustache", """
        {{<layout}}{{$main}}
        <style>
          @import url("https://fonts.example.com/css?family=Inter");
        </style>
        <h1>{{name}}</h1>
        {{/main}}{{/layout}}
        """)
        let built = try site.build()
        let problems = try Self.check(site, built)
        #expect(problems.map(\.rule) == ["check.external"], "\(problems.map(\.description))")
        #expect(problems.first?.file == Self.page)
        #expect(problems.first?.message.contains("https://fonts.example.com/css?family=Inter") == true)
    }

    /// A FIFO in the output is reported, not read: opening it for reading would block the
    /// check for ever (issue 13, point 7).
    @Test(.timeLimit(.minutes(1))) func aFIFOInTheOutputIsReportedNotRead() throws {
        let (site, built) = try Self.built()
        defer { site.delete() }
        #expect(mkfifo(built.root + "/stuck.html", 0o644) == 0)
        let problems = try Self.check(site, built)
        #expect(problems.map(\.rule) == ["check.unreadable"], "\(problems.map(\.description))")
        #expect(problems.first?.message.contains("FIFO") == true)
    }

    /// The checker looks for every private value validation knows, the request's
    /// customer e-mail as well as the expert's.
    @Test func everyPrivateValueOfTheContentIsLookedFor() throws {
        let (site, built) = try Self.built()
        defer { site.delete() }
        let values = PrivateValues.emails(in: try site.validate())
        #expect(values.contains("ada@example.com") && values.contains("jeanne@example.com"), "\(values)")
    }

    /// What validation reads, the check reads: an address split by an invisible character,
    /// or percent-encoded beside a stray `%` (review findings).
    @Test(arguments: ["ada\u{2060}@example.com", "ada@exa\u{200B}mple.com", "ada@example\u{00AD}.com", "100% sure: ada%40example.com"])
    func anAddressHiddenFromASimpleSearchIsFound(shown: String) throws {
        let (site, built) = try Self.built()
        defer { site.delete() }
        let file = built.root + "/" + Self.page
        let page = try String(contentsOfFile: file, encoding: .utf8)
        try page.replacingOccurrences(of: "</main>", with: "<p>\(shown)</p></main>").write(toFile: file, atomically: false, encoding: .utf8)
        let problems = try Self.check(site, built)
        #expect(problems.map(\.rule).contains("check.private-data"), "\(problems.map(\.description))")
        #expect(!problems.map(\.description).joined().contains("example.com"))
    }
}

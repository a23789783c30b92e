import DocketContent
@testable import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// docs/spec.md §1 and §6: how content files are found, read and parsed, and how their problems
/// are reported: all of them, sorted, at the parser's position.
@Suite struct LoadingTests {
    static let request = SiteFixture.requestPath

    @Test func validFixtureHasNoDiagnosticsAtAll() throws {
        let result = try SiteFixture.valid().validate()
        #expect(result.diagnostics == [])
        #expect(result.documents.count == 4)
    }

    // MARK: YAML and JSON alike

    /// The valid request's fields, one per line, as YAML (`key: value`) and as JSON (one
    /// `"key": value` per line after the opening brace).
    static let requestFields: [(key: String, yaml: String, json: String)] = [
        ("title", "Harden the network of a small SaaS", "\"Harden the network of a small SaaS\""),
        ("description", "We run three services in one account and want the network reviewed before an audit.",
         "\"We run three services in one account and want the network reviewed before an audit.\""),
        ("budget", "1000-10000", "\"1000-10000\""),
        ("country", "FR", "\"FR\""),
        ("name", "Jeanne", "\"Jeanne\""),
        ("email", "jeanne@example.com", "\"jeanne@example.com\""),
        ("created", "2026-10-01", "\"2026-10-01\""),
        ("responses", "[ada]", "[\"ada\"]"),
    ]

    static func yaml(_ fields: [(key: String, yaml: String, json: String)]) -> String {
        fields.map { "\($0.key): \($0.yaml)" }.joined(separator: "\n")
    }

    static func json(_ fields: [(key: String, yaml: String, json: String)]) -> String {
        "{\n" + fields.map { "  \"\($0.key)\": \($0.json)" }.joined(separator: ",\n") + "\n}"
    }

    /// One mistake, written in each format: the same rule, at the same value. A field on
    /// line n of the YAML (value at column key+3) is on line n+1 of the JSON (key+7).
    @Test(arguments: [
        ("title", "Short", "\"Short\"", "request.title"),
        ("title", "[a, b]", "[\"a\", \"b\"]", "request.title"),
        ("budget", "lots", "\"lots\"", "request.budget"),
        ("country", "fr", "\"fr\"", "request.country"),
        ("name", "\"\"", "\"\"", "request.name"),
        ("email", "jeanne@", "\"jeanne@\"", "request.email"),
        ("created", "2026-13-01", "\"2026-13-01\"", "request.created"),
        ("responses", "ada", "\"ada\"", "request.responses"),
    ])
    func yamlAndJSONReportTheSameRule(key: String, yaml: String, json: String, rule: String) throws {
        let fields = Self.requestFields.map { $0.key == key ? (key, yaml, json) : $0 }
        let line = Self.requestFields.firstIndex { $0.key == key }! + 1
        let yamlSite = SiteFixture.valid(replacing: Self.request, with: Self.yaml(fields))
        let jsonSite = SiteFixture.valid()
        jsonSite.remove(Self.request)
        jsonSite.write("content/requests/harden-network.json", Self.json(fields))
        // Responses that cannot be read leave the proposal's warning out, in both formats.
        #expect(try yamlSite.diagnostics() == ["\(Self.request):\(line):\(key.count + 3): error [\(rule)]"])
        #expect(try jsonSite.diagnostics() == ["content/requests/harden-network.json:\(line + 1):\(key.count + 7): error [\(rule)]"])
    }

    @Test func unknownKeyInJSONIsAtTheKey() throws {
        let site = SiteFixture.valid()
        site.remove(Self.request)
        site.write("content/requests/harden-network.json", Self.json(Self.requestFields + [("budjet", "", "\"100-1000\"")]))
        #expect(try site.diagnostics() == ["content/requests/harden-network.json:10:3: error [schema.unknown-key]"])
    }

    @Test func jsonTypesAreStrictWhereYAMLIsNot() throws {
        // A JSON number is not text; the same digits in YAML are a plain scalar, which is.
        let fields = Self.requestFields.map { $0.key == "title" ? ("title", "1234567890", "1234567890") : $0 }
        let site = SiteFixture.valid()
        site.remove(Self.request)
        site.write("content/requests/harden-network.json", Self.json(fields))
        #expect(try site.diagnostics() == ["content/requests/harden-network.json:2:12: error [request.title]"])
        #expect(try SiteFixture.valid(replacing: Self.request, with: Self.yaml(fields)).diagnostics() == [])
    }

    // MARK: Byte order mark and CRLF

    static let crlfRequest = Self.yaml(Self.requestFields.map {
        switch $0.key {
        case "title": return ("title", "Short", "")
        case "description": return ("description", "Please write to jeanne@example.org about the audit soon.", "")
        case "budget": return ("budget", "lots", "")
        default: return $0
        }
    }).replacingOccurrences(of: "\n", with: "\r\n") + "\r\n"

    @Test(arguments: [false, true])
    func byteOrderMarkAndCRLFKeepPositions(withBOM: Bool) throws {
        let site = SiteFixture.valid()
        site.write(Self.request, bytes: (withBOM ? [0xEF, 0xBB, 0xBF] : []) + Array(Self.crlfRequest.utf8))
        #expect(try site.diagnostics() == [
            "\(Self.request):1:8: error [request.title]",
            "\(Self.request):2:30: warning [request.contact-details]",
            "\(Self.request):3:9: error [request.budget]",
        ])
    }

    @Test func byteOrderMarkAndCRLFInJSON() throws {
        let site = SiteFixture.valid()
        site.remove(Self.request)
        let fields = Self.requestFields.map { $0.key == "budget" ? ("budget", "", "\"lots\"") : $0 }
        let text = Self.json(fields).replacingOccurrences(of: "\n", with: "\r\n")
        site.write("content/requests/harden-network.json", bytes: [0xEF, 0xBB, 0xBF] + Array(text.utf8))
        #expect(try site.diagnostics() == ["content/requests/harden-network.json:4:13: error [request.budget]"])
    }

    @Test func crlfInsideABlockScalarKeepsPositionsInside() throws {
        let request = ValidContent.request.replacingLine(
            "description: We run three services in one account and want the network reviewed before an audit.",
            with: "description: |\n  We run three services in one account and\n  want a review; call +33 1 23 45 67 89 today.")
        let site = SiteFixture.valid()
        site.write(Self.request, request.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(try site.diagnostics() == ["\(Self.request):4:23: warning [request.contact-details]"])
    }

    // MARK: Files that cannot be read or parsed

    @Test func malformedFilesAreReportedAndTheOthersStillChecked() throws {
        let site = SiteFixture.valid()
        site.write(Self.request, "title: Harden the network\nbudget: [1000-10000\ncountry: FR\n")
        site.write("content/firms/broken.json", "{\"name\": \"Broken\", \"country\": \"FR\",}")
        site.write(SiteFixture.expertPath, ValidContent.expert.replacingLine("name: Ada Byron", with: "name: \(Text.of(31))"))
        let result = try site.validate()
        #expect(result.diagnostics.map { "\($0.file):\($0.position): \($0.rule)" } == [
            "content/experts/ada.yml:1:7: expert.name",
            "content/firms/broken.json:1:35: json.syntax",
            "content/requests/harden-network.yml:3:8: yaml.syntax",
        ])
        // The unreadable request still exists: the proposal that names it is not told otherwise.
        #expect(result.documents.count == 3)
    }

    @Test(arguments: [
        ("content/requests/harden-network.yml", "", "1:1", "yaml.syntax"),
        ("content/requests/harden-network.yml", "# only a comment\n", "1:1", "yaml.syntax"),
        ("content/requests/harden-network.json", "", "1:1", "json.syntax"),
        ("content/requests/harden-network.json", "{\n  \"title\": \"x\"\n  \"budget\": \"lots\"\n}", "3:3", "json.syntax"),
        ("content/requests/harden-network.json", "{\"title\": 'x'}", "1:11", "json.syntax"),
        ("content/requests/harden-network.yml", "title: a\nbudget: b\ntitle: c\n", "3:1", "yaml.duplicate-key"),
        ("content/requests/harden-network.json", "{\"title\": \"a\", \"title\": \"b\"}", "1:16", "json.duplicate-key"),
        ("content/requests/harden-network.yml", "title: a\n---\ntitle: b\n", "2:1", "yaml.syntax"),
        ("content/requests/harden-network.yml", "title: !!str Harden the network\n", "1:8", "yaml.tag"),
        ("content/requests/harden-network.yml", "title: " + String(repeating: "[", count: 250) + String(repeating: "]", count: 250),
         "1:207", "yaml.depth"),
        ("content/requests/harden-network.json", "{\"title\": " + String(repeating: "[", count: 250) + String(repeating: "]", count: 250) + "}",
         "1:210", "json.depth"),
    ])
    func parserErrorsAreAtTheParsersPosition(path: String, text: String, position: String, rule: String) throws {
        let site = SiteFixture.valid()
        site.remove(Self.request)
        site.write(path, text)
        #expect(try site.diagnostics() == ["\(path):\(position): error [\(rule)]"])
    }

    @Test func invalidUTF8IsAnEncodingErrorNamingTheFileAndPlace() throws {
        let site = SiteFixture.valid()
        let bytes = Array("title: Harden the network\ndescription: Caf".utf8) + [0xE9] + Array(" au lait\n".utf8)
        site.write(Self.request, bytes: bytes)
        let result = try site.validate()
        #expect(result.diagnostics.map { "\($0.file):\($0.position): \($0.severity) [\($0.rule)]" }
            == ["\(Self.request):2:17: error [file.encoding]"])
        #expect(result.diagnostics.first?.message == "the file is not valid UTF-8: bad byte sequence 0xE9 0x20 at byte offset 42")
    }

    // MARK: Size cap

    /// A valid firm padded with a comment to exactly `size` bytes.
    static func firm(size: Int) -> [UInt8] {
        let head = Array("name: Tiny\ncountry: US\n#".utf8)
        return head + Array(repeating: UInt8(ascii: "x"), count: size - head.count - 1) + [UInt8(ascii: "\n")]
    }

    /// The fixture's own files are all under 4096 bytes.
    @Test(arguments: [(nil, 1 << 20, false), (nil, (1 << 20) + 1, true), (4096, 4096, false), (4096, 4097, true)] as [(Int?, Int, Bool)])
    func filesOverTheCapAreRefused(cap: Int?, size: Int, refused: Bool) throws {
        let site = SiteFixture.valid()
        if let cap { site.write("docket.yml", "max_file_size: \(cap)") }
        site.write("content/firms/padded.yml", bytes: Self.firm(size: size))
        let result = try site.validate()
        #expect(result.diagnostics.map { "\($0.file):\($0.position): \($0.rule)" }
            == (refused ? ["content/firms/padded.yml:1:1: file.too-large"] : []))
        if refused {
            #expect(result.messages("file.too-large")
                == ["file is \(size) bytes; content files may be at most \(cap ?? 1 << 20) bytes (max_file_size)"])
        }
    }

    @Test func aHugeSparseFileIsRefusedWithoutBeingRead() throws {
        let site = SiteFixture.valid()
        let path = site.root + "/content/firms/huge.yml"
        site.write("content/firms/huge.yml", "")
        let handle = try FileHandle(forWritingTo: URL(fileURLWithPath: path))
        try handle.truncate(atOffset: 2 << 30)
        try handle.close()
        let clock = ContinuousClock()
        var diagnostics: [String] = []
        let elapsed = try clock.measure { diagnostics = try site.diagnostics() }
        #expect(diagnostics == ["content/firms/huge.yml:1:1: error [file.too-large]"])
        #expect(elapsed < .seconds(2), "took \(elapsed): the file was read")
    }

    // MARK: Hostile YAML

    @Test func billionLaughsIsRefused() throws {
        let letters = ["b", "c", "d", "e", "f", "g", "h", "i"]
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for (index, letter) in letters.enumerated() {
            let previous = index == 0 ? "a" : letters[index - 1]
            lines.append("\(letter): &\(letter) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        let site = SiteFixture.valid(replacing: Self.request, with: lines.joined(separator: "\n"))
        let clock = ContinuousClock()
        var diagnostics: [String] = []
        let elapsed = try clock.measure { diagnostics = try site.diagnostics() }
        // Expansion passes 100,000 nodes at the first alias of f (line 6).
        #expect(diagnostics == ["\(Self.request):6:8: error [yaml.alias-limit]"])
        #expect(elapsed < .seconds(2))
    }

    @Test func aliasesWithinTheBudgetAreReadAsTheValueTheyName() throws {
        let shared = ValidContent.request.replacingLine("name: Jeanne", with: "name: &who ada").replacingLine("  - ada", with: "  - *who")
        #expect(try SiteFixture.valid(replacing: Self.request, with: shared).diagnostics() == [])
        let request = ValidContent.request.replacingLine("name: Jeanne", with: "name: &who Jeanne").appending("  - *who")
        // Reported where the value is written (5:12): 'Jeanne' is not an expert slug.
        #expect(try SiteFixture.valid(replacing: Self.request, with: request).diagnostics()
            == ["\(Self.request):5:12: error [request.responses]"])
    }

    // MARK: Symbolic links are never followed

    @Test func symlinksUnderContentAreRefusedAndNotFollowed() throws {
        let elsewhere = SiteFixture()
        elsewhere.write("secret.yml", "title: SECRET-TITLE\n")
        elsewhere.write("folder/secret.yml", "title: SECRET-TITLE\n")
        let site = SiteFixture.valid()
        site.symlink("content/requests/linked.yml", to: elsewhere.root + "/secret.yml")
        site.symlink("content/requests/linked-folder", to: elsewhere.root + "/folder")
        site.symlink("content/extra", to: elsewhere.root + "/folder")
        site.symlink("content/experts/loop.yml", to: site.root + "/content/experts/loop.yml")
        let result = try withExtendedLifetime(elsewhere) { try site.validate() }
        #expect(result.diagnostics.map { "\($0.file):\($0.position): \($0.severity) [\($0.rule)]" } == [
            "content/experts/loop.yml:1:1: error [file.symlink]",
            "content/extra:1:1: error [file.symlink]",
            "content/requests/linked-folder:1:1: error [file.symlink]",
            "content/requests/linked.yml:1:1: error [file.symlink]",
        ])
        #expect(result.documents.count == 4)
        #expect(!result.diagnostics.contains { $0.message.contains("SECRET") })
    }

    @Test func aSymlinkedTypeFolderIsRefusedWhole() throws {
        let elsewhere = SiteFixture()
        elsewhere.write("firms/analytical.yml", ValidContent.firm)
        let site = SiteFixture.valid()
        site.remove("content/firms")
        site.symlink("content/firms", to: elsewhere.root + "/firms")
        #expect(try withExtendedLifetime(elsewhere) { try site.diagnostics() } == [
            "content/experts/ada.yml:4:7: error [expert.firm]",
            "content/firms:1:1: error [file.symlink]",
        ])
    }

    // MARK: Slugs

    @Test(arguments: [("dup.yml", "dup.json"), ("dup.yaml", "dup.yml"), ("dup.json", "dup.yaml")])
    func duplicateSlugsInOneFolder(first: String, second: String) throws {
        let site = SiteFixture.valid()
        for name in [first, second] {
            site.write("content/firms/\(name)", name.hasSuffix(".json") ? #"{"name": "Dup", "country": "US"}"# : "name: Dup\ncountry: US")
        }
        // Files are taken in byte order of their paths; every file after the first is reported.
        let (earlier, later) = first.utf8.lexicographicallyPrecedes(second.utf8) ? (first, second) : (second, first)
        let result = try site.validate()
        #expect(result.diagnostics.map { "\($0.file):\($0.position): \($0.rule)" } == ["content/firms/\(later):1:1: slug.duplicate"])
        #expect(result.messages("slug.duplicate") == ["slug 'dup' is already used by content/firms/\(earlier)"])
    }

    @Test func theSameSlugInTwoFoldersIsFine() throws {
        let site = SiteFixture.valid()
        site.write("content/firms/ada.yml", "name: Ada's own firm\ncountry: GB")
        #expect(try site.diagnostics() == [])
    }

    @Test(arguments: [
        ("a", true), ("a1-b2", true), ("123", true), (String(repeating: "a", count: 64), true),
        (String(repeating: "a", count: 65), false), ("Bad", false), ("bad_name", false), ("-bad", false), ("bad-", false),
        ("bad--name", false), ("café", false), ("a b", false), ("bad.name", false),
    ])
    func slugs(slug: String, valid: Bool) throws {
        let site = SiteFixture.valid()
        site.write("content/firms/\(slug).yml", "name: Slug\ncountry: US")
        #expect(try site.diagnostics() == (valid ? [] : ["content/firms/\(slug).yml:1:1: error [slug.invalid]"]))
    }

    // MARK: Stray and hidden files

    @Test(arguments: [
        ("content/notes.txt", "content/notes.txt"),
        ("content/README", "content/README"),
        ("content/requests/readme.md", "content/requests/readme.md"),
        ("content/requests/draft.yml.bak", "content/requests/draft.yml.bak"),
        ("content/drafts/idea.yml", "content/drafts"),
        ("content/requests/archive/old.yml", "content/requests/archive"),
    ])
    func strayFilesAreAWarning(path: String, reported: String) throws {
        let site = SiteFixture.valid()
        site.write(path, "title: stray")
        #expect(try site.diagnostics() == ["\(reported):1:1: warning [file.unexpected]"])
    }

    @Test(arguments: [
        "content/media/notes.txt", "content/media/deep/idea.yml", "content/.DS_Store", "content/requests/.draft.yml",
        "content/.git/config", "content/requests/.hidden/x.txt", "content/experts/.ada.yml.swp",
    ])
    func mediaAndHiddenFilesAreIgnored(path: String) throws {
        let site = SiteFixture.valid()
        site.write(path, "}{ not content at all")
        #expect(try site.diagnostics() == [])
    }

    // MARK: Reporting

    @Test func everyProblemOfEveryFileIsReportedSortedByFileThenPosition() throws {
        let site = SiteFixture.valid()
        site.write("docket.yml", "page_sise: 10")
        site.write("content/stray.txt", "stray")
        site.write(Self.request, ValidContent.request
            .replacingLine("budget: 1000-10000", with: "budget: lots")
            .replacingLine("title: Harden the network of a small SaaS", with: "title: Short"))
        site.write(SiteFixture.expertPath, ValidContent.expert
            .replacingLine("country: GB", with: "country: UK")
            .replacingLine("name: Ada Byron", with: "name: \"\""))
        site.write("content/firms/zeta.json", "{")
        site.write("content/firms/alpha.yml", "name: Alpha\ncountry: US\ncolour: blue")
        let result = try site.validate()
        #expect(result.diagnostics.map { "\($0.file):\($0.position): \($0.severity) [\($0.rule)]" } == [
            "content/experts/ada.yml:1:7: error [expert.name]",
            "content/experts/ada.yml:3:10: error [expert.country]",
            "content/firms/alpha.yml:3:1: error [schema.unknown-key]",
            "content/firms/zeta.json:1:2: error [json.syntax]",
            "content/requests/harden-network.yml:1:8: error [request.title]",
            "content/requests/harden-network.yml:3:9: error [request.budget]",
            "content/stray.txt:1:1: warning [file.unexpected]",
            "docket.yml:1:1: error [config.unknown-key]",
        ])
        #expect(result.errorCount == 7)
        #expect(result.warningCount == 1)
    }

    @Test func anErrorAndAWarningAtOnePlaceListTheErrorFirst() throws {
        let sorted = [
            Diagnostic(file: "b", position: .init(line: 1, column: 1), severity: .warning, rule: "a.rule", message: "m"),
            Diagnostic(file: "a", position: .init(line: 2, column: 1), severity: .error, rule: "z.rule", message: "m"),
            Diagnostic(file: "b", position: .init(line: 1, column: 1), severity: .error, rule: "z.rule", message: "m"),
            Diagnostic(file: "a", position: .init(line: 1, column: 9), severity: .error, rule: "z.rule", message: "m"),
        ].sorted().map { "\($0.file):\($0.position) \($0.severity)" }
        #expect(sorted == ["a:1:9 error", "a:2:1 error", "b:1:1 error", "b:1:1 warning"])
    }
}

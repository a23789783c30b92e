import Foundation
import Testing
import DocketTestSupport

/// docs/spec.md §6: `docket validate` and `docket rules` as a process: exit codes, the three
/// report formats, and the build time.
@Suite struct ValidateCommandTests {
    /// docs/spec.md §6's own example: a title of 6 characters on line 3.
    static let vpc = """
    budget: 100-1000
    country: US
    title: Lockdn
    description: Our VPC needs private endpoints and tighter security groups before launch.
    name: Sam
    email: sam@example.com
    created: 2026-11-01
    """

    static let vpcLine = "content/requests/vpc.yml:3:8: error: title must be at least 10 characters (has 6) [request.title]"

    static func vpcSite() -> CLISite {
        let site = CLISite()
        site.write("content/requests/vpc.yml", vpc)
        return site
    }

    // MARK: Exit codes

    @Test func validContentExitsZeroAndPrintsNoDiagnostic() throws {
        let run = try CLISite.valid().docket("validate", "--now", "2026-11-22")
        #expect(run.status == 0)
        #expect(run.stdout == "")
        #expect(run.stderr == "0 errors, 0 warnings in 4 content files\n")
    }

    @Test func errorsExitOne() throws {
        let run = try Self.vpcSite().docket("validate", "--now", "2026-11-22")
        #expect(run.status == 1)
    }

    @Test func warningsExitZeroUnlessStrict() throws {
        let site = CLISite.valid()
        site.write("content/notes.txt", "a stray file")
        let relaxed = try site.docket("validate", "--now", "2026-11-22")
        #expect(relaxed.status == 0)
        #expect(relaxed.stdout == "content/notes.txt:1:1: warning: file is not in a content type folder (experts, firms, requests, proposals) or media/; it is ignored [file.unexpected]\n")
        let strict = try site.docket("validate", "--strict", "--now", "2026-11-22")
        #expect(strict.status == 1)
        #expect(strict.stdout == relaxed.stdout)
    }

    @Test func problemsInDocketYmlExitOne() throws {
        let site = CLISite.valid()
        site.write("docket.yml", "page_sise: 10")
        let run = try site.docket("validate", "--now", "2026-11-22")
        #expect(run.status == 1)
        #expect(run.stdout == "docket.yml:1:1: error: unknown key 'page_sise' in docket.yml; did you mean 'page_size'? [config.unknown-key]\n")
    }

    /// A command that could not run exits with neither 0 nor 1, and says why on stderr.
    @Test(arguments: [
        ["validate", "--format", "xml"],
        ["validate", "--bogus"],
        ["validate", "--now", "yesterday"],
        ["validate", "--config", "missing/docket.yml"],
        ["frobnicate"],
    ])
    func commandsThatCannotRunExitWithAnotherCode(arguments: [String]) throws {
        let run = try CLISite.valid().docket(arguments)
        #expect(run.status != 0 && run.status != 1, "exit \(run.status)")
        #expect(!run.stderr.isEmpty)
        #expect(run.stdout == "")
    }

    @Test func noContentFolderCannotRun() throws {
        let empty = CLISite()
        try FileManager.default.removeItem(atPath: empty.root + "/content")
        let run = try empty.docket("validate", "--now", "2026-11-22")
        #expect(run.status != 0 && run.status != 1)
        #expect(run.stderr.contains("no content folder"))
    }

    @Test func badSourceDateEpochCannotRun() throws {
        let run = try CLISite.valid().docket("validate", sourceDateEpoch: "tomorrow")
        #expect(run.status != 0 && run.status != 1)
        #expect(run.stderr.contains("SOURCE_DATE_EPOCH"))
    }

    @Test func configOptionNamesTheSiteRoot() throws {
        let elsewhere = CLISite()
        let site = Self.vpcSite()
        site.write("docket.yml", "limits:\n  request.title: {min: 6}")
        let run = try withExtendedLifetime(site) {
            try elsewhere.docket(["validate", "--config", site.root + "/docket.yml", "--now", "2026-11-22"])
        }
        #expect(run.status == 0)
        #expect(run.stdout == "")
    }

    // MARK: Formats

    @Test func textFormatIsTheSpecsLine() throws {
        let run = try Self.vpcSite().docket("validate", "--now", "2026-11-22")
        #expect(run.stdout == Self.vpcLine + "\n")
        let explicit = try Self.vpcSite().docket("validate", "--format", "text", "--now", "2026-11-22")
        #expect(explicit.stdout == Self.vpcLine + "\n")
    }

    @Test func jsonFormatIsOneArrayOfSixKeys() throws {
        let site = Self.vpcSite()
        site.write("content/notes.txt", "stray")
        let run = try site.docket("validate", "--format", "json", "--now", "2026-11-22")
        #expect(run.status == 1)
        let parsed = try JSONSerialization.jsonObject(with: Data(run.stdout.utf8))
        let array = try #require(parsed as? [[String: Any]])
        #expect(array.count == 2)
        for object in array {
            #expect(Set(object.keys) == ["file", "line", "column", "severity", "rule", "message"])
        }
        let first = try #require(array.first)
        #expect(first["file"] as? String == "content/notes.txt")
        #expect(first["severity"] as? String == "warning")
        let vpc = try #require(array.last)
        #expect(vpc["file"] as? String == "content/requests/vpc.yml")
        #expect(vpc["line"] as? Int == 3)
        #expect(vpc["column"] as? Int == 8)
        #expect(vpc["severity"] as? String == "error")
        #expect(vpc["rule"] as? String == "request.title")
        #expect(vpc["message"] as? String == "title must be at least 10 characters (has 6)")
    }

    @Test func jsonFormatOfNothingIsAnEmptyArray() throws {
        let run = try CLISite.valid().docket("validate", "--format", "json", "--now", "2026-11-22")
        #expect(run.status == 0)
        #expect(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [Any] != nil)
        #expect(try (JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [Any])?.isEmpty == true)
    }

    @Test func githubFormatIsOneWorkflowCommandPerDiagnostic() throws {
        let site = Self.vpcSite()
        site.write("content/notes.txt", "stray")
        let run = try site.docket("validate", "--format", "github", "--now", "2026-11-22")
        #expect(run.status == 1)
        let lines = run.stdout.split(separator: "\n", omittingEmptySubsequences: false).dropLast().map(String.init)
        #expect(run.stdout.hasSuffix("\n"))
        #expect(lines.count == 2)
        for line in lines {
            #expect(line.wholeMatch(of: /::(error|warning) file=[^,]+,line=\d+,col=\d+,title=[a-z]+\.[a-z_-]+::.+/) != nil, "\(line)")
        }
        #expect(lines.last == "::error file=content/requests/vpc.yml,line=3,col=8,title=request.title::title must be at least 10 characters (has 6)")
    }

    // MARK: Build time: --now, else SOURCE_DATE_EPOCH

    /// The valid site with its reviewed proposal's final payment awaiting since 2026-11-12:
    /// the review is valid from 2026-11-22 (approved automatically), not before.
    static func awaitingSite() -> CLISite {
        let site = CLISite.valid()
        site.write("content/proposals/network-review.yml", ValidContent.proposal.replacingOccurrences(
            of: "    requested: 2026-11-01\n    status: accepted\n    decided: 2026-11-02",
            with: "    requested: 2026-11-12\n    status: awaiting"))
        return site
    }

    @Test(arguments: [
        (["--now", "2026-11-22"], nil, 0),
        (["--now", "2026-11-21"], nil, 1),
        (["--now", "2026-11-22T00:00:00Z"], nil, 0),
        (["--now", "2026-11-21T23:59:59Z"], nil, 1),
        ([], "1795305600", 0),  // 2026-11-22T00:00:00Z
        ([], "1795305599", 1),  // 2026-11-21T23:59:59Z
        (["--now", "2026-11-21"], "1795305600", 1),  // --now wins
        (["--now", "2026-11-22"], "1795305599", 0),
    ] as [([String], String?, Int32)])
    func buildTimeMovesTheAutoApproval(now: [String], sourceDateEpoch: String?, status: Int32) throws {
        let run = try Self.awaitingSite().docket(["validate"] + now, sourceDateEpoch: sourceDateEpoch)
        #expect(run.status == status)
        #expect(run.stdout == (status == 0 ? "" :
            "content/firms/analytical.yml:9:15: error: proposal 'network-review' is not completed (its final payment request is not accepted); only completed proposals can be reviewed [review.proposal]\n"))
    }

    // MARK: docket rules

    @Test func rulesOutputIsTheCommittedRulesDocument() throws {
        let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        let committed = try String(contentsOf: root.appendingPathComponent("docs/rules.md"), encoding: .utf8)
        let run = try DocketProcess.run(["rules"], in: root.path)
        #expect(run.status == 0)
        #expect(run.stdout == committed, "docs/rules.md is out of date: regenerate it with `docket rules > docs/rules.md`")
        #expect(committed.contains("| `request.title` | error | 10–140 |"))
    }

    @Test func helpListsTheSubcommands() throws {
        let run = try DocketProcess.run(["help"], in: NSTemporaryDirectory())
        #expect(run.status == 0)
        #expect(run.stdout.contains("validate"))
        #expect(run.stdout.contains("rules"))
    }
}

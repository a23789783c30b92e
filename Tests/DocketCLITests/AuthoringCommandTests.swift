import DocketDomain
import Foundation
import FoundationXML
import Testing

/// `docket new`, `docket schema` and the CI report formats, as a user runs them.
@Suite struct AuthoringCommandTests {
    // MARK: docket new

    /// Each skeleton fails validation until its empty fields are filled, and passes once
    /// an author fills them.
    @Test(arguments: ["request", "expert", "firm", "proposal"])
    func skeletonsPassOnceFilled(type: String) throws {
        let site = CLISite.valid()
        let run = try site.docket("new", type, "fresh-\(type)", "--now", "2026-11-20")
        #expect(run.status == 0, "\(run.stderr)")
        let path = site.root + "/content/\(type)s/fresh-\(type).yml"
        let skeleton = try String(contentsOfFile: path, encoding: .utf8)
        #expect(skeleton.hasPrefix("# A new \(type)."))
        let unfilled = try site.docket("validate", "--now", "2026-11-22")
        #expect(unfilled.status == 1, "empty required fields are errors")
        #expect(unfilled.stdout.contains("is required"))
        site.write("content/\(type)s/fresh-\(type).yml", Self.fill(skeleton, values: Self.values[type]!))
        let validated = try site.docket("validate", "--now", "2026-11-22")
        #expect(validated.status == 0, "\(validated.stdout)")
    }

    /// What an author writes in each empty field, by type and key.
    static let values: [String: [String: String]] = [
        "request": ["title": "Review our network before an audit",
                    "description": "We want the network of three services reviewed before our audit.",
                    "name": "Jeanne", "email": "someone@example.com"],
        "expert": ["name": "Grace Hopper", "email": "grace@example.com", "name (certification)": "Solutions Architect Associate",
                   "bio": "|\n  I build **reliable** pipelines for small teams."],
        "firm": ["name": "Compilers and Co"],
        "proposal": ["request": "harden-network", "expert": "ada", "title": "A second review of your network",
                     "total": "1500", "body": "|\n  Deliverables: a written review of every subnet, with *prioritised* fixes."],
    ]

    /// Puts each value after its empty key (`  - name:` in a list is the certification's).
    static func fill(_ skeleton: String, values: [String: String]) -> String {
        skeleton.split(separator: "\n", omittingEmptySubsequences: false).map { line -> String in
            let trimmed = line.drop { $0 == " " || $0 == "-" }
            guard let colon = trimmed.firstIndex(of: ":") else { return String(line) }
            let key = String(trimmed[..<colon])
            let rest = trimmed[trimmed.index(after: colon)...].drop { $0 == " " }
            guard rest.isEmpty || rest.hasPrefix("#") else { return String(line) }
            let lookup = line.hasPrefix("  - ") ? key + " (certification)" : key
            guard let value = values[lookup] else { return String(line) }
            return String(line[..<line.index(line.startIndex, offsetBy: line.count - trimmed.count)]) + key + ": " + value
        }.joined(separator: "\n")
    }

    @Test func newRefusesToOverwrite() throws {
        let site = CLISite.valid()
        let before = try String(contentsOfFile: site.root + "/content/experts/ada.yml", encoding: .utf8)
        let run = try site.docket("new", "expert", "ada")
        #expect(run.status != 0 && run.status != 1)
        #expect(run.stderr.contains("already exists"))
        #expect(try String(contentsOfFile: site.root + "/content/experts/ada.yml", encoding: .utf8) == before)
    }

    @Test(arguments: ["Ada", "a_b", "-a", "a--b", String(repeating: "a", count: 65)])
    func newRejectsABadSlug(slug: String) throws {
        let site = CLISite.valid()
        let run = try site.docket("new", "expert", slug)
        #expect(run.status != 0 && run.status != 1)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/content/experts/\(slug).yml"))
    }

    // MARK: docket schema

    @Test(arguments: ["request", "expert", "firm", "proposal"])
    func schemaIsJSONSchemaFromTheRuleTable(type: String) throws {
        let run = try CLISite.valid().docket("schema", type)
        #expect(run.status == 0)
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(schema["$schema"] as? String == "https://json-schema.org/draft/2020-12/schema")
        #expect(schema["additionalProperties"] as? Bool == false)
        let properties = try #require(schema["properties"] as? [String: Any])
        #expect(!(schema["required"] as? [String] ?? []).isEmpty)
        if type == "request" {
            let title = try #require(properties["title"] as? [String: Any])
            #expect(title["minLength"] as? Int == 10 && title["maxLength"] as? Int == 140)
            #expect((properties["budget"] as? [String: Any])?["enum"] as? [String] == ["50-100", "100-1000", "1000-10000", "10000+", "unknown"])
        }
    }

    @Test func schemaFollowsTheSitesLimits() throws {
        let site = CLISite.valid()
        site.write("docket.yml", "limits:\n  request.title: {min: 5, max: 200}\n")
        let run = try site.docket("schema", "request")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        let title = try #require((schema["properties"] as? [String: Any])?["title"] as? [String: Any])
        #expect(title["minLength"] as? Int == 5 && title["maxLength"] as? Int == 200)
    }

    @Test func schemaOfAllTypesHasADefinitionEach() throws {
        let run = try CLISite.valid().docket("schema")
        let schema = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(Set((schema["$defs"] as? [String: Any] ?? [:]).keys) == ["request", "expert", "firm", "proposal"])
    }

    // MARK: CI report formats

    @Test func junitHasOneTestCasePerFileAndFailsTheBrokenOne() throws {
        let site = CLISite.valid()
        site.write("content/requests/vpc.yml", ValidateCommandTests.vpc)
        let run = try site.docket("validate", "--format", "junit", "--now", "2026-11-22")
        #expect(run.status == 1)
        let document = try XMLDocument(data: Data(run.stdout.utf8))
        let cases = try document.nodes(forXPath: "//testcase").compactMap { $0 as? XMLElement }
        let names = cases.compactMap { $0.attribute(forName: "name")?.stringValue }
        #expect(names.sorted() == ["content/experts/ada.yml", "content/firms/analytical.yml",
                                   "content/proposals/network-review.yml", "content/requests/harden-network.yml",
                                   "content/requests/vpc.yml"])
        let failing = cases.filter { !($0.elements(forName: "failure").isEmpty) }.compactMap { $0.attribute(forName: "name")?.stringValue }
        #expect(failing == ["content/requests/vpc.yml"])
        #expect(try document.nodes(forXPath: "//testsuite/@failures").first?.stringValue == "1")
    }

    @Test func sarifIsVersion210WithRuleMetadata() throws {
        let site = CLISite.valid()
        site.write("content/requests/vpc.yml", ValidateCommandTests.vpc)
        let run = try site.docket("validate", "--format", "sarif", "--now", "2026-11-22")
        #expect(run.status == 1)
        let log = try #require(try JSONSerialization.jsonObject(with: Data(run.stdout.utf8)) as? [String: Any])
        #expect(log["version"] as? String == "2.1.0")
        let runs = try #require(log["runs"] as? [[String: Any]])
        let driver = try #require((runs.first?["tool"] as? [String: Any])?["driver"] as? [String: Any])
        let rules = try #require(driver["rules"] as? [[String: Any]])
        let results = try #require(runs.first?["results"] as? [[String: Any]])
        #expect(results.count == 1)
        let result = try #require(results.first)
        #expect(result["ruleId"] as? String == "request.title")
        let index = try #require(result["ruleIndex"] as? Int)
        #expect(rules[index]["id"] as? String == "request.title", "ruleIndex points at the rule's metadata")
        let region = (((result["locations"] as? [[String: Any]])?.first?["physicalLocation"] as? [String: Any])?["region"] as? [String: Any])
        #expect(region?["startLine"] as? Int == 3 && region?["startColumn"] as? Int == 8)
    }

    // MARK: docket check

    @Test func checkFindsABrokenLinkAndAPrivateAddress() throws {
        let site = CLISite.valid()
        let build = try site.docket("build", "--now", "2026-11-22", "--check")
        #expect(build.status == 0, "\(build.stderr)")
        let page = site.root + "/public/firms/analytical/index.html"
        var html = try String(contentsOfFile: page, encoding: .utf8)
        html = html.replacingOccurrences(of: "</main>", with: "<p><a href=\"../missing/index.html\">x</a> ada&#64;example.com</p></main>")
        site.write("public/firms/analytical/index.html", html)
        let check = try site.docket("check")
        #expect(check.status == 1)
        #expect(check.stdout.contains("firms/analytical/index.html:") && check.stdout.contains("[check.link]"))
        #expect(check.stdout.contains("[check.private-data]"))
        #expect(!check.stdout.contains("ada@example.com"), "the report itself does not publish the address")
    }
}

@Suite struct ServeCommandTests {
    /// `docket serve` listens on loopback only unless `--host` says otherwise.
    @Test func helpShowsTheLoopbackDefaults() throws {
        let run = try CLISite.valid().docket("serve", "--help")
        #expect(run.status == 0)
        // Help wraps its lines; read it as one line.
        let help = run.stdout.split(whereSeparator: \.isWhitespace).joined(separator: " ")
        #expect(help.contains("--host <host> The address to listen on") && help.contains("(default: 127.0.0.1)"), "\(help)")
        #expect(help.contains("(default: 1313)"))
    }
}

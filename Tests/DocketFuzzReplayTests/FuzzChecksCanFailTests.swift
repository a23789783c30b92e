import DocketContent
@testable import DocketFuzzChecks
import Testing

/// Each check the fuzzers run reports what it is there to catch: a check that could never
/// fail would make every fuzzing run, and every replay, pass for nothing.
@Suite struct FuzzChecksCanFailTests {
    @Test(arguments: [
        "<script>alert(1)</script>",
        "<p onclick=\"x()\">a</p>\n",
        "<a href=\"javascript:alert(1)\" rel=\"nofollow ugc noopener\">a</a>",
        "<a href=\"https://example.com\">a</a>",
        "<img src=\"x\" />",
        "<p>a <b</p>\n",
        "<ol start=\"1 onclick\">\n</ol>\n",
    ])
    func markupOutsideTheSubsetIsReported(_ html: String) {
        #expect(!MarkupAllowList.violations(in: html).isEmpty)
    }

    @Test func theSubsetsOwnMarkupPasses() {
        let html = "<h3>T</h3>\n<p><strong>a</strong> <em>b</em><br />\n"
            + "<a href=\"https://example.com/?a=1&amp;b\" title=\"x &quot;y&quot;\" rel=\"nofollow ugc noopener\">c</a></p>\n"
            + "<ol start=\"3\">\n<li>d</li>\n</ol>\n<ul>\n<li>e</li>\n</ul>\n"
        #expect(MarkupAllowList.violations(in: html) == [])
    }

    @Test func aPositionOutsideTheFileIsReported() {
        let source = SourceText("a: b\n")
        let outside = ContentNode.scalar(Scalar(text: "b", style: .plain, position: SourcePosition(line: 1, column: 9)))
        #expect(!PositionCheck.treeProblems(outside, in: source).isEmpty)
    }

    @Test func aSourceMapThatCannotRebuildTheValueIsReported() {
        // The value is not what the file holds at that position, so the map sends every
        // character to the scalar's start.
        let source = SourceText("a: bcd\n")
        let wrong = ContentNode.scalar(Scalar(text: "xyz", style: .plain, position: SourcePosition(line: 1, column: 4)))
        #expect(!PositionCheck.treeProblems(wrong, in: source).isEmpty)
    }

    @Test func aDiagnosticThatRepeatsThePrivateEmailIsReported() {
        let file = Array("email: someone@example.org\n".utf8)
        let path = "content/requests/fuzz.yml"
        func diagnostic(_ message: String) -> Diagnostic {
            Diagnostic(file: path, position: SourcePosition(line: 1, column: 8), severity: .error, rule: "request.email", message: message)
        }
        let leaking = DocumentCheck.problems(with: [diagnostic("bad address someone@example.org")], path: path, file: file, isJSON: false)
        #expect(leaking.count == 1)
        let quiet = DocumentCheck.problems(with: [diagnostic("not a valid e-mail address")], path: path, file: file, isJSON: false)
        #expect(quiet == [])
    }

    @Test func aDiagnosticWithAnUnknownRuleOrFileIsReported() {
        let file = Array("a: b\n".utf8)
        let unknown = Diagnostic(file: "elsewhere.yml", position: SourcePosition(line: 1, column: 1), severity: .error, rule: "no.such-rule", message: "x")
        #expect(DocumentCheck.problems(with: [unknown], path: "content/experts/fuzz.yml", file: file, isJSON: false).count == 2)
    }
}

@testable import DocketSite
import Foundation
import Testing
import DocketTestSupport

/// `data/experts.csv` (issue 18, point 3): RFC 4180 quoting, and no cell a spreadsheet
/// would run as a formula. Python's csv module reads the built files in scripts/site-checks.
@Suite struct ExpertsCSVTests {
    struct Case: CustomTestStringConvertible, Sendable {
        let value: String
        let cell: String
        var testDescription: String { value.debugDescription }
    }

    static let cases: [Case] = [
        Case(value: "plain text", cell: "plain text"),
        Case(value: "", cell: ""),
        Case(value: "a, b", cell: "\"a, b\""),
        Case(value: "say \"hi\"", cell: "\"say \"\"hi\"\"\""),
        Case(value: "two\nlines", cell: "\"two\nlines\""),
        Case(value: "two\r\nlines", cell: "\"two\r\nlines\""),
        Case(value: "=1+1", cell: "'=1+1"),
        Case(value: "+33 1 23", cell: "'+33 1 23"),
        Case(value: "-2+3", cell: "'-2+3"),
        Case(value: "@SUM(A1:A9)", cell: "'@SUM(A1:A9)"),
        Case(value: "\tcmd", cell: "'\tcmd"),
        Case(value: "\rcmd", cell: "\"'\rcmd\""),
        Case(value: "\r\ncmd", cell: "\"'\r\ncmd\""),
        Case(value: "=HYPERLINK(\"x\",\"y\")", cell: "\"'=HYPERLINK(\"\"x\"\",\"\"y\"\")\""),
        Case(value: "a=b", cell: "a=b"),
        Case(value: "'quoted", cell: "'quoted"),
        Case(value: "nul\u{0}here", cell: "nul\u{FFFD}here"),
        Case(value: "\u{0}=1", cell: "\u{FFFD}=1"),
    ]

    @Test(arguments: cases)
    func aCellIsQuotedAndDefused(_ test: Case) {
        #expect(ExpertsCSV.cell(test.value) == test.cell)
    }

    @Test func theBuiltFileHasAHeaderCRLFAndGuardedCells() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("content/experts/ada.yml", ValidContent.expert
            .replacingOccurrences(of: "name: Ada Byron", with: "name: \"=HYPERLINK(\\\"x.example\\\")\"")
            .replacingOccurrences(of: "skills: [networking, security]", with: "skills: [\"-2+3\", \"@cmd\", \"plain, comma\"]"))
        let built = try site.build()
        let text = try #require(built.text("data/experts.csv"))
        #expect(text.hasSuffix("\r\n"))
        #expect(!text.replacingOccurrences(of: "\r\n", with: "").contains("\n"), "every line ends with CRLF")
        let lines = text.components(separatedBy: "\r\n")
        #expect(lines.count == 3 && lines[2].isEmpty)
        #expect(lines[0] == "slug,name,country,firm,levels,certifications,hourly_rate_min,hourly_rate_max,skills,page,url")
        #expect(lines[1] == "ada,\"'=HYPERLINK(\"\"x.example\"\")\",GB,analytical,professional,"
            + "Solutions Architect Professional (professional),120.00,120.00,\"'-2+3; @cmd; plain, comma\",experts/ada/index.html,")
    }
}

import DocketContent
import DocketReporting
import DocketText
@testable import DocketValidation
import Foundation
import FoundationXML
import Testing

/// Diagnostics never print raw control characters or bidirectional overrides (issue 14,
/// point 9): content could otherwise forge lines in a CI log or reorder what it shows.
@Suite struct TerminalTextTests {
    static let hostile = "a\u{1B}[31mred\r\nfake.yml:1:1: error: forged\u{7F}\u{85}\u{9B}\u{202E}txt.exe\u{2066}x\u{2069}\t"

    /// Every scalar that must not reach a terminal raw.
    static func raw(_ text: String, allowingNewlines: Bool = false) -> [Unicode.Scalar] {
        text.unicodeScalars.filter { scalar in
            if allowingNewlines, scalar == "\n" { return false }
            return scalar.isControlOrBidi
        }
    }

    @Test func controlsAndOverridesAreWrittenOut() {
        let shown = TerminalText.escape(Self.hostile)
        #expect(Self.raw(shown).isEmpty)
        #expect(shown.contains("\\u{1B}[31mred\\u{D}\\u{A}fake.yml"))
        #expect(shown.contains("\\u{202E}txt.exe\\u{2066}x\\u{2069}\\u{9}"))
        #expect(shown.contains("\\u{7F}\\u{85}\\u{9B}"))
        #expect(TerminalText.escape("café – “fine” ✓ 日本") == "café – “fine” ✓ 日本")
    }

    static var diagnostic: Diagnostic {
        Diagnostic(file: "content/experts/\u{1B}[2Jada.yml", position: SourcePosition(line: 3, column: 8), severity: .error,
                   rule: "schema.unknown-key", message: "unknown key “\(hostile)”")
    }

    @Test(arguments: [DiagnosticFormat.text, .github])
    func lineFormatsPrintOneLineEachWithNothingRaw(format: DiagnosticFormat) {
        let output = format.render([Self.diagnostic, Self.diagnostic])
        #expect(Self.raw(output, allowingNewlines: true).isEmpty)
        #expect(output.split(separator: "\n").count == 2)
        #expect(!output.contains("\nfake.yml"))
    }

    @Test func junitHoldsOnlyWhatXMLAllowsAndNoRawCarriageReturn() throws {
        let output = DiagnosticFormat.junit.render([Self.diagnostic], files: [Self.diagnostic.file])
        #expect(!output.contains("\r"))
        #expect(Self.raw(output, allowingNewlines: true).isEmpty)
        let parser = XMLParser(data: Data(output.utf8))
        #expect(parser.parse(), "\(parser.parserError.map(String.init(describing:)) ?? "")")
    }

    @Test func xmlTextKeepsACarriageReturnAsAReference() {
        #expect(XMLText.escape("a\rb") == "a&#13;b")
    }

    @Test func sarifNamesNoMadeUpAddress() {
        #expect(!DiagnosticFormat.sarif.render([]).contains("docket.invalid"))
    }
}

import Foundation
import Testing

/// What `docket validate` prints for content that holds control characters and bidi
/// overrides, in a file name and in a key (issue 14, point 9): nothing raw reaches the log.
@Suite struct DiagnosticOutputTests {
    static func rawScalars(_ text: String) -> [UInt32] {
        text.unicodeScalars.map(\.value).filter { value in
            value != 0x0A && ((0x00...0x1F).contains(value) || (0x7F...0x9F).contains(value)
                || (0x202A...0x202E).contains(value) || (0x2066...0x2069).contains(value))
        }
    }

    @Test(arguments: ["text", "github", "junit"])
    func hostileNamesAndKeysArePrintedEscaped(format: String) throws {
        let site = CLISite.valid()
        site.write("content/experts/evil\u{1B}[2J\r.yml", "name: x\n")
        site.write("content/firms/hostile.json", #"{"name": "Hostile", "country": "US", "ab\u001bout\r\nfake.yml:1:1: error: forged \u202e": 1}"#)
        let outcome = try site.docket("validate", "--format", format)
        #expect(outcome.status == 1)
        #expect(outcome.stdout.contains("\\u{1B}"), "\(outcome.stdout)")
        #expect(Self.rawScalars(outcome.stdout) == [], "\(outcome.stdout)")
        #expect(!outcome.stdout.contains("\nfake.yml"))
    }
}

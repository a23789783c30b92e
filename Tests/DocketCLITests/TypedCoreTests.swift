import Foundation
import Testing

/// The guard rails of the typed core (issue 15): after the schema check, fields are read by
/// key in one place only, and every source file stays small enough to read in one sitting.
@Suite struct TypedCoreTests {
    /// The files allowed to name a field by its key: the checked record itself, and the
    /// decoders that turn it into typed values once.
    static let decoders: Set<String> = [
        "Sources/DocketValidation/Schema/Record.swift",
        "Sources/DocketValidation/Schema/CheckedFields.swift",
        "Sources/DocketValidation/Schema/ProposalFields.swift",
        "Sources/DocketValidation/Schema/DocumentDecoder.swift",
    ]

    /// A lookup of a record's field by a literal key (`record.text("name")`, `record["bio"]`),
    /// or a reach into a checked document's record.
    static let lookup = try! NSRegularExpression(
        pattern: #"\.(text|texts|records|money|date|bool|integer|markdownHTML|list)\("[a-z_]+"\)|\b\w*[rR]ecord\["[a-z_]+"\]|\bdocument\.record\."#)

    @Test func noFieldIsLookedUpByKeyOutsideTheDecoders() {
        var found: [String] = []
        for (path, text) in RepositoryStandsAloneTests.files(under: ["Sources"]) where path.hasSuffix(".swift") && !Self.decoders.contains(path) {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if Self.lookup.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    found.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found.isEmpty, "fields looked up by key outside the decoders:\n\(found.joined(separator: "\n"))")
    }

    @Test func theLookupPatternFindsALookup() {
        for line in [#"let name = record.text("name")"#, #"firm.record.records("reviews")"#, #"guard let field = record["bio"]"#] {
            #expect(Self.lookup.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil, "\(line)")
        }
    }

    /// A path made by hand from the site root (`siteRoot + "/" + …`): `SiteRoot` joins them.
    static let rootJoin = try! NSRegularExpression(pattern: #"\b[sS]iteRoot(\.path)? \+ "/"|\\\([sS]iteRoot\)/"#)

    @Test func noPathIsJoinedToTheSiteRootByHand() {
        var found: [String] = []
        for (path, text) in RepositoryStandsAloneTests.files(under: ["Sources"]) where path.hasSuffix(".swift") {
            for (number, line) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
                let line = String(line)
                if Self.rootJoin.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil {
                    found.append("\(path):\(number + 1): \(line.trimmingCharacters(in: .whitespaces))")
                }
            }
        }
        #expect(found.isEmpty, "paths joined to the site root by hand:\n\(found.joined(separator: "\n"))")
        for line in [#"let file = siteRoot + "/" + path"#, #""no folder at \(siteRoot)/content""#] {
            #expect(Self.rootJoin.firstMatch(in: line, range: NSRange(line.startIndex..., in: line)) != nil, "\(line)")
        }
    }

    @Test func everySourceFileIsUnder400Lines() {
        let long = RepositoryStandsAloneTests.files(under: ["Sources"])
            .filter { $0.path.hasSuffix(".swift") && $0.text.split(separator: "\n", omittingEmptySubsequences: false).count > 400 }
            .map(\.path)
        #expect(long.isEmpty, "\(long)")
    }
}

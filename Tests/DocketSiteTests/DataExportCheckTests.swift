import DocketSite
import Foundation
import Testing

/// `docket check` reads the data export as it reads the pages (issue 18, point 3): a
/// private value put into a data file is reported on that file, and on no other.
@Suite struct DataExportCheckTests {
    struct Tampering: CustomTestStringConvertible, Sendable {
        let file: String
        let old: String
        let new: String
        var testDescription: String { file + ": " + new }
    }

    static let tamperings: [Tampering] = [
        Tampering(file: "data/experts.json", old: "\"name\": \"Ada Byron\",", new: "\"name\": \"Ada Byron\",\n      \"email\": \"ada@example.com\","),
        Tampering(file: "data/requests.json", old: "\"name\": \"Jeanne\",", new: "\"name\": \"Jeanne\",\n      \"contact\": \"JEANNE%40example.com\","),
        Tampering(file: "data/firms.json", old: "\"rating\": 5,", new: "\"rating\": 5,\n          \"would_work_again\": true,"),
        Tampering(file: "data/experts.csv", old: ",GB,", new: ",ada@example.com,"),
        Tampering(file: "data/experts.schema.json", old: "\"$defs\": {", new: "\"$defs\": {\n    \"leak\": {\"const\": \"jeanne@example.com\"},"),
    ]

    @Test func theExportPassesUntouched() throws {
        let (site, built) = try SiteCheckTests.built()
        defer { site.delete() }
        #expect(built.files.filter { $0.hasPrefix("data/") } == DataExportTests.files)
        #expect(try SiteCheckTests.check(site, built).map(\.description) == [])
    }

    @Test(arguments: tamperings)
    func aPrivateValueInADataFileIsReported(_ tampering: Tampering) throws {
        let (site, built) = try SiteCheckTests.built()
        defer { site.delete() }
        let path = built.root + "/" + tampering.file
        let text = try String(contentsOfFile: path, encoding: .utf8)
        try #require(text.components(separatedBy: tampering.old).count == 2, "\(tampering.old) is not once in \(tampering.file)")
        try text.replacingOccurrences(of: tampering.old, with: tampering.new).write(toFile: path, atomically: true, encoding: .utf8)
        let problems = try SiteCheckTests.check(site, built)
        #expect(problems.map(\.rule) == ["check.private-data"], "\(problems.map(\.description))")
        #expect(problems.allSatisfy { $0.file == tampering.file }, "\(problems.map(\.description))")
    }
}

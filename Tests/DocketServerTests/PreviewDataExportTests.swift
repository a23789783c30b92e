import DocketContent
import DocketDomain
@testable import DocketServer
import DocketSite
import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// `docket serve` answers the data export's paths with the bytes `docket build` writes
/// (issue 18, point 3): the same model, the same files.
@Suite struct PreviewDataExportTests {
    static let files = ["data/experts.csv", "data/experts.json", "data/experts.schema.json",
                        "data/firms.json", "data/firms.schema.json", "data/requests.json", "data/requests.schema.json"]

    @Test func servedExportFilesEqualTheBuilt() throws {
        let root = NSTemporaryDirectory() + "docket-export-serve-" + UUID().uuidString
        defer { try? FileManager.default.removeItem(atPath: root) }
        for (path, text) in ValidContent.files + [("docket.yml", "base_url: https://example.org/\n")] {
            let full = root + "/" + path
            try FileManager.default.createDirectory(atPath: (full as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
            try text.write(toFile: full, atomically: true, encoding: .utf8)
        }
        let result = try SiteValidation.run(siteRoot: SiteRoot(root), buildTime: ISODate.parse("2026-11-22").get())
        try #require(result.errorCount == 0)
        let templates = try TemplateSet.load(overrides: root + "/templates", shownAs: "templates")
        let built = try SiteBuilder(result: result, siteRoot: SiteRoot(root), templates: templates).files().files
        #expect(built.keys.filter { $0.hasPrefix("data/") }.sorted() == Self.files)

        let served = PreviewBuilder(siteRoot: SiteRoot(root), configFile: nil, now: "2026-11-22", environment: [:]).build()
        guard case .site(let site) = served.state else {
            Issue.record("serve did not build: \(served.diagnostics)")
            return
        }
        for file in Self.files {
            let resource = site.resource(at: file)
            #expect(resource.status == 200, "\(file)")
            #expect(resource.body == built[file], "\(file) differs between build and serve")
            #expect(resource.contentType == (file.hasSuffix(".csv") ? "text/csv; charset=utf-8" : "application/json"), "\(file)")
        }
        #expect(site.resource(at: "data/proposals.json").status == 404, "no other file under data/")
    }
}

@testable import DocketServer
import Foundation
import Testing
import DocketTestSupport

/// The data export over HTTP, as a script fetching it from `docket serve` sees it
/// (issue 18, point 3). In the serialized suite: its servers run one at a time.
extension PreviewServerTests {
    @Test func theDataExportIsServedWithItsContentTypes() async throws {
        let server = try await Self.server()
        defer { server.stop() }
        let experts = try server.get("/data/experts.json")
        #expect(experts.status == 200 && experts.headers["content-type"] == "application/json")
        #expect(experts.body.contains("\"slug\": \"ada\"") && !experts.body.contains("__docket/reload.js"))
        let schema = try server.get("/data/firms.schema.json")
        #expect(schema.status == 200 && schema.body.contains("https://json-schema.org/draft/2020-12/schema"))
        let csv = try server.get("/data/experts.csv")
        #expect(csv.status == 200 && csv.headers["content-type"] == "text/csv; charset=utf-8")
        #expect(csv.body.hasPrefix("slug,name,"))
        server.write("content/experts/ada.yml", ValidContent.files[1].1.replacingOccurrences(of: "Ada Byron", with: "Ada Lovelace"))
        #expect(try await server.waitFor("\"name\": \"Ada Lovelace\"", at: "/data/experts.json", limit: .seconds(10)) != nil,
                "a rebuild changes the served export")
    }
}

@testable import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// Paths that try to climb out, beyond those in ExpertRulesTests and LoadingTests:
/// percent-encoded dots and slashes in photo paths (never decoded, so never a way out), and
/// slug references written as paths (only ever names, so they name nothing).
@Suite struct PathEscapeTests {
    @Test(arguments: [
        "\"%2e%2e/%2e%2e/outside.png\"", "\"%2E%2E%2Foutside.png\"", "people/%2e%2e/bob.png", "..%2f..%2foutside.png",
        "people/./bob.jpeg", "people//bob.jpeg", "\"bob.png\\u0000.txt\"", "\"bob.png\\0\"", "\"people\\tbob.jpeg\"", "\"people/\\u2025/bob.png\"", "~/bob.png",
        "\"C:\\\\outside.png\"", "file:///etc/passwd", "https://example.com/bob.png",
    ])
    func encodedOrOddPhotoPathsAreRefused(photo: String) throws {
        let site = ExpertRulesTests.photoSite(photo)
        site.write("content/media/%2e%2e", bytes: ImageBytes.png)  // a real file with that literal name must not help
        #expect(try site.diagnostics() == ["\(ExpertRulesTests.bobPath):16:8: error [expert.photo]"])
    }

    @Test(arguments: ["../analytical", "/analytical", "analytical/..", "%2e%2e", "..", "./analytical"])
    func slugReferencesThatLookLikePathsNameNothing(slug: String) throws {
        let expert = ValidContent.expert.replacingLine("firm: analytical", with: "firm: \"\(slug)\"")
        let site = SiteFixture.valid(replacing: SiteFixture.expertPath, with: expert)
        #expect(try site.rules().contains("expert.firm"))
    }
}

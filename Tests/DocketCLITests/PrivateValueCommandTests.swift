import Foundation
import Testing
import DocketTestSupport

/// A public field repeating a private address stops `validate` and `build` (and so CI)
/// with a located error, and nothing is written: before, both exited 0 and the address
/// was published, only a later `docket check` noticing.
@Suite struct PrivateValueCommandTests {
    private static func leakingSite() -> CLISite {
        let site = CLISite.valid()
        site.write("content/requests/harden-network.yml", ValidContent.request.replacingOccurrences(
            of: "description: We run three services in one account and want the network reviewed before an audit.",
            with: "description: We run three services and want ada@example.com to review the network before an audit."))
        return site
    }

    @Test func validateAndBuildStopOnARepeatedPrivateValue() throws {
        let site = Self.leakingSite()
        let validate = try site.docket("validate", "--format", "github", "--now", "2026-11-22")
        #expect(validate.status == 1)
        #expect(validate.stdout.contains("::error file=content/requests/harden-network.yml,line=2,col=45,title=privacy.repeated-value::"))
        let build = try site.docket("build", "--now", "2026-11-22")
        #expect(build.status == 1)
        #expect(!FileManager.default.fileExists(atPath: site.root + "/public"))
        for output in [validate.stdout, validate.stderr, build.stdout, build.stderr] {
            #expect(!output.contains("ada@example.com"))
        }
    }
}

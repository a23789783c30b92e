import DocketContent
import Foundation
import Testing
import DocketTestSupport

/// Rendering and writing on every core gives the same bytes as doing it all in order on
/// one thread (`Parallelism.width` 1, what `DOCKET_THREADS=1` selects).
@Suite struct SequentialBuildTests {
    /// A site of a few hundred pages: experts in several countries, levels and firms, firms,
    /// requests over the month, with small pages so that listings paginate.
    static func generatedSite() -> SiteFixture {
        let site = SiteFixture.valid()
        site.write("docket.yml", "page_size: 7\n")
        let countries = ["US", "FR", "GB"]
        let levels = [["associate"], ["professional"], ["specialty"], ["associate", "specialty"]]
        for number in 1...30 {
            let (path, text) = ValidContent.firm(number: number)
            site.write(path, text)
        }
        for number in 1...180 {
            let (path, text) = ValidContent.expert(number: number, country: countries[number % countries.count],
                                                   levels: levels[number % levels.count],
                                                   firm: number % 3 == 0 ? "firm-\(number % 30 + 1)" : nil)
            site.write(path, text)
        }
        for number in 1...120 {
            let (path, text) = ValidContent.request(number: number, day: number % 28 + 1, accepting: number % 4 != 0)
            site.write(path, text)
        }
        return site
    }

    @Test func aSequentialBuildEqualsTheParallelOneByteForByte() throws {
        let site = Self.generatedSite()
        defer { site.delete() }
        let parallel = try Parallelism.$width.withValue(0) {
            try site.build(into: site.root + "/parallel").snapshot()
        }
        let sequential = try Parallelism.$width.withValue(1) {
            try site.build(into: site.root + "/sequential").snapshot()
        }
        #expect(parallel.keys.filter { $0.hasSuffix(".html") }.count > 300)
        #expect(parallel.keys.sorted() == sequential.keys.sorted())
        #expect(ReproducibilityTests.changedFiles(parallel, sequential).isEmpty,
                "files differ: \(ReproducibilityTests.changedFiles(parallel, sequential).sorted().prefix(10))")
    }

    /// A width of N (`DOCKET_THREADS=N`) keeps the input's order too.
    @Test(arguments: [0, 1, 2, 3, 100])
    func parallelMapKeepsTheOrderAtEveryWidth(width: Int) {
        let input = Array(0..<1000)
        let output = Parallelism.$width.withValue(width) { input.parallelMap { $0 * 2 } }
        #expect(output == input.map { $0 * 2 })
    }
}

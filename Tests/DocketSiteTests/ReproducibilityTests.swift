import Foundation
import Testing

/// The same content, templates and build time give byte-identical output (docs/spec.md §3).
@Suite struct ReproducibilityTests {
    static func changedFiles(_ a: [String: Data], _ b: [String: Data]) -> Set<String> {
        Set(a.keys).union(b.keys).filter { a[$0] != b[$0] }
    }

    @Test func twoBuildsAreByteIdentical() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        let first = try site.build(now: "2026-11-22", into: site.root + "/first").snapshot()
        let second = try site.build(now: "2026-11-22", into: site.root + "/elsewhere/second").snapshot()
        #expect(first.count > 40)
        #expect(first.keys.sorted() == second.keys.sorted())
        #expect(Self.changedFiles(first, second).isEmpty, "files differ: \(Self.changedFiles(first, second).sorted())")
    }

    /// A rebuild in place gives the same bytes too.
    @Test func rebuildingInPlaceChangesNothing() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        let first = try site.build().snapshot()
        let second = try site.build().snapshot()
        #expect(Self.changedFiles(first, second).isEmpty)
    }

    /// Only pages that depend on the build time change with it: on 2026-12-01 the two
    /// payments awaiting since 2026-11-16 and 2026-11-18 are approved automatically (and,
    /// being final, complete their proposals); nothing else moves.
    @Test func aLaterBuildTimeChangesOnlyWhatDependsOnIt() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        let november = try site.build(now: "2026-11-22", into: site.root + "/november").snapshot()
        let december = try site.build(now: "2026-12-01", into: site.root + "/december").snapshot()
        #expect(Self.changedFiles(november, december) == ["proposals/s3-public-access-review/index.html",
                                                          "proposals/tagging-and-cost-drivers-audit/index.html"])
        let page = try #require(Markup.html(december["proposals/s3-public-access-review/index.html"]!))
        #expect(page.text.contains("approved automatically on 2026-11-28"))
    }

    @Test func anEarlierBuildTimeChangesOnlyWhatDependsOnIt() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        let late = try site.build(now: "2026-11-22", into: site.root + "/late").snapshot()
        let early = try site.build(now: "2026-11-13", into: site.root + "/early").snapshot()
        #expect(Self.changedFiles(late, early) == ["proposals/ecs-fargate-replatform/index.html"])
    }

    /// Times within one UTC day give the same site.
    @Test func theTimeOfDayDoesNotMatter() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        let morning = try site.build(now: "2026-11-22T00:00:01Z", into: site.root + "/morning").snapshot()
        let evening = try site.build(now: "2026-11-22T23:59:59Z", into: site.root + "/evening").snapshot()
        #expect(Self.changedFiles(morning, evening).isEmpty)
    }
}

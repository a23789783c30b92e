import Foundation
import Testing

/// Problems of the site's own templates through the real command.
@Suite struct TemplateErrorCommandTests {
    /// A user template including a partial nobody provides is an error at the tag, exit 1,
    /// and nothing is written (issue 13); Mustache alone would render it as nothing.
    @Test func aMissingPartialIsAnErrorAtItsTag() throws {
        let site = try BuildCommandTests.sampleSite()
        defer { BuildCommandTests.cleanUp(site) }
        try FileManager.default.createDirectory(atPath: site + "/templates", withIntermediateDirectories: true)
        try "{{<layout}}{{$main}}\n<h1>{{name}}</h1>\n  <div>{{> nope}}</div>\n{{/main}}{{/layout}}\n"
            .write(toFile: site + "/templates/expert.mustache", atomically: true, encoding: .utf8)
        let build = try BuildCommandTests.run(["build", "--now", "2026-11-22"], in: site)
        #expect(build.status == 1, "\(build.stderr)")
        #expect(build.stderr.contains("templates/expert.mustache:3:8: error: ") && build.stderr.contains("“nope”")
                && build.stderr.contains("[template.partial]"), "\(build.stderr)")
        #expect(!build.stderr.contains(site + "/templates"), "the file is named as the user knows it: \(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"), "a site was written")
    }
}

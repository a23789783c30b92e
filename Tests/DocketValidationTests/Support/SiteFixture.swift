import DocketContent
import DocketDomain
@testable import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// A throwaway site folder: write files into it, validate it, read the diagnostics.
/// The folder is removed when the fixture goes away.
final class SiteFixture: SiteFolder {
    let root: String

    init() {
        root = NSTemporaryDirectory() + "docket-test-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
    }

    deinit {
        try? FileManager.default.removeItem(atPath: root)
    }

    /// A site holding one valid document of each type that references the others.
    static func valid() -> SiteFixture {
        let site = SiteFixture()
        site.writeValidContent()
        return site
    }

    /// Every diagnostic any test produces is checked against the rule table here: its
    /// rule id must be there, with the severity the diagnostic carries.
    func validate(now: String = "2026-11-22", configFile: String? = nil) throws -> ValidationResult {
        let result = try SiteValidation.run(siteRoot: SiteRoot(root), configFile: configFile, buildTime: ISODate.parse(now).get())
        for diagnostic in result.diagnostics {
            let rule = RuleTable.byID[diagnostic.rule]
            #expect(rule != nil, "rule \(diagnostic.rule) is not in RuleTable.all")
            #expect(rule == nil || rule?.severity == diagnostic.severity,
                    "rule \(diagnostic.rule) is \(diagnostic.severity) here but \(rule?.severity.rawValue ?? "") in the table")
        }
        return result
    }

    /// Diagnostics as `path:line:column: severity [rule]` lines, for compact assertions.
    func diagnostics(now: String = "2026-11-22") throws -> [String] {
        try validate(now: now).diagnostics.map {
            "\($0.file):\($0.position.line):\($0.position.column): \($0.severity.rawValue) [\($0.rule)]"
        }
    }

    /// The rules of the diagnostics, for assertions that do not care where.
    func rules(now: String = "2026-11-22") throws -> [String] {
        try validate(now: now).diagnostics.map(\.rule)
    }
}

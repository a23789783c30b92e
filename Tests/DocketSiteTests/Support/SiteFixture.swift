import DocketContent
import DocketDomain
import DocketSite
import DocketValidation
import Foundation
import Testing
import DocketTestSupport

/// A throwaway site folder: write content into it and build it with the library API, the
/// way `docket build` does (validate, load templates, build into a folder).
struct SiteFixture: SiteFolder {
    let root: String

    /// The repository this test file is in: the sample site is its `content/` and `docket.yml`.
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<4 { url.deleteLastPathComponent() }
        return url.path
    }()

    init(root: String = Self.temporaryFolder("site")) {
        self.root = root
        try! FileManager.default.createDirectory(atPath: root + "/content", withIntermediateDirectories: true)
    }

    /// A new, empty folder under the system's temporary folder.
    static func temporaryFolder(_ label: String) -> String {
        let path = NSTemporaryDirectory() + "docket-site-tests/" + label + "-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A copy of the repository's sample site (content/ and docket.yml).
    static func sample() -> SiteFixture {
        let site = SiteFixture()
        try! FileManager.default.removeItem(atPath: site.root + "/content")
        try! FileManager.default.copyItem(atPath: repository + "/content", toPath: site.root + "/content")
        try! FileManager.default.copyItem(atPath: repository + "/docket.yml", toPath: site.root + "/docket.yml")
        return site
    }

    /// A site holding one valid document of each type that references the others.
    static func valid(at root: String = Self.temporaryFolder("site")) -> SiteFixture {
        let site = SiteFixture(root: root)
        site.writeValidContent()
        return site
    }

    /// Removes the whole fixture folder (call with `defer`).
    func delete() {
        try? FileManager.default.removeItem(atPath: root)
    }

    var output: String { root + "/public" }

    func validate(now: String = "2026-11-22") throws -> ValidationResult {
        try SiteValidation.run(siteRoot: SiteRoot(root), buildTime: ISODate.parse(now).get())
    }

    /// Validates and builds like `docket build --now NOW --output OUTPUT`.
    @discardableResult
    func build(now: String = "2026-11-22", into output: String? = nil, force: Bool = false) throws(BuildFailure) -> BuiltSite {
        let destination = output ?? self.output
        let result: ValidationResult
        do {
            result = try validate(now: now)
        } catch {
            throw BuildFailure(stage: .setup, message: "\(error)")
        }
        guard result.errorCount == 0 else {
            let lines = result.diagnostics.filter { $0.severity == .error }.map { "\($0.file):\($0.position.line): \($0.message) [\($0.rule)]" }
            throw BuildFailure(stage: .content, message: lines.joined(separator: "\n"))
        }
        let templates: TemplateSet
        do {
            templates = try TemplateSet.load(overrides: root + "/" + result.config.templatesDir, shownAs: result.config.templatesDir)
        } catch {
            throw BuildFailure(stage: .templates, message: error.description, templateError: error)
        }
        do {
            _ = try SiteBuilder(result: result, siteRoot: SiteRoot(root), templates: templates).build(into: destination, force: force)
        } catch {
            throw BuildFailure(stage: .builder, message: error.description)
        }
        return BuiltSite(root: destination)
    }
}

struct BuildFailure: Error, CustomStringConvertible {
    enum Stage { case setup, content, templates, builder }
    let stage: Stage
    let message: String
    var templateError: DocketError?

    var description: String { "\(stage): \(message)" }
}

/// The repository's sample site, built once per test run at `--now 2026-11-22` into a
/// temporary folder. Tests only read it.
enum Sample {
    static let now = "2026-11-22"

    static let site: BuiltSite = {
        let fixture = SiteFixture.sample()
        do {
            return try fixture.build(now: now)
        } catch {
            fatalError("the sample site does not build: \(error)")
        }
    }()

    /// The sample's e-mail addresses, read from the content files with a pattern (not with
    /// Docket's own reader), for the privacy tests.
    static func emailAddresses(in contentFolder: String = SiteFixture.repository + "/content") -> Set<String> {
        var addresses: Set<String> = []
        let pattern = try! NSRegularExpression(pattern: #"^\s*"?email"?\s*:\s*"?([^"\s,]+)"?"#, options: [.anchorsMatchLines])
        let enumerator = FileManager.default.enumerator(atPath: contentFolder)!
        while let relative = enumerator.nextObject() as? String {
            guard [".yml", ".yaml", ".json"].contains(where: relative.hasSuffix),
                  let text = try? String(contentsOfFile: contentFolder + "/" + relative, encoding: .utf8) else { continue }
            for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
                addresses.insert(String(text[Range(match.range(at: 1), in: text)!]))
            }
        }
        return addresses
    }
}

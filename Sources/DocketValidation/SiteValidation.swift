import DocketContent
import DocketDomain
import Foundation

/// Everything `docket validate` found, and what `docket build` builds from.
public struct ValidationResult: Sendable {
    public var config: SiteConfig
    public var documents: SiteDocuments
    /// Sorted by file, then position (docs/spec.md §6).
    public var diagnostics: [Diagnostic]
    public var buildTime: ISODate
    /// Every private value of the content (the schema's `isPrivate` fields, nested ones
    /// too), for `docket check` to look for in the built site.
    public var privateValues = PrivateValueIndex(values: [])

    public var errorCount: Int { diagnostics.filter { $0.severity == .error }.count }
    public var warningCount: Int { diagnostics.filter { $0.severity == .warning }.count }
}


/// Reads docket.yml and every content file, checks each against the rule table, then the
/// rules that span files. All problems of a run are reported together.
public enum SiteValidation {
    /// - Parameters:
    ///   - siteRoot: the folder content paths are relative to.
    ///   - configFile: docket.yml's path; nil uses `siteRoot/docket.yml` when it exists.
    ///   - buildTime: what "now" is for the 10-day auto-approval.
    ///   - cache: work kept from an earlier run on the same site (`docket serve`): files
    ///     that did not change are neither parsed nor checked again.
    ///   - changes: the files that changed since the cache's last run, as a watcher saw
    ///     them; only they are listed again.
    public static func run(siteRoot: SiteRoot, configFile: String? = nil, buildTime: ISODate,
                           cache: ValidationCache? = nil, changes: ContentChanges = .unknown) throws(DocketError) -> ValidationResult {
        var diagnostics: [Diagnostic] = []
        let (config, titleSource) = try loadConfig(siteRoot: siteRoot, configFile: configFile, diagnostics: &diagnostics)
        var isDirectory: ObjCBool = false
        guard FileManager.default.fileExists(atPath: siteRoot.contentFolder(of: config), isDirectory: &isDirectory), isDirectory.boolValue else {
            throw DocketError(.setup, message: "no content folder at \(siteRoot.contentFolder(of: config))")
        }
        cache?.use(config: config)
        let loaded = ContentLoader(siteRoot: siteRoot, contentDir: config.contentDir, maxFileSize: config.maxFileSize)
            .load(cache: cache?.reads, changed: changes.relative(to: siteRoot))
        diagnostics += loaded.diagnostics

        let checker = DocumentChecker(config: config, siteRoot: siteRoot)
        // Reused checks are looked up one by one; only the others are spread over the cores.
        var checked = loaded.documents.map { cache?.checked($0) }
        let unchecked = checked.indices.filter { checked[$0] == nil }
        let fresh = unchecked.parallelMap { [documents = loaded.documents] index in
            let document = documents[index]
            // The cache keeps the rules that read one document alone, as DocumentChecker runs them.
            let (checked, diagnostics) = checker.check(document)
            cache?.store(checked, diagnostics: diagnostics, for: document)
            return (checked, diagnostics)
        }
        for (index, result) in zip(unchecked, fresh) { checked[index] = result }
        let documentChecks = checked.map { $0! }
        let documents = SiteDocuments(documentChecks.map(\.0), unreadable: loaded.unreadable)
        diagnostics += documentChecks.flatMap(\.1)
        var crossFile = CrossFileChecks()
        diagnostics += cache?.crossFileDiagnostics(documents: documents, config: config, buildTime: buildTime)
            ?? crossFile.run(documents: documents, config: config, buildTime: buildTime)
        // Over every document on every run, `docket serve`'s included (PrivateValueLeaks).
        let privateValues = PrivateValueIndex(documents: loaded.documents)
        let leaks = PrivateValueLeaks(index: privateValues)
        diagnostics += leaks.check(documents.everyDocument) + leaks.check(title: config.title, at: titleSource)
        diagnostics = DiagnosticRedaction.redact(diagnostics, index: privateValues)
        var result = ValidationResult(config: config, documents: documents, diagnostics: diagnostics.sorted(), buildTime: buildTime)
        result.privateValues = privateValues
        return result
    }

    /// docket.yml alone, for commands that need the settings but not the content.
    public static func loadConfig(siteRoot: SiteRoot, configFile: String?) throws(DocketError) -> (config: SiteConfig, diagnostics: [Diagnostic]) {
        var diagnostics: [Diagnostic] = []
        let (config, _) = try loadConfig(siteRoot: siteRoot, configFile: configFile, diagnostics: &diagnostics)
        return (config, diagnostics)
    }

    /// The settings, and where the site title was written.
    private static func loadConfig(siteRoot: SiteRoot, configFile: String?, diagnostics: inout [Diagnostic]) throws(DocketError) -> (SiteConfig, ConfigSource?) {
        let path = configFile ?? siteRoot.defaultConfigFile
        guard FileManager.default.fileExists(atPath: path) else {
            if configFile != nil { throw DocketError(.setup, message: "no configuration file at \(path)") }
            return (SiteConfig(), nil)
        }
        let data: [UInt8]
        do throws(RegularFile.Failure) { data = try RegularFile.read(path, followingLinks: true) } catch {
            throw DocketError(.setup, message: "\(path) \(error.description)")
        }
        let shownPath = configFile ?? "docket.yml"
        var reader = ConfigReader(path: shownPath)
        let config: SiteConfig
        do {
            config = reader.read(text: try ContentText.decode(data))
        } catch {
            diagnostics.append(Diagnostic(file: shownPath, position: error.position, severity: .error, rule: error.rule, message: error.message))
            return (SiteConfig(), nil)
        }
        diagnostics += reader.diagnostics
        return (config, reader.titleSource)
    }
}

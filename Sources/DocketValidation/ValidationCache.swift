import DocketContent
import DocketDomain
import Foundation

/// What `docket serve` keeps between validations of one site: the listing of the content
/// folder, the parse of every file and the schema check of every document, reused while
/// the file is unchanged, and the cross-file findings with what each read.
///
/// A document's checks also depend on docket.yml (limits, review link domains) and on
/// content/media (photos):
/// a different configuration drops every check by itself; the caller says when media
/// changed (`forgetChecks`).
public final class ValidationCache: @unchecked Sendable {
    let reads = ContentReadCache()
    private let lock = NSLock()
    private var checks: [String: (FileFingerprint, CheckedDocument, [Diagnostic])] = [:]
    private var configKey: String?
    private var crossFile = CrossFileChecks()

    public init() {}

    /// Drops every kept schema check (the media folder changed, say).
    public func forgetChecks() {
        lock.withLock {
            checks.removeAll()
            crossFile = CrossFileChecks()
        }
    }

    func use(config: SiteConfig) {
        let key = "\(config.contentDir)|\(config.maxFileSize)|\(config.reviewLinkDomains)|\(config.limits.overrides.sorted { $0.key < $1.key })"
        lock.withLock {
            if configKey != key {
                checks.removeAll()
                crossFile = CrossFileChecks()
            }
            configKey = key
        }
    }

    func checked(_ document: SourceDocument) -> (CheckedDocument, [Diagnostic])? {
        guard let fingerprint = document.fingerprint else { return nil }
        return lock.withLock {
            guard let entry = checks[document.path], entry.0 == fingerprint else { return nil }
            return (entry.1, entry.2)
        }
    }

    func store(_ checked: CheckedDocument, diagnostics: [Diagnostic], for document: SourceDocument) {
        guard let fingerprint = document.fingerprint else { return }
        lock.withLock { checks[document.path] = (fingerprint, checked, diagnostics) }
    }

    /// Runs the cross-file rules on what changed since the last run.
    func crossFileDiagnostics(documents: SiteDocuments, config: SiteConfig, buildTime: ISODate) -> [Diagnostic] {
        lock.withLock { crossFile.run(documents: documents, config: config, buildTime: buildTime) }
    }
}

import Foundation

/// Finds the content files under the content folder, reads and parses them on every core.
/// Problems with one file never stop the others from being read.
public struct ContentLoader: Sendable {
    /// The site root; diagnostics name files relative to it.
    public let siteRoot: SiteRoot
    /// The content folder, relative to the site root (`content`).
    public let contentDir: String
    /// Files larger than this are refused unread.
    public let maxFileSize: Int

    public static let defaultMaxFileSize = 1 << 20
    static let extensions: Set<String> = ["yml", "yaml", "json"]

    public init(siteRoot: SiteRoot, contentDir: String = "content", maxFileSize: Int = ContentLoader.defaultMaxFileSize) {
        self.siteRoot = siteRoot
        self.contentDir = contentDir
        self.maxFileSize = maxFileSize
    }

    public struct Result: Sendable {
        public var documents: [SourceDocument]
        public var diagnostics: [Diagnostic]
        /// Slugs of content files that exist but could not be read or parsed (already
        /// reported): references to them are not "missing".
        public var unreadable: [ContentKind: Set<String>]
    }

    /// - Parameters:
    ///   - cache: the listing and the parses kept from an earlier load; a file whose size,
    ///     modification time and inode are unchanged is not read again (`docket serve`).
    ///   - changed: the only files (relative to the site root) that may have changed since
    ///     that load, as a watcher saw them; nil lists and fingerprints every file.
    public func load(cache: ContentReadCache? = nil, changed: Set<String>? = nil) -> Result {
        var scan = cache?.scan(siteRoot: siteRoot, contentDir: contentDir) ?? ContentScan(siteRoot: siteRoot, contentDir: contentDir)
        if !(changed.map { scan.update($0) } ?? false) { scan.run() }
        cache?.keep(scan)
        let maxFileSize = self.maxFileSize
        // Looked up one by one: on a rebuild nearly every file is reused, and sharing that
        // between threads costs more than it saves.
        var outcomes = scan.files.map { file in cache?.outcome(for: file.path, fingerprint: file.fingerprint, maxFileSize: maxFileSize) }
        let unread = outcomes.indices.filter { outcomes[$0] == nil }
        let files = scan.files
        for (index, outcome) in zip(unread, unread.parallelMap { read(files[$0]) }) {
            cache?.store(outcome, for: files[index].path, fingerprint: files[index].fingerprint, maxFileSize: maxFileSize)
            outcomes[index] = outcome
        }
        cache?.keepOnly(scan.files)
        var documents: [SourceDocument] = []
        var diagnostics = scan.diagnostics
        var unreadable: [ContentKind: Set<String>] = [:]
        for (file, outcome) in zip(scan.files, outcomes) {
            switch outcome! {
            case .read(let document): documents.append(document)
            case .refused(let diagnostic):
                diagnostics.append(diagnostic)
                unreadable[file.kind, default: []].insert(file.slug)
            }
        }
        diagnostics += duplicateSlugs(in: scan.files)
        return Result(documents: documents, diagnostics: diagnostics, unreadable: unreadable)
    }

    enum Outcome: Sendable {
        case read(SourceDocument)
        case refused(Diagnostic)
    }

    private func read(_ file: ContentScan.File) -> Outcome {
        func failure(_ rule: String, _ message: String, _ position: SourcePosition = .fileStart) -> Outcome {
            .refused(Diagnostic(file: file.path, position: position, severity: .error, rule: rule, message: message))
        }
        if file.size > maxFileSize {
            return failure(Rule.fileTooLarge.id, "file is \(file.size) bytes; content files may be at most \(maxFileSize) bytes (max_file_size)")
        }
        let bytes: [UInt8]
        do throws(RegularFile.Failure) {
            bytes = try FileBytes.read(siteRoot.appending(file.path), expectedSize: file.size, limit: maxFileSize)
        } catch {
            if case .notRegular = error { return failure(Rule.fileNotRegular.id, "file " + error.description) }
            return failure(Rule.fileUnreadable.id, "file " + error.description)
        }
        if bytes.count > maxFileSize {
            return failure(Rule.fileTooLarge.id, "file grew past \(maxFileSize) bytes while being read (max_file_size)")
        }
        do throws(ParseError) {
            let text = try ContentText.decode(bytes)
            let root = file.isJSON ? try JSONReader.read(text) : try YAMLReader.read(text)
            return .read(SourceDocument(kind: file.kind, slug: file.slug, path: file.path, text: text, root: root, fingerprint: file.fingerprint))
        } catch {
            return failure(error.rule, error.message, error.position)
        }
    }

    /// `a.yml` and `a.json` in one folder: each file after the first is reported.
    private func duplicateSlugs(in files: [ContentScan.File]) -> [Diagnostic] {
        var first: [String: String] = [:]
        var diagnostics: [Diagnostic] = []
        for file in files {
            let key = file.kind.folder + "/" + file.slug
            if let earlier = first[key] {
                diagnostics.append(Diagnostic(file: file.path, position: .fileStart, severity: .error, rule: Rule.slugDuplicate.id,
                                              message: "slug '\(file.slug)' is already used by \(earlier)"))
            } else {
                first[key] = file.path
            }
        }
        return diagnostics
    }
}

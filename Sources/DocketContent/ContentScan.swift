import Foundation

/// Walks the content folder without following links: what is a content file, and what
/// is out of place.
struct ContentScan {
    struct File: Sendable {
        var kind: ContentKind
        var slug: String
        var path: String
        var size: Int
        var isJSON: Bool
        /// What the file was when listed: a cache reuses its parse while this holds.
        var fingerprint: FileFingerprint
    }

    let siteRoot: SiteRoot
    let contentDir: String
    private(set) var files: [File] = []
    private(set) var diagnostics: [Diagnostic] = []
    private var hasRun = false

    init(siteRoot: SiteRoot, contentDir: String) {
        self.siteRoot = siteRoot
        self.contentDir = contentDir
    }

    mutating func run() {
        files = []
        diagnostics = []
        hasRun = true
        for name in listing(of: contentDir) {
            let path = contentDir + "/" + name
            let entry = lstatEntry(path)
            if entry == .symlink {
                reportSymlink(path)
            } else if entry == .directory, let kind = ContentKind(folder: name) {
                scanTypeFolder(path, kind: kind)
            } else if entry == .directory, name == "media" {
                reportUnreadableNames(under: path)
            } else {
                reportUnexpected(path, entry: entry, "is not in a content type folder (experts, firms, requests, proposals) or media/")
            }
        }
        // A stable order: diagnostics and documents never depend on the file system's.
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
    }

    private mutating func scanTypeFolder(_ folder: String, kind: ContentKind) {
        for name in listing(of: folder) {
            classify(folder + "/" + name, name: name, kind: kind)
        }
    }

    /// Lists again only the entries at `paths` (relative to the site root) that may have
    /// changed: files directly in a type folder. Returns false when that is not enough (a
    /// path at the top of the content folder, or no earlier scan): the caller runs a full
    /// scan. Paths outside the content folder, in media/ or deeper are no content files.
    mutating func update(_ paths: Set<String>) -> Bool {
        guard hasRun else { return false }
        for path in paths {
            guard path.hasPrefix(contentDir + "/") else { continue }
            let parts = path.dropFirst(contentDir.count + 1).split(separator: "/", omittingEmptySubsequences: false)
            guard parts.count < 3, parts.first != "media" else { continue }
            guard parts.count == 2, let kind = ContentKind(folder: String(parts[0])) else { return false }
            files.removeAll { $0.path == path }
            diagnostics.removeAll { $0.file == path }
            let name = String(parts[1])
            if !name.hasPrefix(".") { classify(path, name: name, kind: kind) }
        }
        files.sort { $0.path.utf8.lexicographicallyPrecedes($1.path.utf8) }
        return true
    }

    /// One entry of a type folder: a content file, or what is wrong with it.
    private mutating func classify(_ path: String, name: String, kind: ContentKind) {
        var info = stat()
        let entry = lstatEntry(path, info: &info)
        guard entry != .missing else { return }
        guard entry != .symlink else { reportSymlink(path); return }
        let dot = name.lastIndex(of: ".")
        let ext = dot.map { String(name[name.index(after: $0)...]) } ?? ""
        guard entry == .file, let dot, ContentLoader.extensions.contains(ext) else {
            if entry == .other, dot != nil, ContentLoader.extensions.contains(ext) {
                // Named as content but a FIFO, socket or device: reading it could block.
                let what = RegularFile.kind(of: info.st_mode) ?? "not a file"
                diagnostics.append(Diagnostic(file: path, position: .fileStart, severity: .error, rule: Rule.fileNotRegular.id,
                                              message: "is not a regular file: it is \(what); it is not read"))
            } else {
                reportUnexpected(path, entry: entry, "is not a .yml, .yaml or .json content file")
            }
            return
        }
        let slug = String(name[..<dot])
        let fingerprint = FileFingerprint(info)
        files.append(File(kind: kind, slug: slug, path: path, size: fingerprint.size, isJSON: ext == "json", fingerprint: fingerprint))
        if !Slug.isValid(slug) {
            diagnostics.append(Diagnostic(file: path, position: .fileStart, severity: .error, rule: Rule.slugInvalid.id,
                                          message: "file name '\(slug)' is not a valid slug: lower-case letters, digits and single hyphens, at most \(Slug.maximumLength) characters"))
        }
    }

    private enum Entry { case file, directory, symlink, other, missing }

    private func lstatEntry(_ path: String) -> Entry {
        var info = stat()
        return lstatEntry(path, info: &info)
    }

    /// The entry's kind, filling `info` (one `lstat` per file on a large site).
    private func lstatEntry(_ path: String, info: inout stat) -> Entry {
        guard lstat(siteRoot.appending(path), &info) == 0 else { return .missing }
        switch info.st_mode & S_IFMT {
        case S_IFREG: return .file
        case S_IFDIR: return .directory
        case S_IFLNK: return .symlink
        default: return .other
        }
    }

    /// Names in a folder, without hidden files (`.gitkeep`, `.DS_Store` are nobody's
    /// content). A name that is not UTF-8 is reported, with its bytes escaped, not listed.
    private mutating func listing(of folder: String) -> [String] {
        var names: [String] = []
        for entry in FolderListing.entries(of: siteRoot.appending(folder)) where !entry.shown.hasPrefix(".") {
            if let name = entry.name {
                names.append(name)
            } else {
                diagnostics.append(Diagnostic(file: folder + "/" + entry.shown, position: .fileStart, severity: .error, rule: Rule.fileNameEncoding.id,
                                              message: "file name is not valid UTF-8 (the bytes shown as \\xHH); rename it to be read"))
            }
        }
        return names.sorted()
    }

    /// Media files are read only when a photo names them, and a photo field (UTF-8 text)
    /// can never name a file whose name is not UTF-8: such names are reported here, the
    /// folders below walked without following links.
    private mutating func reportUnreadableNames(under folder: String) {
        for name in listing(of: folder) where lstatEntry(folder + "/" + name) == .directory {
            reportUnreadableNames(under: folder + "/" + name)
        }
    }

    private mutating func reportSymlink(_ path: String) {
        diagnostics.append(Diagnostic(file: path, position: .fileStart, severity: .error, rule: Rule.fileSymlink.id,
                                      message: "is a symbolic link; Docket does not follow links under the content folder"))
    }

    private mutating func reportUnexpected(_ path: String, entry: Entry, _ why: String) {
        let what = entry == .directory ? "folder" : "file"
        diagnostics.append(Diagnostic(file: path, position: .fileStart, severity: .warning, rule: Rule.fileUnexpected.id,
                                      message: "\(what) \(why); it is ignored"))
    }
}

import DocketContent
import DocketDomain
import Foundation

/// What a reference in a page may point at: internal targets must exist and name a file,
/// nothing the page loads (scripts, styles, images, fonts, frames, CSS imports) may come
/// from elsewhere, and nothing may send data or move the reader without them (forms,
/// `ping`, `<meta http-equiv="refresh">`): docs/spec.md §5, docs/checks.md.
enum ReferenceRules {
    typealias Problem = (line: Int, rule: String, message: String)

    /// Elements whose reference is a navigation, not a load: they may point off-site.
    static let navigations: Set<String> = ["a", "area"]
    static let offSiteSchemes: Set<String> = ["http", "https", "mailto", "tel"]
    static let loadingRels: Set<String> = ["stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"]

    /// - Parameter prettyURLs: `pretty_urls` of the site: links may then name a folder
    ///   that holds an `index.html`; otherwise every link names a file.
    static func problems(with reference: HTMLDocument.Reference, on page: String, root: String, prettyURLs: Bool) -> [Problem] {
        let tag = "<\(reference.element) \(reference.attribute)>"
        switch (reference.element, reference.attribute) {
        case ("style", _), (_, "style"):
            let what = reference.element == "style" ? "<style>" : "the style attribute"
            return cssProblems(reference.value, what: what, from: page, firstLine: reference.line, root: root)
        case (_, "action"), (_, "formaction"):
            return [(reference.line, Rule.checkForm.id, "\(tag) submits a form to “\(reference.value)”: a static site cannot receive it, and sent elsewhere it gives away what the reader typed")]
        case (_, "ping"):
            return [(reference.line, Rule.checkPing.id, "\(tag) reports every click to \(reference.value)")]
        case ("meta", "http-equiv"):
            return [(reference.line, Rule.checkRefresh.id, "<meta http-equiv=\"refresh\"> reloads or redirects the page by itself (content “\(reference.value)”)")]
        default:
            break
        }
        if reference.element == "link" && reference.rel == "canonical" { return [] }
        let urls = reference.attribute == "srcset"
            ? reference.value.split(separator: ",").compactMap { $0.split(separator: " ").first.map(String.init) }
            : [reference.value.trimmingCharacters(in: .whitespacesAndNewlines)]
        let isNavigation = navigations.contains(reference.element)
            || (reference.element == "link" && !(reference.rel ?? "").split(separator: " ").contains { loadingRels.contains(String($0)) })
        return urls.compactMap { url in
            problem(with: url, what: tag, loads: !isNavigation, from: page, root: root, prettyURLs: prettyURLs)
                .map { (reference.line, $0.rule, $0.message) }
        }
    }

    /// The `@import` and `url(…)` loads of CSS: of a `.css` file, a `<style>` element or a
    /// style attribute, resolved from `file`, the first line of the CSS being `firstLine`.
    static func cssProblems(_ css: String, what: String, from file: String, firstLine: Int, root: String) -> [Problem] {
        CSSReferences.loads(in: css).compactMap { load in
            problem(with: load.url, what: what, loads: true, from: file, root: root, prettyURLs: false)
                .map { (firstLine + load.line, $0.rule, $0.message) }
        }
    }

    /// One URL of `file`; `loads` when the browser fetches it with the page (an image, a
    /// stylesheet) rather than when the reader follows it.
    static func problem(with url: String, what: String, loads: Bool, from file: String, root: String, prettyURLs: Bool) -> (rule: String, message: String)? {
        // A fragment or a query alone stays on the page itself.
        guard let first = url.first, first != "#", first != "?" else { return nil }
        if let scheme = scheme(of: url) {
            if loads {
                return scheme == "data" ? nil : (Rule.checkExternal.id, "\(what) loads \(url) from elsewhere")
            }
            return offSiteSchemes.contains(scheme) ? nil : (Rule.checkExternal.id, "\(what) uses the \(scheme): scheme")
        }
        if url.hasPrefix("//") {
            return (Rule.checkExternal.id, "\(what) points at another host: \(url)")
        }
        if url.hasPrefix("/") {
            return (Rule.checkLink.id, "\(what) is root-relative (\(url)); it breaks when the site is opened from disk")
        }
        guard let target = resolve(url, from: file) else {
            return (Rule.checkLink.id, "\(what) points at \(url), outside the site")
        }
        switch SiteFiles.kind(of: target, root: root) {
        case .file:
            return nil
        case .missing:
            return (Rule.checkLink.id, "\(what) points at \(url), which does not exist")
        case .folder(let hasIndex):
            if !hasIndex {
                return (Rule.checkLink.id, "\(what) points at \(url), a folder without index.html")
            }
            if !prettyURLs {
                return (Rule.checkLink.id, "\(what) points at \(url), a folder: opened from disk it shows no page; name its index.html (pretty_urls is off)")
            }
            return nil
        }
    }

    /// `https:`, `javascript:` … of an absolute URL; nil for a relative one.
    static func scheme(of url: String) -> String? {
        guard let colon = url.firstIndex(of: ":") else { return nil }
        let scheme = url[..<colon]
        guard let first = scheme.first, first.isASCII, first.isLetter,
              scheme.allSatisfy({ $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }) else { return nil }
        return scheme.lowercased()
    }

    /// A relative URL resolved against the page's folder; nil when it climbs out of the site.
    static func resolve(_ url: String, from page: String) -> String? {
        var path = url
        if let cut = path.firstIndex(where: { $0 == "?" || $0 == "#" }) { path = String(path[..<cut]) }
        path = path.removingPercentEncoding ?? path
        var parts = (page as NSString).deletingLastPathComponent.split(separator: "/").map(String.init)
        for part in path.split(separator: "/", omittingEmptySubsequences: false).map(String.init) {
            switch part {
            case "", ".": continue
            case "..": if parts.popLast() == nil { return nil }
            default: parts.append(part)
            }
        }
        return parts.joined(separator: "/") + (path.hasSuffix("/") ? "/" : "")
    }
}

/// The files of a built site.
enum SiteFiles {
    /// Every regular file and every folder, relative to `root`, each in a stable order.
    static func list(_ root: String) -> (files: [String], folders: [String]) {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return ([], []) }
        var files: [String] = []
        var folders: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory) {
                if isDirectory.boolValue { folders.append(path) } else { files.append(path) }
            }
        }
        return (files.sorted(), folders.sorted())
    }

    enum Kind: Equatable {
        case file, missing
        case folder(hasIndex: Bool)
    }

    static func kind(of path: String, root: String) -> Kind {
        var isDirectory: ObjCBool = false
        let full = root + "/" + path
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { return .missing }
        return isDirectory.boolValue ? .folder(hasIndex: FileManager.default.fileExists(atPath: full + "/index.html")) : .file
    }

    /// A file, or a folder with an `index.html` (what a sitemap or feed URL may name).
    static func resolves(_ path: String, root: String) -> Bool {
        switch kind(of: path, root: root) {
        case .file, .folder(hasIndex: true): true
        case .missing, .folder(hasIndex: false): false
        }
    }
}

import DocketDomain
import Foundation
import Testing

/// A built output folder: its files, its pages parsed, and how links between them resolve.
struct BuiltSite: Sendable {
    let root: String

    /// Every file, relative to the root, hidden ones included, sorted.
    var files: [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(relative)
            }
        }
        return files.sorted()
    }

    var htmlFiles: [String] { files.filter { $0.hasSuffix(".html") } }

    func exists(_ path: String) -> Bool { FileManager.default.fileExists(atPath: root + "/" + path) }

    func isFolder(_ path: String) -> Bool {
        var isDirectory: ObjCBool = false
        return FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory) && isDirectory.boolValue
    }

    func data(_ path: String) -> Data? { FileManager.default.contents(atPath: root + "/" + path) }

    func text(_ path: String) -> String? { data(path).map { String(decoding: $0, as: UTF8.self) } }

    /// Every file's bytes by path: what two builds are compared on.
    func snapshot() -> [String: Data] {
        Dictionary(uniqueKeysWithValues: files.map { ($0, data($0)!) })
    }

    func page(_ path: String, sourceLocation: SourceLocation = #_sourceLocation) throws -> Page {
        let bytes = try #require(data(path), "no \(path) in the output", sourceLocation: sourceLocation)
        let document = try #require(Markup.html(bytes), "\(path) does not parse as HTML", sourceLocation: sourceLocation)
        return Page(path: path, document: document)
    }
}

/// One HTML page of a built site.
struct Page {
    let path: String
    let document: Node

    var text: String { document.text }
    var main: Node { document.first("main") ?? document }
    var title: String { document.first("title")?.text ?? "" }

    /// Every `<a href>` with the site path it leads to (nil for external or fragment links).
    var links: [(node: Node, target: String?)] {
        document.all("a").compactMap { anchor in
            guard let href = anchor["href"] else { return nil }
            return (anchor, SitePaths.resolve(href, from: path))
        }
    }

    /// Site paths of the links, in document order, with duplicates kept.
    var linkTargets: [String] { links.compactMap(\.target) }

    /// The slugs of `<folder>/<slug>/index.html` pages this page links to, in order, once each.
    func linkedSlugs(under folder: String) -> [String] {
        var seen: Set<String> = []
        return linkTargets.compactMap { target -> String? in
            let parts = target.split(separator: "/").map(String.init)
            guard parts.count == 3, parts[0] == folder, parts[2] == "index.html",
                  !["page", "level", "country"].contains(parts[1]), seen.insert(parts[1]).inserted else { return nil }
            return parts[1]
        }
    }

    /// The element that stands for one linked item (its card or row): the largest ancestor
    /// of the link that holds no link to another item of the same folder.
    func card(linkingTo target: String) -> Node? {
        guard let anchor = links.first(where: { $0.target == target })?.node else { return nil }
        let folder = target.split(separator: "/").first.map(String.init) ?? ""
        var card = anchor
        for ancestor in anchor.ancestors {
            let others = ancestor.all("a").compactMap { $0["href"].flatMap { SitePaths.resolve($0, from: path) } }
                .filter { $0 != target && $0.hasPrefix(folder + "/") && !$0.hasPrefix(folder + "/index.html") }
            if !others.isEmpty { break }
            card = ancestor
        }
        return card
    }

    func meta(_ name: String) -> String? {
        document.all("meta").first { $0["name"]?.lowercased() == name }?["content"]
    }
}

/// Relative URLs between files of the output, as a browser resolves them on `file://`.
enum SitePaths {
    /// The site path `href` names from the page at `page`, without query or fragment; nil
    /// for absolute URLs (with a scheme or `//`), fragment-only links, and paths that climb
    /// out of the site. A path ending in `/` keeps its slash (a folder).
    static func resolve(_ href: String, from page: String) -> String? {
        guard !href.isEmpty, !href.hasPrefix("#"), !isAbsolute(href) else { return nil }
        var reference = href
        if let cut = reference.firstIndex(where: { $0 == "#" || $0 == "?" }) { reference = String(reference[..<cut]) }
        if reference.isEmpty { return page }
        var parts = page.split(separator: "/", omittingEmptySubsequences: false).dropLast().map(String.init)
        if reference.hasPrefix("/") { parts = [] }
        let pieces = reference.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        for (index, piece) in pieces.enumerated() {
            let last = index == pieces.count - 1
            switch piece {
            case "..":
                guard !parts.isEmpty else { return nil }
                parts.removeLast()
                if last { parts.append("") }
            case ".":
                if last { parts.append("") }
            case "" where !last:
                continue
            default:
                parts.append(piece.removingPercentEncoding ?? piece)
            }
        }
        let joined = parts.joined(separator: "/")
        return joined.hasPrefix("/") ? String(joined.dropFirst()) : joined
    }

    /// A URL with a scheme (`https:`, `mailto:`, `data:`…) or protocol-relative (`//host`).
    static func isAbsolute(_ href: String) -> Bool {
        if href.hasPrefix("//") { return true }
        guard let colon = href.firstIndex(of: ":") else { return false }
        let scheme = href[..<colon]
        return !scheme.isEmpty && scheme.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "+-.".contains($0)) }
            && scheme.first!.isLetter
    }
}

import Foundation

/// What a reference in a page may point at: internal targets must exist, and nothing
/// the page loads (scripts, styles, images, fonts, frames) may come from elsewhere.
enum ReferenceRules {
    /// Elements whose reference is a navigation, not a load: they may point off-site.
    static let navigations: Set<String> = ["a", "area", "form"]
    static let offSiteSchemes: Set<String> = ["http", "https", "mailto", "tel"]

    static func problems(with reference: HTMLDocument.Reference, on page: String, root: String) -> [(rule: String, message: String)] {
        if reference.attribute == "style" {
            return externalLoads(inCSS: reference.value).map { ("check.external", "style loads \($0) from elsewhere") }
        }
        let urls = reference.attribute == "srcset"
            ? reference.value.split(separator: ",").compactMap { $0.split(separator: " ").first.map(String.init) }
            : [reference.value.trimmingCharacters(in: .whitespacesAndNewlines)]
        var problems: [(String, String)] = []
        let isNavigation = navigations.contains(reference.element)
            || (reference.element == "link" && !(reference.rel ?? "").split(separator: " ").contains { ["stylesheet", "icon", "preload", "modulepreload", "manifest", "prefetch"].contains(String($0)) })
        for url in urls where !url.isEmpty && !url.hasPrefix("#") {
            if let scheme = scheme(of: url) {
                if !isNavigation {
                    if scheme != "data" { problems.append(("check.external", "<\(reference.element) \(reference.attribute)> loads \(url) from elsewhere")) }
                } else if !offSiteSchemes.contains(scheme) {
                    problems.append(("check.external", "<\(reference.element) \(reference.attribute)> uses the \(scheme): scheme"))
                }
            } else if url.hasPrefix("//") {
                problems.append(("check.external", "<\(reference.element) \(reference.attribute)> points at another host: \(url)"))
            } else if url.hasPrefix("/") {
                problems.append(("check.link", "<\(reference.element) \(reference.attribute)> is root-relative (\(url)); it breaks when the site is opened from disk"))
            } else if reference.element == "link" && reference.rel == "canonical" {
                continue
            } else {
                let target = resolve(url, from: page)
                if target == nil || !SiteFiles.resolves(target!, root: root) {
                    problems.append(("check.link", "<\(reference.element) \(reference.attribute)> points at \(url), which does not exist"))
                }
            }
        }
        return problems
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

    /// `url(…)` and `@import` targets in CSS that come from another host.
    static func externalLoads(inCSS css: String) -> [String] {
        var found: [String] = []
        var rest = Substring(css)
        while let range = rest.range(of: "url(", options: .caseInsensitive) ?? rest.range(of: "@import", options: .caseInsensitive) {
            let after = rest[range.upperBound...].drop { $0 == " " || $0 == "\"" || $0 == "'" }
            let target = after.prefix { !")\"' ;".contains($0) }
            if scheme(of: String(target)).map({ $0 != "data" }) ?? target.hasPrefix("//") {
                found.append(String(target))
            }
            rest = rest[range.upperBound...]
        }
        return found
    }
}

/// The files of a built site.
enum SiteFiles {
    /// Every regular file, relative to `root`, in a stable order.
    static func list(_ root: String) -> [String] {
        guard let enumerator = FileManager.default.enumerator(atPath: root) else { return [] }
        var files: [String] = []
        while let path = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: root + "/" + path, isDirectory: &isDirectory), !isDirectory.boolValue {
                files.append(path)
            }
        }
        return files.sorted()
    }

    /// A file, or a folder with an `index.html`.
    static func resolves(_ path: String, root: String) -> Bool {
        var isDirectory: ObjCBool = false
        let full = root + "/" + path
        guard FileManager.default.fileExists(atPath: full, isDirectory: &isDirectory) else { return false }
        return !isDirectory.boolValue || FileManager.default.fileExists(atPath: full + "/index.html")
    }
}

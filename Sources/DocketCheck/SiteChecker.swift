import CLibXML2
import DocketContent
import DocketSite
import DocketValidation
import Foundation

/// `docket check`: reads a built site back as a browser and a crawler would. Every
/// internal reference (CSS loads included) resolves to a file, nothing is loaded from
/// elsewhere, nothing sends the reader's data or moves them (forms, `ping`, refresh), no
/// private value appears in any file or file name, and the sitemap (its index and parts)
/// and the feeds (Atom and JSON) are well-formed and point at pages that exist
/// (docs/checks.md).
public struct SiteChecker: Sendable {
    public let root: String
    /// Values that must never be published: every e-mail address of the content.
    public let privateValues: [String]
    /// `privateValues` as UTF-8, searched for in bytes: a `String.contains` per value and
    /// file made a 1,000-entity site take minutes to check.
    private let privateNeedles: [[UInt8]]
    /// Lets the sitemap's absolute URLs be mapped back to files.
    public let baseURL: String?
    /// `pretty_urls`: links may name folders (that hold an index.html) instead of files.
    public let prettyURLs: Bool

    public init(root: String, privateValues: [String], baseURL: String?, prettyURLs: Bool = false) {
        self.root = root
        self.privateValues = privateValues.map { $0.lowercased() }
        self.privateNeedles = self.privateValues.map { Array($0.utf8) }
        self.baseURL = baseURL
        self.prettyURLs = prettyURLs
    }

    public func run() -> [CheckProblem] {
        let (files, folders) = SiteFiles.list(root)
        let problems = files.parallelMap { file -> [CheckProblem] in
            // Opened without blocking: a FIFO in the output must not hang the check.
            let data: Data
            do throws(RegularFile.Failure) { data = Data(try RegularFile.read(root + "/" + file)) } catch {
                return [CheckProblem(file: file, line: nil, rule: Rule.checkUnreadable.id, message: "cannot be read: it \(error.description)")]
            }
            var found = privateData(in: data, file: file)
            if file.hasSuffix(".html") {
                found += checkPage(data, file: file)
            } else if file.hasSuffix(".css") {
                found += ReferenceRules.cssProblems(String(decoding: data, as: UTF8.self), what: "the stylesheet", from: file, firstLine: 1, root: root).map {
                    CheckProblem(file: file, line: $0.line, rule: $0.rule, message: $0.message)
                }
            } else if SiteFeeds.isSitemapFile(file) || file.hasSuffix("feed.xml") {
                found += checkXML(data, file: file)
            } else if file.hasSuffix("feed.json") {
                found += checkJSONFeed(data, file: file)
            }
            return found
        }
        let named = (files + folders).flatMap(privateData(inName:))
        // No report may publish what it found: every private value is masked, in the file
        // names and in the messages (which quote URLs) alike.
        return (problems.flatMap { $0 } + named).map(redacted).sorted()
    }

    private func checkPage(_ data: Data, file: String) -> [CheckProblem] {
        guard let page = HTMLDocument(data: data) else {
            return [CheckProblem(file: file, line: nil, rule: Rule.checkHtml.id, message: "cannot be parsed as HTML")]
        }
        var problems: [CheckProblem] = []
        for reference in page.references {
            for problem in ReferenceRules.problems(with: reference, on: file, root: root, prettyURLs: prettyURLs) {
                problems.append(CheckProblem(file: file, line: problem.line, rule: problem.rule, message: problem.message))
            }
        }
        let visible = page.visibleText.lowercased()
        let readings = [Array(visible.utf8)] + PublishedReadings.otherReadings(of: visible)
        if privateNeedles.contains(where: { needle in readings.contains { Self.bytes($0, contain: needle) } }) {
            problems.append(CheckProblem(file: file, line: nil, rule: Rule.checkPrivateData.id, message: "shows a private e-mail address of the content"))
        }
        return problems
    }

    /// Private values in the file's bytes as written, and percent-decoded; HTML pages are
    /// also read with their entities decoded (`checkPage`).
    private func privateData(in data: Data, file: String) -> [CheckProblem] {
        privateData(in: String(decoding: data, as: UTF8.self), at: file, where: "")
    }

    /// Private values in `text` as written, leniently percent-decoded and without invisible
    /// characters (`PublishedReadings`, as validation reads a public field), reported on
    /// `file` without quoting them.
    private func privateData(in text: String, at file: String, where place: String) -> [CheckProblem] {
        let raw = text.lowercased()
        let readings = [Array(raw.utf8)] + PublishedReadings.otherReadings(of: raw)
        var problems: [CheckProblem] = []
        let found = privateNeedles.filter { needle in readings.contains { Self.bytes($0, contain: needle) } }
        if !found.isEmpty {
            let count = found.count == 1 ? "a private e-mail address" : "\(found.count) private e-mail addresses"
            problems.append(CheckProblem(file: file, line: nil, rule: Rule.checkPrivateData.id, message: "holds \(count) of the content\(place)"))
        }
        if raw.contains("would_work_again") {
            problems.append(CheckProblem(file: file, line: nil, rule: Rule.checkPrivateData.id, message: "mentions would_work_again, the private review feedback\(place)"))
        }
        return problems
    }

    /// Private values in a file's or folder's own name (a folder's files are not reported
    /// again): a page at `experts/ada@example.com/` publishes the address as surely as a
    /// page that shows it.
    private func privateData(inName path: String) -> [CheckProblem] {
        privateData(in: (path as NSString).lastPathComponent, at: path, where: ", in its name")
    }

    /// `problem` with every private value in its file name and message masked, as
    /// written or percent-encoded.
    private func redacted(_ problem: CheckProblem) -> CheckProblem {
        func redact(_ text: String) -> String {
            var text = text
            let lowered = text.lowercased()
            let decoded = PublishedReadings.percentDecoded(Array(lowered.utf8)).map { String(decoding: $0, as: UTF8.self) } ?? lowered
            for value in privateValues where lowered.contains(value) || decoded.contains(value) {
                if !lowered.contains(value) { text = text.removingPercentEncoding ?? decoded }
                text = text.replacingOccurrences(of: value, with: "[private]", options: .caseInsensitive)
            }
            return text
        }
        guard !privateValues.isEmpty, problem.file.contains("@") || problem.file.contains("%") || problem.message.contains("@") || problem.message.contains("%") else { return problem }
        return CheckProblem(file: redact(problem.file), line: problem.line, rule: problem.rule, message: redact(problem.message))
    }

    /// Whether `needle` occurs in `haystack`. Every private value is an e-mail address, so
    /// the search starts at each `@` of the haystack (a page has few), not at every byte.
    static func bytes(_ haystack: [UInt8], contain needle: [UInt8]) -> Bool {
        guard !needle.isEmpty else { return true }
        guard haystack.count >= needle.count else { return false }
        let anchor = needle.firstIndex(of: UInt8(ascii: "@")) ?? 0
        let mark = needle[anchor]
        return haystack.withUnsafeBufferPointer { h in
            needle.withUnsafeBufferPointer { n in
                var index = anchor
                let last = h.count - n.count + anchor
                while index <= last {
                    guard let hit = memchr(h.baseAddress! + index, Int32(mark), last - index + 1) else { return false }
                    index = UnsafePointer(hit.assumingMemoryBound(to: UInt8.self)) - h.baseAddress!
                    if memcmp(h.baseAddress! + index - anchor, n.baseAddress!, n.count) == 0 { return true }
                    index += 1
                }
                return false
            }
        }
    }

    private func checkXML(_ data: Data, file: String) -> [CheckProblem] {
        guard let locations = XMLLocations.read(data) else {
            return [CheckProblem(file: file, line: nil, rule: Rule.checkXml.id, message: "is not well-formed XML")]
        }
        return problems(with: locations, in: file)
    }

    private func checkJSONFeed(_ data: Data, file: String) -> [CheckProblem] {
        guard let locations = JSONFeedLocations.read(data) else {
            return [CheckProblem(file: file, line: nil, rule: Rule.checkJson.id, message: "is not a JSON Feed (a JSON object with a version and items)")]
        }
        return problems(with: locations, in: file)
    }

    /// Every URL of a sitemap or feed names a file or page of this site: absolute under
    /// `base_url`, or relative to the file's folder.
    private func problems(with locations: [XMLLocations.Location], in file: String) -> [CheckProblem] {
        let folder = (file as NSString).deletingLastPathComponent
        var problems: [CheckProblem] = []
        for location in locations {
            var path = location.value
            if let baseURL, path.hasPrefix(baseURL) {
                path = String(path.dropFirst(baseURL.count))
            } else if path.hasPrefix("urn:") {
                continue
            } else if path.contains("://") {
                problems.append(CheckProblem(file: file, line: location.line, rule: Rule.checkSitemap.id, message: "points outside the site: \(location.value)"))
                continue
            } else if !folder.isEmpty {
                path = folder + "/" + path
            }
            if !SiteFiles.resolves(path, root: root) {
                problems.append(CheckProblem(file: file, line: location.line, rule: Rule.checkSitemap.id, message: "points at \(location.value), which is not a page of the site"))
            }
        }
        return problems
    }
}

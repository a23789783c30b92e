import DocketTestSupport
@testable import DocketServer
import DocketContent
import DocketSite
import DocketValidation
import Foundation
import Testing

/// A rebuild of `docket serve` after a change (told only the files the watcher names)
/// gives what a build from scratch gives: the same diagnostics, the same pages, the same
/// sitemap, feed and data export. Random sequences of edits, each step compared.
@Suite struct IncrementalBuildTests {
    @Test(arguments: 0..<12)
    func incrementalBuildsEqualBuildsFromScratch(seed: UInt64) throws {
        let site = try EditedSite()
        defer { site.remove() }
        let served = PreviewBuilder(siteRoot: SiteRoot(site.root), configFile: nil, now: "2026-11-22", environment: [:])
        _ = served.build()
        var random = SeededGenerator(seed: seed)
        for step in 0..<25 {
            let edit = SiteEdit.allCases[Int(random.next() % UInt64(SiteEdit.allCases.count))]
            let changed = site.apply(edit, random: &random)
            let incremental = served.build(changes: .files(changed))
            let fromScratch = PreviewBuilder(siteRoot: SiteRoot(site.root), configFile: nil, now: "2026-11-22", environment: [:]).build()
            let context = "seed \(seed), step \(step): \(edit)"
            #expect(incremental.diagnostics == fromScratch.diagnostics, "\(context)")
            #expect(Rendering(incremental.state) == Rendering(fromScratch.state), "\(context)")
        }
    }
}

/// Everything a state shows, as text: the pages of a site with their files, or the problems.
private struct Rendering: Equatable, CustomStringConvertible {
    let pages: [String: String]

    init(_ state: PreviewState) {
        switch state {
        case .site(let site):
            var pages: [String: String] = [:]
            for page in site.catalog.planner.plan() {
                let file = page.fileOverride ?? page.path.file
                pages[file] = String(decoding: site.resource(at: file).body, as: UTF8.self)
            }
            for file in ["sitemap.xml", "requests/feed.xml", "requests/feed.json"] + SiteExport.paths {
                pages[file] = String(decoding: site.resource(at: file).body, as: UTF8.self)
            }
            self.pages = pages
        case .invalid(let diagnostics):
            pages = ["invalid": diagnostics.map(\.textLine).joined(separator: "\n")]
        case .broken(let message):
            pages = ["broken": message]
        }
    }

    var description: String { pages.keys.sorted().joined(separator: ", ") }
}

/// The kinds of edit an author makes while `docket serve` runs.
enum SiteEdit: CaseIterable {
    case renameExpert, addExpert, removeExpert, breakProposalExpert, fixProposalExpert, renameFirm, restoreFirm,
         dropResponse, restoreResponse, reopenPayment, unreadableFile, restoreFile, duplicateSlug, addProposal,
         leakAddress, unleakAddress, readdressBabbage
}

/// A small valid site on disk, changed one edit at a time. Files are written as editors
/// save them (a new file renamed over the old), so every version has its own inode.
final class EditedSite {
    let root = NSTemporaryDirectory() + "docket-incremental-" + UUID().uuidString
    private var extraExperts = 0

    init() throws {
        for (path, text) in ValidContent.files { write(path, text) }
        write("content/experts/babbage.yml", ValidContent.expert.replacingOccurrences(of: "Ada Byron", with: "Charles Babbage"))
    }

    func remove() { try? FileManager.default.removeItem(atPath: root) }

    /// Applies `edit` and returns the absolute paths it touched, as the watcher reports them.
    func apply(_ edit: SiteEdit, random: inout SeededGenerator) -> Set<String> {
        let number = Int(random.next() % 1000)
        switch edit {
        case .renameExpert:
            return replace("content/experts/ada.yml", "^name: .*$", "name: Ada \(number)")
        case .addExpert:
            extraExperts += 1
            let firm = random.next() % 2 == 0 ? "analytical" : "nowhere"
            return write("content/experts/extra-\(extraExperts).yml",
                         ValidContent.expert.replacingOccurrences(of: "Ada Byron", with: "Extra \(number)")
                            .replacingOccurrences(of: "firm: analytical", with: "firm: \(firm)"))
        case .removeExpert:
            return delete(random.next() % 2 == 0 ? "content/experts/babbage.yml" : "content/experts/extra-\(extraExperts).yml")
        case .breakProposalExpert:
            return replace("content/proposals/network-review.yml", "^expert: .*$", "expert: ad")
        case .fixProposalExpert:
            return replace("content/proposals/network-review.yml", "^expert: .*$", random.next() % 2 == 0 ? "expert: ada" : "expert: babbage")
        case .renameFirm:
            guard let text = read("content/firms/analytical.yml") else { return [] }
            return delete("content/firms/analytical.yml").union(write("content/firms/analytic.yml", text))
        case .restoreFirm:
            guard let text = read("content/firms/analytic.yml") else { return [] }
            return delete("content/firms/analytic.yml").union(write("content/firms/analytical.yml", text))
        case .dropResponse:
            return replace("content/requests/harden-network.yml", "^  - ada$", "  - babbage")
        case .restoreResponse:
            return replace("content/requests/harden-network.yml", "^  - babbage$", "  - ada")
        case .reopenPayment:
            return replace("content/proposals/network-review.yml", "^    decided: 2026-11-02\\n    final: true$",
                           random.next() % 2 == 0 ? "    decided: 2026-11-02\n    final: true" : "    decided: 2026-11-02\n    final: false")
        case .unreadableFile:
            return write("content/proposals/network-review.yml", "request: [unclosed")
        case .restoreFile:
            return write("content/proposals/network-review.yml", ValidContent.proposal)
        case .duplicateSlug:
            return random.next() % 2 == 0 ? write("content/experts/ada.json", "{\"name\": \"Json Ada\"}") : delete("content/experts/ada.json")
        case .leakAddress:
            // A private value of another file repeated in a public field (privacy.repeated-value).
            let address = ["ada@example.com", "babbage@example.com", "Babbage@Example.com"][number % 3]
            return replace("content/requests/harden-network.yml", "^description: .*$",
                           "description: We run three services and want \(address) to review the network before an audit.")
        case .unleakAddress:
            return replace("content/requests/harden-network.yml", "^description: .*$",
                           "description: We run three services in one account and want the network reviewed before an audit.")
        case .readdressBabbage:
            return replace("content/experts/babbage.yml", "^email: .*$", number % 2 == 0 ? "email: babbage@example.com" : "email: ada@example.com")
        case .addProposal:
            return write("content/proposals/second-\(number % 3).yml",
                         ValidContent.proposal.replacingOccurrences(of: "expert: ada", with: "expert: babbage"))
        }
    }

    private func read(_ path: String) -> String? {
        FileManager.default.contents(atPath: root + "/" + path).map { String(decoding: $0, as: UTF8.self) }
    }

    @discardableResult
    private func write(_ path: String, _ text: String) -> Set<String> {
        let file = root + "/" + path
        try? FileManager.default.createDirectory(atPath: (file as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try? Data(text.utf8).write(to: URL(fileURLWithPath: file), options: .atomic)
        return [file]
    }

    private func delete(_ path: String) -> Set<String> {
        try? FileManager.default.removeItem(atPath: root + "/" + path)
        return [root + "/" + path]
    }

    private func replace(_ path: String, _ pattern: String, _ replacement: String) -> Set<String> {
        guard let text = read(path) else { return [] }
        let changed = text.replacingOccurrences(of: "(?m)" + pattern, with: replacement, options: .regularExpression)
        return write(path, changed)
    }
}

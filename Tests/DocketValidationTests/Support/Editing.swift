@testable import DocketValidation

/// Line edits on the valid documents, so each test changes exactly what it is about.
/// Every edit insists that its line occurs exactly once: a typo in a test must fail
/// loudly, not silently test the unchanged document.
extension String {
    func replacingLine(_ old: String, with new: String) -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let matches = lines.indices.filter { lines[$0] == old }
        precondition(matches.count == 1, "line \"\(old)\" occurs \(matches.count) times")
        lines[matches[0]] = new
        return lines.joined(separator: "\n")
    }

    func removingLine(_ old: String) -> String {
        var lines = split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        let matches = lines.indices.filter { lines[$0] == old }
        precondition(matches.count == 1, "line \"\(old)\" occurs \(matches.count) times")
        lines.remove(at: matches[0])
        return lines.joined(separator: "\n")
    }

    func appending(_ lines: String) -> String { self + "\n" + lines }

    /// The document with `lines` inserted after the line `anchor` (which occurs once).
    func inserting(_ lines: String, after anchor: String) -> String {
        replacingLine(anchor, with: anchor + "\n" + lines)
    }

    /// The document with a passage (of one or more lines) replaced; it occurs once.
    func replacingPassage(_ old: String, with new: String) -> String {
        let count = components(separatedBy: old).count - 1
        precondition(count == 1, "passage occurs \(count) times:\n\(old)")
        return replacingOccurrences(of: old, with: new)
    }
}

/// Texts of an exact length in characters.
enum Text {
    /// `count` characters: words of "abcd" and spaces, never starting or ending with a space.
    static func of(_ count: Int) -> String {
        precondition(count >= 0)
        let pattern = Array("abcd ")
        var text = String((0..<count).map { pattern[$0 % pattern.count] })
        if text.hasSuffix(" ") { text.removeLast(); text += "x" }
        return text
    }
}

extension SiteFixture {
    /// The valid site with one of its files replaced.
    static func valid(replacing path: String, with text: String) -> SiteFixture {
        let site = SiteFixture.valid()
        site.write(path, text)
        return site
    }

    static let requestPath = "content/requests/harden-network.yml"
    static let expertPath = "content/experts/ada.yml"
    static let firmPath = "content/firms/analytical.yml"
    static let proposalPath = "content/proposals/network-review.yml"
}

extension ValidationResult {
    /// The messages of the diagnostics of one rule.
    func messages(_ rule: String) -> [String] {
        diagnostics.filter { $0.rule == rule }.map(\.message)
    }
}

/// A second proposal, by ada for the valid request, that nothing reviews: payment and
/// permission tests change it freely without touching the review of the valid fixture.
///
/// Lines: request 1, expert 2, title 3, status 4, created 5, total 6 (col 8), body 7, then
/// `payment_requests:` on line 8 with each payment five lines long from line 9
/// (amount, description, requested, status, final), then `permission_requests:` with each
/// permission two lines long (policy, status) or three with a description.
enum ExtraProposal {
    static let path = "content/proposals/extra-work.yml"

    static func text(status: String = "accepted", total: String = "1000",
                     payments: [String] = [], permissions: [String] = []) -> String {
        var lines = [
            "request: harden-network",
            "expert: ada",
            "title: Extra work on the network",
            "status: \(status)",
            "created: 2026-10-05",
            "total: \(total)",
            "body: A body long enough to pass the thirty characters.",
        ]
        if !payments.isEmpty { lines += ["payment_requests:"] + payments }
        if !permissions.isEmpty { lines += ["permission_requests:"] + permissions }
        return lines.joined(separator: "\n")
    }

    static func payment(_ amount: String, requested: String = "2026-10-20", status: String = "accepted",
                        description: String = "Work done", final: Bool = false) -> String {
        """
          - amount: \(amount)
            description: \(description)
            requested: \(requested)
            status: \(status)
            final: \(final)
        """
    }

    static func permission(_ policy: String, status: String = "requested", description: String? = nil) -> String {
        var text = """
          - policy: \(policy)
            status: \(status)
        """
        if let description { text += "\n    description: \(description)" }
        return text
    }

    /// The valid site plus this proposal.
    static func site(_ text: String) -> SiteFixture {
        let site = SiteFixture.valid()
        site.write(path, text)
        return site
    }
}

/// The first bytes of real images, and of things that are not.
enum ImageBytes {
    static let png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13] + Array("IHDR".utf8)
    static let jpeg: [UInt8] = [0xFF, 0xD8, 0xFF, 0xE0, 0, 16] + Array("JFIF".utf8)
    static let gif87: [UInt8] = Array("GIF87a".utf8) + [1, 0, 1, 0]
    static let gif89: [UInt8] = Array("GIF89a".utf8) + [1, 0, 1, 0]
    static let text: [UInt8] = Array("this is not an image\n".utf8)
}

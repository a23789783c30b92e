import DocketMarkdown

/// Any text renders, in both flavours, to HTML that holds only the subset's markup
/// (docs/spec.md §4): no script, no event handler, no link outside http, https and mailto; and
/// every finding points into the text it was found in.
enum MarkdownCheck {
    static func problems(with input: [UInt8]) -> [String] {
        let markdown = String(decoding: input, as: UTF8.self)
        let length = markdown.utf8.count
        let lines = 1 + markdown.utf8.count { $0 == UInt8(ascii: "\n") || $0 == UInt8(ascii: "\r") }
        var problems: [String] = []
        for flavour in MarkdownFlavour.allCases {
            let rendered = SubsetRenderer(flavour: flavour).render(markdown)
            problems += MarkupAllowList.violations(in: rendered.html).map { "\(flavour): \($0)" }
            for finding in rendered.findings where !(0...length).contains(finding.utf8Offset) || !(1...lines).contains(finding.line) {
                problems.append("\(flavour): \(finding.rule) at offset \(finding.utf8Offset), line \(finding.line), outside the text")
            }
        }
        return problems
    }
}

import Foundation

/// The examples of the GitHub Flavored Markdown spec (Data/gfm-spec-0.29.txt, CC-BY-SA 4.0:
/// Data/README.md).
struct GFMSpecExample: Sendable {
    var number: Int
    /// The extension the example is written for (`table`, `autolink`…), if any.
    var tag: String
    var markdown: String
    var html: String
}

enum GFMSpec {
    /// The spec is kept beside this file, in the repository: a fresh clone needs nothing else.
    static let url = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // DocketMarkdownTests
        .appendingPathComponent("Data/gfm-spec-0.29.txt")

    private static let fence = String(repeating: "`", count: 32)

    /// Each example sits between a line of 32 backticks plus ` example` and a line of 32
    /// backticks, markdown and HTML split by a line holding `.`; `→` stands for a tab.
    static func examples(in text: String) -> [GFMSpecExample] {
        var examples: [GFMSpecExample] = []
        var current: (tag: String, markdown: [Substring], html: [Substring], inHTML: Bool)?
        for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
            if current == nil, line.hasPrefix(fence + " example") {
                let tag = line.dropFirst(fence.count + " example".count).trimmingCharacters(in: .whitespaces)
                current = (tag, [], [], false)
            } else if var example = current {
                if line == fence {
                    examples.append(GFMSpecExample(
                        number: examples.count + 1, tag: example.tag,
                        markdown: untabbed(example.markdown), html: untabbed(example.html)))
                    current = nil
                } else if line == ".", !example.inHTML {
                    example.inHTML = true
                    current = example
                } else {
                    if example.inHTML { example.html.append(line) } else { example.markdown.append(line) }
                    current = example
                }
            }
        }
        return examples
    }

    private static func untabbed(_ lines: [Substring]) -> String {
        lines.map { $0 + "\n" }.joined().replacingOccurrences(of: "→", with: "\t")
    }
}

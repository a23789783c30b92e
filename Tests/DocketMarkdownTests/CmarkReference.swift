import CCmarkGFM
#if canImport(Glibc)
import Glibc
#endif
@testable import DocketMarkdown

/// cmark-gfm's own HTML for the same input, parsed with the same extensions and options
/// as the subset renderer (without source positions, which would add attributes).
enum CmarkReference {
    static func html(_ markdown: String) -> String {
        let bytes = Array(markdown.utf8)
        let rendered: String? = bytes.withUnsafeBufferPointer { buffer in
            GFMParser.shared.withDocument(buffer) { document in
                let options = GFMParser.parseOptions & ~CMARK_OPT_SOURCEPOS
                guard let html = cmark_render_html(document, options, nil) else { return "" }
                defer { free(html) }
                return String(cString: html)
            }
        }
        return rendered ?? ""
    }

    /// The reference as the subset writes it for the same input: links gain `rel`, and
    /// the profile flavour's headings move two levels down.
    static func expectedSubsetHTML(_ markdown: String, flavour: MarkdownFlavour) -> String {
        adjusted(html(markdown), flavour: flavour)
    }

    static func adjusted(_ reference: String, flavour: MarkdownFlavour) -> String {
        var html = addingRel(to: reference)
        if flavour == .profile {
            for level in (1...3).reversed() {
                html = html.replacing("<h\(level)>", with: "<h\(level + 2)>")
                    .replacing("</h\(level)>", with: "</h\(level + 2)>")
            }
        }
        return html
    }

    /// Inserts ` rel="…"` at the end of every `<a href="…"…>` opening tag. Text never
    /// holds a raw `<a `, since `<` in text is always escaped.
    static func addingRel(to html: String) -> String {
        var result = ""
        var rest = html[...]
        while let open = rest.firstRange(of: "<a href=\"") {
            result += rest[..<open.upperBound]
            rest = rest[open.upperBound...]
            guard let close = rest.firstIndex(of: ">") else { break }
            result += rest[..<close] + " rel=\"nofollow ugc noopener\">"
            rest = rest[rest.index(after: close)...]
        }
        return result + rest
    }
}

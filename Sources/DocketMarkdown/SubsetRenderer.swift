/// Renders the limited markdown subset of docs/spec.md §4 to safe HTML.
///
/// Parsing is cmark-gfm's, with every GFM extension on so that tables, strikethrough,
/// autolinks, task lists and footnotes are recognised — and reported — rather than read
/// as plain text. Only the flavour's nodes become markup; everything else is shown as
/// the text the author wrote. Raw HTML never passes through.
///
/// A value is cheap to copy and safe to use from any number of threads at once: each
/// call parses with its own cmark-gfm parser, and the library's global set-up is done
/// once per process (see `GFMParser`).
public struct SubsetRenderer: Sendable {
    public let flavour: MarkdownFlavour

    public init(flavour: MarkdownFlavour) {
        self.flavour = flavour
    }

    public func render(_ markdown: String) -> RenderedMarkdown {
        var markdown = markdown
        let hasNUL = markdown.withUTF8 { ByteSearch.contains(0, in: $0) }
        guard hasNUL else { return renderNormalised(markdown) }
        // cmark-gfm reads NUL as U+FFFD (three bytes) and places everything after it
        // accordingly; render that text, then move offsets back onto the input's bytes.
        var replacements: [Int] = []
        var normalised: [UInt8] = []
        normalised.reserveCapacity(markdown.utf8.count + 16)
        for byte in markdown.utf8 {
            if byte == 0 {
                replacements.append(normalised.count)
                normalised += [0xEF, 0xBF, 0xBD]
            } else {
                normalised.append(byte)
            }
        }
        var rendered = renderNormalised(String(decoding: normalised, as: UTF8.self))
        for index in rendered.findings.indices {
            let offset = rendered.findings[index].utf8Offset
            rendered.findings[index].utf8Offset = offset - 2 * replacements.prefix { $0 < offset }.count
        }
        return rendered
    }

    private func renderNormalised(_ markdown: String) -> RenderedMarkdown {
        var markdown = markdown
        return markdown.withUTF8 { bytes in
            var writer = SubsetWriter(flavour: flavour, source: bytes)
            let parsed: Void? = GFMParser.shared.withDocument(bytes) { document in
                writer.write(CmarkNode(document))
            }
            // cmark-gfm only fails to allocate; show nothing rather than unchecked text.
            guard parsed != nil else { return RenderedMarkdown(html: "", findings: []) }
            return RenderedMarkdown(html: String(decoding: writer.output, as: UTF8.self), findings: writer.findings)
        }
    }
}

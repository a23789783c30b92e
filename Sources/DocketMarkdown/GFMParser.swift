import CCmarkGFM
import CDocketSystem

/// cmark-gfm set up once per process, and a parse that frees what it allocates.
///
/// cmark-gfm 0.29.0.gfm.6 keeps two pieces of global state that are not thread-safe:
/// - extension registration, done once here behind a `static let`;
/// - the inline scanner's tables of "special characters". Every parse adds its inline
///   extensions' characters (`:` and `w` for autolinks, `~` for strikethrough) to global
///   tables when it starts on inlines and removes them when it ends, so a parse ending
///   on one thread makes a parse running on another miss autolinks or strikethrough.
///   The autolink characters are added here once for good and taken off the extension,
///   so no parse touches them again. Strikethrough needs its list to find its closing
///   `~`, so it is attached only to inputs that hold a `~` (for others it could not
///   change the tree) and those parses take turns behind a lock. Everything else runs
///   in parallel.
struct GFMParser: @unchecked Sendable {
    // @unchecked: the pointers are to cmark-gfm's registered extensions, which live for
    // the whole process and are only read once `shared` is built.
    let table: OpaquePointer
    let strikethrough: OpaquePointer
    let autolink: OpaquePointer
    let tasklist: OpaquePointer
    private let strikethroughLock = ParseLock()

    /// Footnotes are recognised so they can be reported; SOURCEPOS makes cmark-gfm
    /// track lines through multi-line code spans and inline HTML (it only affects the
    /// tree's positions here, never our output).
    static let parseOptions = CMARK_OPT_FOOTNOTES | CMARK_OPT_SOURCEPOS

    static let shared: GFMParser = {
        cmark_gfm_core_extensions_ensure_registered()
        func find(_ name: String) -> OpaquePointer {
            guard let ext = cmark_find_syntax_extension(name) else {
                fatalError("cmark-gfm lacks its core extension '\(name)'")
            }
            return ext
        }
        let parser = GFMParser(
            table: find("table"), strikethrough: find("strikethrough"),
            autolink: find("autolink"), tasklist: find("tasklist"))
        parser.pinAutolinkCharacters()
        return parser
    }()

    private func pinAutolinkCharacters() {
        guard let probe = cmark_parser_new(Self.parseOptions) else { return }
        defer { cmark_parser_free(probe) }
        cmark_parser_attach_syntax_extension(probe, autolink)
        cmark_manage_extensions_special_characters(probe, 1)
        // Setting the list to nil through the public API would orphan it (LeakSanitizer).
        docket_cmark_drop_special_inline_chars(UnsafeMutableRawPointer(autolink))
    }

    /// Parses `bytes` with the GFM extensions attached and hands the document to `body`;
    /// the tree is freed when `body` returns.
    func withDocument<R>(
        _ bytes: UnsafeBufferPointer<UInt8>,
        _ body: (OpaquePointer) -> R
    ) -> R? {
        guard let parser = cmark_parser_new(Self.parseOptions) else { return nil }
        defer { cmark_parser_free(parser) }
        for ext in [table, autolink, tasklist] {
            cmark_parser_attach_syntax_extension(parser, ext)
        }
        let document: OpaquePointer?
        if ByteSearch.contains(UInt8(ascii: "~"), in: bytes) {
            cmark_parser_attach_syntax_extension(parser, strikethrough)
            document = strikethroughLock.withLock { Self.parse(bytes, with: parser) }
        } else {
            document = Self.parse(bytes, with: parser)
        }
        guard let document else { return nil }
        defer { cmark_node_free(document) }
        return body(document)
    }

    private static func parse(_ bytes: UnsafeBufferPointer<UInt8>, with parser: OpaquePointer) -> OpaquePointer? {
        if let base = bytes.baseAddress {
            base.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                cmark_parser_feed(parser, $0, bytes.count)
            }
        }
        return cmark_parser_finish(parser)
    }
}

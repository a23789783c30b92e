// Times the subset renderer on every markdown body of a corpus against cmark-gfm's own
// rendering of the same bodies, in one process, and prints both and their ratio.
//
// usage: docket-markdown-bench BODY_DIR [ROUNDS]
// BODY_DIR holds one body per file, named <type>-<slug>.md (gen_corpus.py --body-dir);
// expert and firm bodies use the profile flavour, proposals the proposal flavour.
import CCmarkGFM
import DocketMarkdown
import Foundation

struct Body {
    var markdown: String
    var renderer: SubsetRenderer
}

func loadBodies(from directory: String) throws -> [Body] {
    let names = try FileManager.default.contentsOfDirectory(atPath: directory).filter { $0.hasSuffix(".md") }.sorted()
    return try names.map { name in
        let markdown = try String(contentsOfFile: directory + "/" + name, encoding: .utf8)
        return Body(markdown: markdown, renderer: SubsetRenderer(flavour: name.hasPrefix("proposal-") ? .proposal : .profile))
    }
}

/// cmark-gfm's one-call rendering: CommonMark without extensions.
func cmarkPlain(_ markdown: String) -> Int {
    var markdown = markdown
    return markdown.withUTF8 { bytes in
        bytes.withMemoryRebound(to: CChar.self) { chars in
            guard let html = cmark_markdown_to_html(chars.baseAddress, chars.count, CMARK_OPT_DEFAULT) else { return 0 }
            defer { free(html) }
            return strlen(html)
        }
    }
}

/// cmark-gfm with the extensions the subset renderer attaches, rendering its own HTML.
func cmarkWithExtensions(_ markdown: String) -> Int {
    var markdown = markdown
    return markdown.withUTF8 { bytes in
        guard let parser = cmark_parser_new(CMARK_OPT_FOOTNOTES) else { return 0 }
        defer { cmark_parser_free(parser) }
        for name in ["table", "strikethrough", "autolink", "tasklist"] {
            if let ext = cmark_find_syntax_extension(name) { cmark_parser_attach_syntax_extension(parser, ext) }
        }
        bytes.withMemoryRebound(to: CChar.self) { cmark_parser_feed(parser, $0.baseAddress, $0.count) }
        guard let document = cmark_parser_finish(parser) else { return 0 }
        defer { cmark_node_free(document) }
        guard let html = cmark_render_html(document, CMARK_OPT_FOOTNOTES, cmark_parser_get_syntax_extensions(parser)) else { return 0 }
        defer { free(html) }
        return strlen(html)
    }
}

func time(_ bodies: [Body], _ render: (Body) -> Int) -> (seconds: Double, bytes: Int) {
    let clock = ContinuousClock()
    var bytes = 0
    let elapsed = clock.measure {
        for body in bodies { bytes &+= render(body) }
    }
    let parts = elapsed.components
    return (Double(parts.seconds) + Double(parts.attoseconds) / 1e18, bytes)
}

func median(_ values: [Double]) -> Double {
    values.sorted()[values.count / 2]
}

let arguments = CommandLine.arguments
guard arguments.count >= 2 else {
    FileHandle.standardError.write(Data("usage: docket-markdown-bench BODY_DIR [ROUNDS]\n".utf8))
    exit(2)
}
let rounds = arguments.count > 2 ? max(1, Int(arguments[2]) ?? 7) : 7
let bodies = try loadBodies(from: arguments[1])
let inputBytes = bodies.reduce(0) { $0 + $1.markdown.utf8.count }
cmark_gfm_core_extensions_ensure_registered()
_ = bodies.first.map { $0.renderer.render($0.markdown) }  // one-time set-up outside the timing

var subset: [Double] = []
var plain: [Double] = []
var extended: [Double] = []
var findings = 0
for _ in 0..<rounds {
    subset.append(time(bodies) { body in
        let rendered = body.renderer.render(body.markdown)
        findings &+= rendered.findings.count
        return rendered.html.utf8.count
    }.seconds)
    plain.append(time(bodies) { cmarkPlain($0.markdown) }.seconds)
    extended.append(time(bodies) { cmarkWithExtensions($0.markdown) }.seconds)
}

let subsetTime = median(subset)
let plainTime = median(plain)
let extendedTime = median(extended)
print("bodies: \(bodies.count) files, \(inputBytes) bytes; median of \(rounds) rounds, one thread")
print(String(format: "subset renderer (SubsetRenderer.render):         %.3f s", subsetTime))
print(String(format: "cmark-gfm cmark_markdown_to_html:                %.3f s", plainTime))
print(String(format: "cmark-gfm with the same extensions + render_html: %.3f s", extendedTime))
print(String(format: "ratio subset / cmark_markdown_to_html: %.2f×  (target ≤ 1.5×)", subsetTime / plainTime))
print(String(format: "ratio subset / cmark-gfm with extensions: %.2f×", subsetTime / extendedTime))
print("findings per round: \(findings / rounds)")

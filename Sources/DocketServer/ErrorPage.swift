import DocketContent
import DocketText
import DocketValidation

/// What the browser shows while the site cannot be built: every problem, with its place,
/// so the author fixes it without looking at the terminal. The page reloads itself once
/// the site builds again.
enum ErrorPage {
    static func html(diagnostics: [Diagnostic], message: String?, version: Int) -> String {
        let items = diagnostics.map { diagnostic in
            "<li class=\"\(diagnostic.severity.rawValue)\"><code>\(XMLText.escape(diagnostic.file)):\(diagnostic.position.line):\(diagnostic.position.column)</code> "
                + "<strong>\(diagnostic.severity.rawValue)</strong>: \(XMLText.escape(diagnostic.message)) <code>[\(XMLText.escape(diagnostic.rule))]</code></li>"
        }.joined(separator: "\n")
        let errors = diagnostics.filter { $0.severity == .error }.count
        let heading = message == nil ? "The content has \(errors) error\(errors == 1 ? "" : "s")" : "The site cannot be built"
        return """
        <!DOCTYPE html>
        <html lang="en">
        <head>
        <meta charset="utf-8">
        <meta name="viewport" content="width=device-width, initial-scale=1">
        <title>\(heading) · docket serve</title>
        <style>
        body { font-family: system-ui, sans-serif; margin: 2rem auto; max-width: 60rem; padding: 0 1rem; color: #1d2430; }
        h1 { color: #8a1c1c; font-size: 1.5rem; }
        li { margin: .5rem 0; line-height: 1.5; }
        li.warning strong { color: #7a4d00; } li.error strong { color: #8a1c1c; }
        pre { white-space: pre-wrap; background: #f4f6f9; padding: 1rem; }
        </style>
        </head>
        <body>
        <main>
        <h1>\(heading)</h1>
        \(message.map { "<pre>\(XMLText.escape($0))</pre>" } ?? "")
        <ul>
        \(items)
        </ul>
        <p>This page reloads by itself when the site builds again.</p>
        </main>
        \(LiveReload.tag(version: version))
        </body>
        </html>

        """
    }

}

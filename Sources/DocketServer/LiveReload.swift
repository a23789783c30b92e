/// The script `docket serve` adds to every page (and only there: `docket build` output
/// has no script). It long-polls the server for a new version and reloads the page.
enum LiveReload {
    static let scriptPath = "__docket/reload.js"
    static let waitPath = "__docket/wait"

    static let script = """
    (function () {
      var version = null;
      function poll() {
        fetch("/\(waitPath)" + (version === null ? "" : "?since=" + version), { cache: "no-store" })
          .then(function (response) { return response.text(); })
          .then(function (text) {
            if (version !== null && text !== version) { location.reload(); return; }
            version = text;
            poll();
          })
          .catch(function () { setTimeout(poll, 1000); });
      }
      poll();
    })();

    """

    /// Adds the script before `</body>`: the server adds it to every page it serves, so
    /// templates (built-in or overridden) never need to know about it.
    static func inject(into html: String) -> String {
        let tag = "<script src=\"/\(scriptPath)\"></script>\n"
        guard let body = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: tag)
    }
}

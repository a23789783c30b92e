/// The script `docket serve` adds to every page (and only there: `docket build` output
/// has no script). It long-polls the server for a new version and reloads the page.
enum LiveReload {
    static let scriptPath = "__docket/reload.js"
    static let waitPath = "__docket/wait"

    /// The page's own generation comes in its script tag: the first answer that differs
    /// from it reloads, so an edit made right after the page loaded is not taken for the
    /// baseline (the wait answers at once when the generations already differ).
    static let script = """
    (function () {
      var script = document.currentScript;
      var version = script && script.getAttribute("data-version");
      if (version === null) { return; }
      function poll() {
        fetch("/\(waitPath)?since=" + encodeURIComponent(version), { cache: "no-store" })
          .then(function (response) {
            if (!response.ok) { throw new Error(String(response.status)); }
            return response.text();
          })
          .then(function (text) {
            if (text !== version) { location.reload(); return; }
            poll();
          })
          .catch(function () { setTimeout(poll, 1000); });
      }
      poll();
    })();

    """

    /// The script tag, carrying the generation of the build the page comes from.
    static func tag(version: Int) -> String {
        "<script src=\"/\(scriptPath)\" data-version=\"\(version)\"></script>"
    }

    /// Adds the script before `</body>`: the server adds it to every page it serves, so
    /// templates (built-in or overridden) never need to know about it.
    static func inject(into html: String, version: Int) -> String {
        let tag = tag(version: version) + "\n"
        guard let body = html.range(of: "</body>", options: .backwards) else { return html + tag }
        return html.replacingCharacters(in: body.lowerBound..<body.lowerBound, with: tag)
    }
}

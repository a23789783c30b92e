import DocketContent
import DocketText

/// `--format junit`: one test case per checked file, failing when the file has errors
/// (with `--strict`, also warnings), for CI systems that chart test reports.
enum JUnitReport {
    static func render(_ diagnostics: [Diagnostic], files: [String], strict: Bool) -> String {
        let byFile = Dictionary(grouping: diagnostics, by: \.file)
        let allFiles = Set(files).union(byFile.keys).sorted { $0.utf8.lexicographicallyPrecedes($1.utf8) }
        let fails: (Diagnostic) -> Bool = { $0.severity == .error || strict }
        let failures = allFiles.filter { (byFile[$0] ?? []).contains(where: fails) }.count
        var out = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
        out += "<testsuites name=\"docket validate\" tests=\"\(allFiles.count)\" failures=\"\(failures)\" errors=\"0\">\n"
        out += "  <testsuite name=\"docket validate\" tests=\"\(allFiles.count)\" failures=\"\(failures)\" errors=\"0\" skipped=\"0\">\n"
        for file in allFiles {
            let found = byFile[file] ?? []
            let shown = TerminalText.escape(file)
            let folder = shown.split(separator: "/").dropLast().joined(separator: ".")
            out += "    <testcase classname=\"\(XMLText.escape(folder.isEmpty ? "site" : folder))\" name=\"\(XMLText.escape(shown))\" file=\"\(XMLText.escape(shown))\""
            if found.isEmpty {
                out += "/>\n"
                continue
            }
            out += ">\n"
            let failing = found.filter(fails)
            let lines = found.map(\.textLine).joined(separator: "\n")
            if !failing.isEmpty {
                let first = failing[0]
                out += "      <failure type=\"\(XMLText.escape(first.rule))\" message=\"\(XMLText.escape(summary(failing)))\">\(XMLText.escape(lines))</failure>\n"
            } else {
                out += "      <system-out>\(XMLText.escape(lines))</system-out>\n"
            }
            out += "    </testcase>\n"
        }
        out += "  </testsuite>\n</testsuites>\n"
        return out
    }

    private static func summary(_ diagnostics: [Diagnostic]) -> String {
        let errors = diagnostics.filter { $0.severity == .error }.count
        let warnings = diagnostics.count - errors
        return [errors > 0 ? "\(errors) error\(errors == 1 ? "" : "s")" : nil, warnings > 0 ? "\(warnings) warning\(warnings == 1 ? "" : "s")" : nil]
            .compactMap { $0 }.joined(separator: ", ")
    }
}

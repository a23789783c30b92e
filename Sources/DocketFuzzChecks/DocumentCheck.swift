import DocketContent
import DocketDomain
import DocketValidation
import Foundation

/// One content file, of the type the first byte selects, through `docket validate` as a
/// site of its own. Every diagnostic names a rule of the rule table and a place in the
/// file, and none repeats the document's e-mail address, which is private (docs/spec.md §3).
///
/// The first byte modulo 4 picks the type in `ContentKind.allCases` order (`0` expert,
/// `1` firm, `2` request, `3` proposal); the rest is the file, JSON when it starts with
/// `{` or `[` (after white space), YAML otherwise.
enum DocumentCheck {
    static let buildTime = try! ISODate.parse("2026-11-22T12:00:00Z").get()

    static func problems(with input: [UInt8]) -> [String] {
        guard let selector = input.first else { return [] }
        let kind = ContentKind.allCases[Int(selector) % ContentKind.allCases.count]
        let file = Array(input.dropFirst())
        let isJSON = file.first { ![0x20, 0x09, 0x0A, 0x0D].contains($0) }.map { $0 == UInt8(ascii: "{") || $0 == UInt8(ascii: "[") } ?? false
        let path = "content/\(kind.folder)/fuzz.\(isJSON ? "json" : "yml")"

        let site = FileManager.default.temporaryDirectory.appendingPathComponent("docket-fuzz-\(UUID().uuidString)").path
        defer { try? FileManager.default.removeItem(atPath: site) }
        do {
            try FileManager.default.createDirectory(atPath: site + "/content/" + kind.folder, withIntermediateDirectories: true)
            try Data(file).write(to: URL(fileURLWithPath: site + "/" + path))
        } catch {
            return ["cannot write the site: \(error)"]
        }
        let result: ValidationResult
        do throws(DocketError) {
            result = try SiteValidation.run(siteRoot: SiteRoot(site), buildTime: buildTime)
        } catch {
            return ["validation could not run: \(error)"]
        }
        return problems(with: result.diagnostics, path: path, file: file, isJSON: isJSON)
    }

    /// What is wrong with the diagnostics `docket validate` gave for `file` at `path`.
    static func problems(with diagnostics: [Diagnostic], path: String, file: [UInt8], isJSON: Bool) -> [String] {
        let text = try? ContentText.decode(file)
        let source = text.map(SourceText.init)
        let email = text.flatMap { privateEmail(in: $0, isJSON: isJSON) }
        var problems: [String] = []
        for diagnostic in diagnostics {
            if RuleTable.byID[diagnostic.rule]?.severity != diagnostic.severity {
                problems.append("\(diagnostic.rule) (\(diagnostic.severity)) is not in the rule table with that severity")
            }
            if diagnostic.file != path {
                problems.append("\(diagnostic.rule) names \(diagnostic.file), not \(path)")
            }
            if let source, source.utf8Offset(of: diagnostic.position) == nil {
                problems.append("\(diagnostic.rule) at \(diagnostic.position), outside the file")
            }
            if let email, diagnostic.message.contains(email) {
                problems.append("\(diagnostic.rule) repeats the private e-mail address: \(diagnostic.message)")
            }
        }
        return problems
    }

    /// The top-level `email` value when it is long enough that finding it in a message
    /// cannot be chance, and the file does not also hold it outside that field, where a
    /// rule may rightly quote it.
    private static func privateEmail(in text: String, isJSON: Bool) -> String? {
        guard let root = try? (isJSON ? JSONReader.read(text) : YAMLReader.read(text)),
              case .mapping(let entries, _) = root,
              let entry = entries.first(where: { $0.key.text == "email" }),
              case .scalar(let value) = entry.value,
              value.text.count >= 6, value.text.contains("@"),
              text.components(separatedBy: value.text).count <= 2
        else { return nil }
        return value.text
    }
}

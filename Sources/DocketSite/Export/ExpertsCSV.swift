import DocketDomain
import DocketText
import DocketValidation
import Foundation

/// `data/experts.csv`: one row per expert for spreadsheets, in RFC 4180 form (CRLF after
/// every record, a header row, fields with a comma, quote, CR or LF quoted, quotes
/// doubled), with every cell a spreadsheet could run as a formula defused.
///
/// Lists (certifications, skills) are joined with "; " in one cell; `experts.json` keeps
/// them as lists.
enum ExpertsCSV {
    static let header = ["slug", "name", "country", "firm", "levels", "certifications",
                         "hourly_rate_min", "hourly_rate_max", "skills", "page", "url"]

    static func write(_ model: Site) -> Data {
        let settings = model.settings
        var rows = [header]
        for expert in model.experts.sorted(by: { $0.slug < $1.slug }) {
            let (min, max): (Money?, Money?)
            switch expert.rate {
            case .amount(let amount)?: (min, max) = (amount, amount)
            case .range(let low, let high)?: (min, max) = (low, high)
            case nil: (min, max) = (nil, nil)
            }
            let path = PagePlanner.expert(expert.slug)
            rows.append([
                expert.slug, expert.name, expert.country, expert.firm ?? "",
                expert.levels.joined(separator: "; "),
                expert.certifications.map { "\($0.name) (\($0.level))" }.joined(separator: "; "),
                min?.decimalText ?? "", max?.decimalText ?? "",
                expert.skills.joined(separator: "; "),
                ExportRecords.page(path, settings), ExportRecords.url(path, settings) ?? "",
            ])
        }
        return Data(rows.map { $0.map(cell).joined(separator: ",") + "\r\n" }.joined().utf8)
    }

    /// Characters that make a spreadsheet read a cell as a formula (=, +, -, @) or that a
    /// spreadsheet may strip before doing so (tab, CR): OWASP's "CSV injection" list.
    static let formulaStarts: Set<Character> = ["=", "+", "-", "@", "\t", "\r"]

    /// One field: a leading formula character gets a `'` before it, so the cell is text;
    /// then the field is quoted if it must be (RFC 4180 §2.6–2.7). NUL and the other code
    /// points pages never show become U+FFFD first, as on the pages.
    static func cell(_ value: String) -> String {
        let value = value.withoutForbiddenCodePoints
        // By scalar: "\r\n" is one Character, and its first scalar is what a spreadsheet sees.
        var text = value
        if let first = value.unicodeScalars.first, formulaStarts.contains(Character(first)) { text = "'" + value }
        let needsQuotes = text.unicodeScalars.contains { $0 == "," || $0 == "\"" || $0 == "\r" || $0 == "\n" }
        return needsQuotes ? "\"" + text.replacingOccurrences(of: "\"", with: "\"\"") + "\"" : text
    }
}

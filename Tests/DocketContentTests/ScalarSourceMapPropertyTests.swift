import DocketTestSupport
@testable import DocketContent
import Foundation
import Testing

/// Generated scalars in every style, read by the real readers: whatever value they
/// produce, the map must rebuild it and point each character at its source.
@Suite struct ScalarSourceMapPropertyTests {
    enum Style: String, CaseIterable {
        case plain, plainInFlow, singleQuoted, doubleQuoted, literal, folded, json
    }

    @Test(arguments: Style.allCases)
    func mapsGeneratedScalars(style: Style) throws {
        var generator = ScalarWriter(seed: UInt64(style.rawValue.utf8.reduce(0) { $0 &* 31 &+ UInt64($1) }))
        for _ in 0..<250 {
            var text = generator.document(style)
            if generator.chance(0.3) { text = text.replacingOccurrences(of: "\n", with: "\r\n") }
            do {
                try checkSourceMaps(text, json: style == .json)
            } catch {
                Issue.record("the generated document did not read: \(error)\n\(text)")
            }
        }
    }
}

/// Writes random YAML and JSON documents around one scalar of a chosen style.
struct ScalarWriter {
    var random: SeededGenerator

    init(seed: UInt64) { random = SeededGenerator(seed: seed) }

    static let letters = ["a", "b", "x", "Z", "0", "7", "é", "ß", "日", "本", "😀", "👩‍💻", "Ω"]
    static let punctuation = ["-", ".", ",", "!", "?", "(", ")", "*", "&", "#", ":", "'", "\"", "\\", "/",
                              "%", "@", "`", "|", ">", "[", "]", "{", "}", "~", "\t", " ", "_", "<"]

    mutating func chance(_ probability: Double) -> Bool { Double.random(in: 0..<1, using: &random) < probability }
    mutating func pick<T>(_ options: [T]) -> T { options.randomElement(using: &random)! }
    mutating func count(_ range: ClosedRange<Int>) -> Int { Int.random(in: range, using: &random) }

    mutating func character(excluding excluded: Set<String> = []) -> String {
        while true {
            let candidate = chance(0.6) ? pick(Self.letters) : pick(Self.punctuation)
            if !excluded.contains(candidate) { return candidate }
        }
    }

    mutating func document(_ style: ScalarSourceMapPropertyTests.Style) -> String {
        switch style {
        case .plain:
            return pick(["key: ", "- "]) + plain(flow: false, indent: 2) + "\n" + pick(["", "# done\n"])
        case .plainInFlow:
            return "key: [" + plain(flow: true, indent: 2) + ", x]\n"
        case .singleQuoted, .doubleQuoted:
            let (prefix, suffix) = pick([("key: ", "\nnext: 1\n"), ("- ", "\n- 1\n"), ("- k: ", "\n  j: 1\n"),
                                         ("key: [", ", x]\n"), ("{k: ", "}")])
            return prefix + quoted(single: style == .singleQuoted) + suffix
        case .literal, .folded:
            return block(literal: style == .literal)
        case .json:
            return json()
        }
    }

    /// Words of text separated by blanks, folded lines and blank lines.
    mutating func plain(flow: Bool, indent: Int) -> String {
        let excluded: Set<String> = flow ? [":", "#", ",", "[", "]", "{", "}", " ", "\t"] : [":", "#", " ", "\t"]
        var text = ""
        for word in 0..<count(1...8) {
            if word > 0 {
                switch count(0...5) {
                case 0: text += "\n" + String(repeating: " ", count: indent + count(0...2))
                case 1: text += "\n" + (chance(0.5) ? "" : " ") + "\n" + String(repeating: " ", count: indent)
                case 2: text += pick(["  ", "\t", " \t "])
                case 3: text += " \n" + String(repeating: " ", count: indent) + pick(["", "\t"])
                default: text += " "
                }
            }
            text += pick(Self.letters.filter { !["0", "7"].contains($0) || !flow })
            for _ in 0..<count(0...6) { text += character(excluding: excluded) }
        }
        return text
    }

    mutating func quoted(single: Bool) -> String {
        let quote = single ? "'" : "\""
        var text = quote
        for _ in 0..<count(0...25) {
            switch count(0...9) {
            case 0: text += "\n" + String(repeating: " ", count: count(2...4))
            case 1: text += "\n\n" + String(repeating: " ", count: count(2...3))
            case 2 where single: text += "''"
            case 2: text += pick([#"\n"#, #"\t"#, #"\\"#, #"\""#, #"\/"#, #"\ "#, #"\0"#, #"\e"#, #"\_"#, #"\N"#,
                                  #"\L"#, #"\P"#, #"\x41"#, #"\xe9"#, #"\u00e9"#, #"\u65E5"#, #"\U0001F600"#, "\\\t"])
            case 3 where !single: text += "\\\n" + String(repeating: " ", count: count(0...3))
            case 4: text += pick([" ", "\t", "  "])
            default: text += character(excluding: [quote, "\\"])
            }
        }
        return text + quote
    }

    /// A block scalar in one of the places it can sit, with or without an indentation
    /// indicator, chomping, leading and trailing blank lines, and more-indented lines.
    mutating func block(literal: Bool) -> String {
        let (prefix, parentIndent, suffix) = pick([
            ("key: ", 0, "next: 1\n"),
            ("- key: ", 2, "- 1\n"),
            ("- ", 0, "- 1\n"),
            ("a:\n  b: ", 2, "  c: 1\n"),
        ])
        let indent = parentIndent + count(1...3)
        var lines: [String] = []
        for _ in 0..<count(1...7) {
            if chance(0.2) {
                lines.append(String(repeating: " ", count: count(0...indent)))
                continue
            }
            var content = chance(0.25) ? String(repeating: " ", count: count(1...3)) : ""
            // A tab may follow the indentation once a first content line has settled it.
            if lines.contains(where: { !$0.allSatisfy { $0 == " " } }), chance(0.1) { content += "\t" }
            content += character(excluding: [" ", "\t"])
            for _ in 0..<count(0...12) { content += character() }
            lines.append(String(repeating: " ", count: indent) + content)
        }
        let firstContent = lines.first { !$0.trimmingCharacters(in: .whitespaces).isEmpty }
        let needsIndicator = firstContent.map { $0.dropFirst(indent).hasPrefix(" ") } ?? true
        var header = literal ? "|" : ">"
        let chomping = pick(["", "-", "+"])
        if needsIndicator || chance(0.3) {
            header += chance(0.5) ? "\(indent - parentIndent)" + chomping : chomping + "\(indent - parentIndent)"
        } else {
            header += chomping
        }
        if chance(0.2) { header += "  # a comment" }
        let trailing = String(repeating: "\n", count: count(0...2))
        return prefix + header + "\n" + lines.joined(separator: "\n") + "\n" + trailing + suffix
    }

    mutating func json() -> String {
        let pretty = chance(0.5)
        let separator = pretty ? ",\n  " : ","
        let start = pretty ? "{\n  " : "{"
        let end = pretty ? "\n}" : "}"
        return start + jsonString() + ": " + jsonString() + separator + jsonString() + ": [" + jsonString() + ", 1.5e3, true]" + end
    }

    mutating func jsonString() -> String {
        var text = "\""
        for _ in 0..<count(0...15) {
            if chance(0.3) {
                text += pick([#"\n"#, #"\""#, #"\\"#, #"\/"#, #"\b"#, #"\f"#, #"\r"#, #"\t"#, #"\u00e9"#, #"\u0000"#,
                              #"\ud83d\ude00"#, #"\u65e5"#, #"\uFFFF"#])
            } else {
                text += character(excluding: ["\"", "\\", "\t"])
            }
        }
        // Keys must differ; a random tail makes a clash unlikely and a clash is caught.
        return text + "\(count(0...1_000_000))\""
    }
}

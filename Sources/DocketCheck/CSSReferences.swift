import Foundation

/// The URLs a piece of CSS loads: `@import "…"`, `@import url(…)` and every `url(…)`, with
/// the line each is on (0 for the CSS's first line). Comments are skipped, so a commented
/// out rule loads nothing; anything else that looks like a load counts, since a browser
/// that reads it more leniently than this would load it.
enum CSSReferences {
    struct Load: Equatable {
        let url: String
        let line: Int
    }

    static func loads(in css: String) -> [Load] {
        let text = Array(css.unicodeScalars)
        var loads: [Load] = []
        var line = 0
        var index = 0
        while index < text.count {
            let scalar = text[index]
            if scalar == "\n" {
                line += 1
                index += 1
            } else if scalar == "/", index + 1 < text.count, text[index + 1] == "*" {
                index += 2
                while index < text.count, !(text[index] == "*" && index + 1 < text.count && text[index + 1] == "/") {
                    if text[index] == "\n" { line += 1 }
                    index += 1
                }
                index += 2
            } else if matches("url(", in: text, at: index) {
                index += 4
                let (url, end) = argument(in: text, from: index, closing: ")")
                loads.append(Load(url: url, line: line))
                index = end
            } else if matches("@import", in: text, at: index) {
                index += 7
                while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
                // `@import url(…)` is found as a url( on the next turn.
                if index < text.count, text[index] == "\"" || text[index] == "'" {
                    let (url, end) = argument(in: text, from: index, closing: ";")
                    loads.append(Load(url: url, line: line))
                    index = end
                }
            } else {
                index += 1
            }
        }
        return loads
    }

    /// Case-insensitive, as CSS keywords and function names are.
    private static func matches(_ word: String, in text: [Unicode.Scalar], at index: Int) -> Bool {
        let scalars = Array(word.unicodeScalars)
        guard index + scalars.count <= text.count else { return false }
        return zip(text[index..<index + scalars.count], scalars).allSatisfy { String($0).lowercased() == String($1) }
    }

    /// A quoted string or an unquoted `url(…)` argument, white space trimmed, and the
    /// index after it.
    private static func argument(in text: [Unicode.Scalar], from start: Int, closing: Unicode.Scalar) -> (String, Int) {
        var index = start
        while index < text.count, text[index] == " " || text[index] == "\t" { index += 1 }
        var value = String.UnicodeScalarView()
        if index < text.count, text[index] == "\"" || text[index] == "'" {
            let quote = text[index]
            index += 1
            while index < text.count, text[index] != quote, text[index] != "\n" {
                if text[index] == "\\", index + 1 < text.count { index += 1 }
                value.append(text[index])
                index += 1
            }
            return (String(value), index + 1)
        }
        while index < text.count, text[index] != closing, text[index] != "\n" {
            value.append(text[index])
            index += 1
        }
        return (String(value).trimmingCharacters(in: .whitespaces), index)
    }
}

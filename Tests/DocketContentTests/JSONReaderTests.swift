import DocketContent
import Foundation
import Testing

@Suite struct JSONReaderTests {
    @Test func readsPositionsOfKeysAndValues() throws {
        let text = """
        {
          "name": "Zoë Martin",
          "rate": {"min": 80, "max": 120.50},
          "skills": ["aws", "gcp"],
          "active": true,
          "firm": null
        }
        """
        let root = try readJSON(text)
        #expect(root.position == at(1, 1))
        #expect(root.entries.map(\.key.text) == ["name", "rate", "skills", "active", "firm"])
        #expect(root.entries.map(\.key.position) == [at(2, 3), at(3, 3), at(4, 3), at(5, 3), at(6, 3)])
        #expect(root["name"]?.scalar == Scalar(text: "Zoë Martin", style: .jsonString, position: at(2, 11)))
        #expect(root["rate"]?.position == at(3, 11))
        #expect(root["rate"]?["max"]?.scalar == Scalar(text: "120.50", style: .jsonNumber, position: at(3, 30)))
        #expect(root["rate"]?.entries.last?.key.position == at(3, 23))
        #expect(root["skills"]?.position == at(4, 13))
        #expect(root["skills"]?[1]?.scalar == Scalar(text: "gcp", style: .jsonString, position: at(4, 21)))
        #expect(root["active"]?.scalar == Scalar(text: "true", style: .jsonBool, position: at(5, 13)))
        #expect(root["firm"]?.scalar == Scalar(text: "null", style: .jsonNull, position: at(6, 11)))
    }

    @Test func countsColumnsInUnicodeScalars() throws {
        let root = try readJSON(#"{"é": "日本語", "😀": 1, "x": "👩‍💻", "y": 2}"#)
        #expect(root.entries.map(\.key.position) == [at(1, 2), at(1, 14), at(1, 22), at(1, 34)])
        #expect(root["y"]?.position == at(1, 39))
        #expect(root["x"]?.scalar?.text == "👩‍💻")
    }

    @Test func keepsNumbersAsWritten() throws {
        let root = try readJSON("[0, -0, 12.50, 1e3, -1.5E-7, 100000000000000000000000001, 0.1]")
        guard case .sequence(let items, _) = root else { Issue.record("not a list"); return }
        #expect(items.compactMap(\.scalar?.text) == ["0", "-0", "12.50", "1e3", "-1.5E-7", "100000000000000000000000001", "0.1"])
        #expect(items.allSatisfy { $0.scalar?.style == .jsonNumber })
    }

    @Test func decodesEscapes() throws {
        let root = try readJSON(#"["a\"b\\c\/d", "\b\f\n\r\t", "\u00e9\u65E5", "\ud83d\ude00!", "\u0000"]"#)
        #expect(root[0]?.scalar?.text == "a\"b\\c/d")
        #expect(root[1]?.scalar?.text == "\u{8}\u{C}\n\r\t")
        #expect(root[2]?.scalar?.text == "é日")
        #expect(root[3]?.scalar?.text == "😀!")
        #expect(root[4]?.scalar?.text == "\u{0}")
    }

    @Test func readsEveryKindOfTopLevelValue() throws {
        #expect(try readJSON(" \"x\" ").scalar?.position == at(1, 2))
        #expect(try readJSON("42").scalar?.text == "42")
        #expect(try readJSON("\n\n  [ ]").position == at(3, 3))
        #expect(try readJSON("{}").entries.isEmpty)
    }

    @Test func givesTheSamePositionsForCRLF() throws {
        let text = "{\n  \"a\": [1,\n    2],\n\n  \"b\": \"x\"\n}\n"
        let lf = try readJSON(text)
        let crlf = try readJSON(text.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(lf.allScalars == crlf.allScalars)
        #expect(lf["b"]?.position == at(5, 8))
        // A lone CR ends a line too.
        #expect(try readJSON("{\r\"a\": 1}")["a"]?.position == at(2, 6))
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try readJSON("\u{FEFF}{\"a\": 1}")["a"]?.position == at(1, 7))
    }

    @Test(arguments: [
        ("", "the file is empty", 1, 1),
        ("  \n ", "the file is empty", 1, 1),
        ("{\"a\": 1,}", "trailing comma before '}'", 1, 8),
        ("[1, 2, ]", "trailing comma before ']'", 1, 6),
        ("[1 2]", "unexpected '2', expected ',' or ']'", 1, 4),
        ("{\"a\" 1}", "unexpected '1', expected ':' after the key", 1, 6),
        ("{\"a\": 1 \"b\": 2}", "unexpected '\"', expected ',' or '}'", 1, 9),
        ("{a: 1}", "unexpected 'a', expected a key in double quotes", 1, 2),
        ("{'a': 1}", "unexpected ''', expected a key in double quotes", 1, 2),
        ("['a']", "unexpected \"'\": JSON strings are written in double quotes", 1, 2),
        ("[1] [2]", "unexpected '[' after the end of the JSON value", 1, 5),
        ("{} x", "unexpected 'x' after the end of the JSON value", 1, 4),
        ("[01]", "numbers cannot have leading zeros", 1, 2),
        ("[-01]", "numbers cannot have leading zeros", 1, 3),
        ("[1.]", "unexpected ']', expected a digit after the decimal point", 1, 4),
        ("[.5]", "unexpected '.', expected a value", 1, 2),
        ("[1e]", "unexpected ']', expected a digit after the exponent", 1, 4),
        ("[-]", "unexpected ']', expected a digit after '-'", 1, 3),
        ("[+1]", "unexpected '+', expected a value", 1, 2),
        ("[True]", "unexpected 'True', expected a value (true, false and null are lowercase)", 1, 2),
        ("[nul]", "unexpected 'nul', expected a value", 1, 2),
        ("[NULL]", "unexpected 'NULL', expected a value (true, false and null are lowercase)", 1, 2),
        ("[NaN]", "unexpected 'NaN', expected a value", 1, 2),
        ("[truex]", "unexpected 'truex', expected a value", 1, 2),
        ("{\n  \"a\": \"abc\n\"}", "a line break in a string must be written as an escape (\\n, \\t, \\u0007)", 2, 12),
        ("[\"a\tb\"]", "control character U+0009 in a string must be written as an escape (\\n, \\t, \\u0007)", 1, 4),
        ("[\"a\\nb\u{1}\"]", "control character U+0001 in a string must be written as an escape (\\n, \\t, \\u0007)", 1, 7),
        ("[\"abc", "string is not terminated", 1, 2),
        ("[\"a\\tbc", "string is not terminated", 1, 2),
        ("[\"ab\\", "string is not terminated", 1, 2),
        ("[\"a\\qb\"]", "invalid escape '\\q' (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", 1, 4),
        ("[\"a\\x41\"]", "invalid escape '\\x' (JSON knows \\\" \\\\ \\/ \\b \\f \\n \\r \\t \\uXXXX)", 1, 4),
        ("[\"\\u12G4\"]", "expected four hexadecimal digits after \\u", 1, 3),
        ("[\"é\\ud83d\"]", "lone surrogate \\uD83D: a high surrogate must be followed by a low one (\\uDC00-\\uDFFF)", 1, 4),
        ("[\"\\ud83d\\u0041\"]", "lone surrogate \\uD83D: a high surrogate must be followed by a low one (\\uDC00-\\uDFFF)", 1, 3),
        ("[\"\\ude00\"]", "lone surrogate \\uDE00: a low surrogate must follow a high one", 1, 3),
        ("[1,", "unexpected end of file, expected a value", 1, 4),
        ("{\"a\":", "unexpected end of file, expected a value", 1, 6),
        ("{\"a\": 1", "unexpected end of file, expected ',' or '}'", 1, 8),
        ("{", "unexpected end of file, expected a key in double quotes", 1, 2),
        ("// note\n{}", "unexpected '/': JSON has no comments", 1, 1),
        ("[\u{A0}1]", "unexpected character U+00A0, expected a value", 1, 2),
        ("\u{FEFF}\u{FEFF}{}", "unexpected character U+FEFF, expected a value", 1, 1),
        ("{\"日本\": 1, 語}", "unexpected '語', expected a key in double quotes", 1, 11),
    ] as [(String, String, Int, Int)])
    func reportsSyntaxErrors(text: String, message: String, line: Int, column: Int) {
        let error = parseError { () throws(ParseError) in try readJSON(text) }
        #expect(error == ParseError(rule: "json.syntax", message: message, position: at(line, column)))
    }

    @Test func reportsADuplicateKeyAtItsSecondOccurrence() {
        let text = "{\n  \"a\": 1,\n  \"b\": {\"x\": 1, \"x\": 2},\n  \"a\": 3\n}"
        let error = parseError { () throws(ParseError) in try readJSON(text) }
        #expect(error == ParseError(rule: "json.duplicate-key", message: "duplicate key 'x' (first at line 3, column 9)", position: at(3, 17)))
        // Escapes decode before keys compare.
        let escaped = parseError { () throws(ParseError) in try readJSON(#"{"é": 1, "\u00e9": 2}"#) }
        #expect(escaped?.rule == "json.duplicate-key")
        #expect(escaped?.position == at(1, 10))
    }

    @Test func findsDuplicatesAmongManyKeys() {
        let keys = (0..<100).map { "\"k\($0)\": \($0)" }.joined(separator: ", ")
        let error = parseError { () throws(ParseError) in try readJSON("{\(keys), \"k42\": 0}") }
        #expect(error?.rule == "json.duplicate-key")
        #expect(error?.message.hasPrefix("duplicate key 'k42' (first at line 1, column ") == true)
    }

    @Test func limitsNesting() throws {
        let limit = ContentLimits.maxDepth
        _ = try readJSON(String(repeating: "[", count: limit) + String(repeating: "]", count: limit))
        let deep = parseError { () throws(ParseError) in
            try readJSON(String(repeating: "[", count: limit + 1) + String(repeating: "]", count: limit + 1))
        }
        #expect(deep == ParseError(rule: "json.depth", message: "lists and objects nest deeper than 200 levels", position: at(1, limit + 1)))
        // Far past the limit the parser stops at the limit: no stack overflow.
        let bomb = parseError { () throws(ParseError) in try readJSON(String(repeating: "[{\"a\":", count: 100_000)) }
        #expect(bomb?.rule == "json.depth")
    }
}

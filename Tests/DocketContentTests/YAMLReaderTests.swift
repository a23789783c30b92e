import DocketContent
import Foundation
import Testing

@Suite struct YAMLReaderTests {
    static let expert = """
    name: Zoë Martin
    rate:
      min: 80
      max: "120.50"
    certifications:
      - name: Solutions Architect
        level: professional
      - {name: Security, level: specialty}
    skills: [aws, 'gcp', "k8s"]
    bio: |
      Ten years of *cloud* work.
    active: yes
    firm:
    """

    @Test func readsPositionsOfKeysAndValues() throws {
        let root = try readYAML(Self.expert)
        #expect(root.position == at(1, 1))
        #expect(root.entries.map(\.key.position) == [at(1, 1), at(2, 1), at(5, 1), at(9, 1), at(10, 1), at(12, 1), at(13, 1)])
        #expect(root["name"]?.scalar == Scalar(text: "Zoë Martin", style: .plain, position: at(1, 7)))
        #expect(root["rate"]?.position == at(3, 3))
        #expect(root["rate"]?.entries.map(\.key.position) == [at(3, 3), at(4, 3)])
        #expect(root["rate"]?["max"]?.scalar == Scalar(text: "120.50", style: .doubleQuoted, position: at(4, 8)))
        #expect(root["certifications"]?.position == at(6, 3))
        #expect(root["certifications"]?[0]?.position == at(6, 5))
        #expect(root["certifications"]?[0]?["level"]?.position == at(7, 12))
        #expect(root["certifications"]?[1]?.position == at(8, 5))
        #expect(root["certifications"]?[1]?.entries.map(\.key.position) == [at(8, 6), at(8, 22)])
        #expect(root["certifications"]?[1]?["level"]?.position == at(8, 29))
        #expect(root["skills"]?.position == at(9, 9))
        #expect(root["skills"]?[1]?.scalar == Scalar(text: "gcp", style: .singleQuoted, position: at(9, 15)))
        #expect(root["skills"]?[2]?.scalar == Scalar(text: "k8s", style: .doubleQuoted, position: at(9, 22)))
        #expect(root["bio"]?.scalar == Scalar(text: "Ten years of *cloud* work.\n", style: .literal, position: at(10, 6)))
        #expect(root["active"]?.scalar == Scalar(text: "yes", style: .plain, position: at(12, 9)))
        // An empty value sits just after its colon.
        #expect(root["firm"]?.scalar == Scalar(text: "", style: .plain, position: at(13, 6)))
        #expect(root["firm"]?.scalar?.isNull == true)
    }

    @Test func leavesPlainScalarsUntyped() throws {
        let root = try readYAML("[yes, 12.50, 2026-11-21, null, ~, 0x1F, .inf, 1e3, true]")
        #expect(root.allScalars.map(\.text) == ["yes", "12.50", "2026-11-21", "null", "~", "0x1F", ".inf", "1e3", "true"])
        #expect(root.allScalars.allSatisfy { $0.style == .plain })
    }

    @Test func readsEveryScalarStyle() throws {
        let text = """
        plain: a
          b
        single: 'it''s
          here'
        double: "tab\\there\\u00e9"
        literal: |-
          one
           two
        folded: >
          one
          two

          three
        """
        let root = try readYAML(text)
        #expect(root["plain"]?.scalar == Scalar(text: "a b", style: .plain, position: at(1, 8)))
        #expect(root["single"]?.scalar == Scalar(text: "it's here", style: .singleQuoted, position: at(3, 9)))
        #expect(root["double"]?.scalar == Scalar(text: "tab\there\u{E9}", style: .doubleQuoted, position: at(5, 9)))
        #expect(root["literal"]?.scalar == Scalar(text: "one\n two", style: .literal, position: at(6, 10)))
        #expect(root["folded"]?.scalar == Scalar(text: "one two\nthree", style: .folded, position: at(9, 9)))
    }

    @Test func countsColumnsInUnicodeScalarsAndTabsAsOne() throws {
        let root = try readYAML("日本語: {é: 😀, x:\ty}\n👩‍💻: [a,\tb]")
        #expect(root.entries.map(\.key.position) == [at(1, 1), at(2, 1)])
        #expect(root["日本語"]?.entries.map(\.key.position) == [at(1, 7), at(1, 13)])
        #expect(root["日本語"]?["é"]?.position == at(1, 10))
        #expect(root["日本語"]?["x"]?.position == at(1, 16))
        #expect(root["👩‍💻"]?[1]?.position == at(2, 10))
    }

    @Test func givesTheSamePositionsForCRLF() throws {
        let lf = try readYAML(Self.expert)
        let crlf = try readYAML(Self.expert.replacingOccurrences(of: "\n", with: "\r\n"))
        #expect(lf.allScalars == crlf.allScalars)
    }

    @Test func skipsAByteOrderMark() throws {
        #expect(try readYAML("\u{FEFF}a: 1\nb: 2")["b"]?.position == at(2, 4))
        #expect(try readYAML("\u{FEFF}a: 1").entries.first?.key.position == at(1, 1))
    }

    /// libyaml ends lines at NEL, LS and PS as YAML 1.1 says; editors and the JSON reader
    /// do not, so positions count them as characters.
    @Test func countsLinesAsAnEditorDoes() throws {
        let root = try readYAML("a: \"x\u{2028}y\"\nb: 1")
        #expect(root["b"]?.position == at(2, 4))
        #expect(root["a"]?.scalar?.text == "x\u{2028}y")
    }

    @Test func pointsAnchoredNodesAtTheirContent() throws {
        let text = """
        base: &base
          min: 1
        list: &list [1, 2]
        name: &name  Zoë
        copy: *base
        again: *name
        """
        let root = try readYAML(text)
        #expect(root["base"]?.position == at(2, 3))
        #expect(root["list"]?.position == at(3, 13))
        #expect(root["name"]?.scalar == Scalar(text: "Zoë", style: .plain, position: at(4, 14)))
        // An alias shares its anchor's node, positions included.
        #expect(root["copy"]?.position == at(2, 3))
        #expect(root["copy"]?["min"]?.scalar?.text == "1")
        #expect(root["again"]?.scalar?.position == at(4, 14))
    }

    @Test func pointsAtAScalarThatFollowsItsAnchorWithoutASpace() throws {
        // An anchor's name ends at the first character that is not a letter, digit, `-`
        // or `_`, so the scalar here is `:email`, starting right after `&0-`.
        let root = try readYAML("&0-:email ")
        #expect(root.scalar == Scalar(text: ":email", style: .plain, position: at(1, 4)))
        try checkSourceMaps("key: &a:b\nlist: [&x-1_y:z]\n")
    }

    @Test func pointsAtAnAnchoredScalarPastALibyamlLineBreak() throws {
        // NEL ends a line for libyaml (YAML 1.1), though not for an editor: the scalar is
        // `b`, in column 5 of the editor's second line.
        let root = try readYAML("a: &x\n  \u{85} b\n")
        #expect(root["a"]?.scalar == Scalar(text: "b", style: .plain, position: at(2, 5)))
        try checkSourceMaps("a: &x\n  \u{85} b\nc: &y # note\u{2028} d\n")
    }

    @Test func pointsAtAnAnchoredScalarPastAByteOrderMarkThatStartsALine() throws {
        // libyaml skips a byte order mark at the start of a line; the editor sees a character.
        let root = try readYAML("&x\n\u{FEFF}value\n")
        #expect(root.scalar == Scalar(text: "value", style: .plain, position: at(2, 2)))
        try checkSourceMaps("a: &x\n  \u{FEFF}b\n")
    }

    @Test func refusesAnAliasBomb() {
        var text = "a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]\n"
        }
        let error = parseError { () throws(ParseError) in try readYAML(text) }
        #expect(error?.rule == "yaml.alias-limit")
        #expect(error?.position.line == 6)
    }

    @Test func refusesAnAliasBombUsedAsAKey() {
        var text = "a: &a [x, x, x, x, x, x, x, x, x, x]\n"
        for (name, previous) in zip("bcdefghi", "abcdefgh") {
            text += "\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 10).joined(separator: ",") + "]\n"
        }
        text = "x: &x [a]\n? *x\n: 1\n" + text
        let error = parseError { () throws(ParseError) in try readYAML(text) }
        #expect(error == ParseError(rule: "yaml.syntax", message: "a mapping key must be text, not a list", position: at(2, 3)))
    }

    @Test func allowsAnAliasToTextAsAKey() throws {
        let root = try readYAML("k: &k name\n*k : Zoë")
        #expect(root.entries.map(\.key.text) == ["k", "name"])
    }

    @Test func refusesAnUndefinedAlias() {
        let error = parseError { () throws(ParseError) in try readYAML("a: *nope") }
        #expect(error == ParseError(rule: "yaml.syntax", message: Self.undefinedAlias, position: at(1, 4)))
    }

    /// An unquoted address starting with `*` reads as an alias (of its local part), and a
    /// key may be spelled as an address: a file that does not parse has no known private
    /// values to redact, so these messages name no alias, and no key holding an `@`.
    static let undefinedAlias = "this alias (a value starting with '*') names no anchor defined before it; quote a value that starts with '*'"

    @Test func parseErrorsDoNotQuoteAddressLikeNames() {
        let alias = parseError { () throws(ParseError) in try readYAML("email: *ada@example.com") }
        #expect(alias == ParseError(rule: "yaml.syntax", message: Self.undefinedAlias, position: at(1, 8)))
        let key = parseError { () throws(ParseError) in try readYAML("ada@example.com: 1\nada@example.com: 2") }
        #expect(key?.rule == "yaml.duplicate-key")
        #expect(key?.message == "duplicate key (first at line 1, column 1)")
        let plain = parseError { () throws(ParseError) in try readYAML("name: 1\nname: 2") }
        #expect(plain?.message == "duplicate key 'name' (first at line 1, column 1)")
    }

    @Test(arguments: [
        ("a: 1\nb: 2\na: 3", "a", 1, 1, 3, 1),
        ("a:\n  x: 1\n  'x': 2", "x", 2, 3, 3, 3),
        ("{a: 1, \"a\": 2}", "a", 1, 2, 1, 8),
        ("- {k: 1, b: 2, k: 3}", "k", 1, 4, 1, 16),
        ("? a\n: 1\n? a\n: 2", "a", 1, 3, 3, 3),
        ("\"\\u00e9\": 1\né: 2", "é", 1, 1, 2, 1),
    ] as [(String, String, Int, Int, Int, Int)])
    func reportsADuplicateKeyAtItsSecondOccurrence(text: String, key: String, firstLine: Int, firstColumn: Int, line: Int, column: Int) {
        let error = parseError { () throws(ParseError) in try readYAML(text) }
        #expect(error == ParseError(
            rule: "yaml.duplicate-key",
            message: "duplicate key '\(key)' (first at line \(firstLine), column \(firstColumn))",
            position: at(line, column)
        ))
    }

    @Test(arguments: [
        ("[a, b]: 1", "a list", 1, 1),
        ("? {a: 1}\n: 2", "a mapping", 1, 3),
        ("x:\n  ? - a\n  : 1", "a list", 2, 5),
        ("{[a]: 1}", "a list", 1, 2),
    ] as [(String, String, Int, Int)])
    func refusesKeysThatAreNotText(text: String, kind: String, line: Int, column: Int) {
        let error = parseError { () throws(ParseError) in try readYAML(text) }
        #expect(error == ParseError(rule: "yaml.syntax", message: "a mapping key must be text, not \(kind)", position: at(line, column)))
    }

    @Test func limitsNesting() throws {
        let limit = ContentLimits.maxDepth
        _ = try readYAML(String(repeating: "[", count: limit) + String(repeating: "]", count: limit))
        let justPast = parseError { () throws(ParseError) in try readYAML(String(repeating: "[", count: limit + 1)) }
        #expect(justPast == ParseError(rule: "yaml.depth", message: "lists and mappings nest deeper than 200 levels", position: at(1, limit + 1)))
        let flow = parseError { () throws(ParseError) in try readYAML(String(repeating: "[", count: 100_000)) }
        #expect(flow?.rule == "yaml.depth")
        #expect(flow?.message == "lists and mappings nest deeper than 200 levels")
        let block = (0..<1_000).map { String(repeating: " ", count: $0) + "k:" }.joined(separator: "\n") + " v"
        let blockError = parseError { () throws(ParseError) in try readYAML(block) }
        #expect(blockError?.rule == "yaml.depth")
        #expect(blockError?.position == at(limit + 1, limit + 1))
        let dashes = parseError { () throws(ParseError) in try readYAML(String(repeating: "- ", count: 50_000) + "x") }
        #expect(dashes?.rule == "yaml.depth")
    }

    @Test func limitsNestingReachedThroughAliases() {
        var text = "a0: &a0 [x]\n"
        for level in 1...250 { text += "a\(level): &a\(level) [*a\(level - 1)]\n" }
        let error = parseError { () throws(ParseError) in try readYAML(text) }
        #expect(error?.rule == "yaml.depth")
    }

    @Test(arguments: [
        ("a: b: c", "mapping values are not allowed in this context", 1, 5),
        ("a: 1\n b: 2", "mapping values are not allowed in this context", 2, 3),
        ("key: [a, b\nnext: 1", "did not find expected ',' or ']' (while parsing a flow sequence that starts at line 1, column 6)", 2, 5),
        ("a: 'open", "found unexpected end of stream (while scanning a quoted scalar that starts at line 1, column 4)", 1, 9),
        ("a: \"bad \\q\"", "found unknown escape character (while parsing a quoted scalar that starts at line 1, column 4)", 1, 9),
        ("a: 1\n\tb: 2", "found a tab character that violates indentation (while scanning a plain scalar that starts at line 1, column 4)", 2, 1),
        ("- a\nb: 1", "did not find expected '-' indicator (while parsing a block collection that starts at line 1, column 1)", 2, 1),
        ("a:\n  - x\n  y: 1", "did not find expected '-' indicator (while parsing a block collection that starts at line 2, column 3)", 3, 3),
        ("x: @at", "found character that cannot start any token (while scanning for the next token)", 1, 4),
        ("é: 1\nb", "could not find expected ':' (while scanning a simple key that starts at line 2, column 1)", 2, 2),
        ("a: \u{1}", "control characters are not allowed (found U+0001)", 1, 4),
        ("日本: x\u{7F}", "control characters are not allowed (found U+007F)", 1, 6),
    ] as [(String, String, Int, Int)])
    func reportsSyntaxErrors(text: String, message: String, line: Int, column: Int) {
        let error = parseError { () throws(ParseError) in try readYAML(text) }
        #expect(error == ParseError(rule: "yaml.syntax", message: message, position: at(line, column)))
    }

    @Test(arguments: ["", "   \n\n", "# only a comment\n"])
    func refusesAFileWithoutDocument(text: String) {
        let error = parseError { () throws(ParseError) in try readYAML(text) }
        #expect(error == ParseError(rule: "yaml.syntax", message: "the file holds no YAML document", position: at(1, 1)))
    }

    @Test func readsAnExplicitlyEmptyDocument() throws {
        #expect(try readYAML("---\n").scalar?.isNull == true)
    }

    @Test func refusesASecondDocument() throws {
        _ = try readYAML("---\na: 1\n...\n")
        let error = parseError { () throws(ParseError) in try readYAML("a: 1\n---\nb: 2\n") }
        #expect(error == ParseError(rule: "yaml.syntax", message: "a content file holds one YAML document; a second one starts here", position: at(2, 1)))
    }

    @Test(arguments: [
        ("a: !!str 12", "tags such as '!!str'", 1, 4),
        ("a: !!int 12", "tags such as '!!int'", 1, 4),
        ("a: !custom x", "YAML tags (a value starting with '!')", 1, 4),
        ("a: !!seq [x]", "tags such as '!!seq'", 1, 4),
        ("a: &x !!map {}", "tags such as '!!map'", 1, 4),
    ] as [(String, String, Int, Int)])
    func refusesTags(text: String, named: String, line: Int, column: Int) {
        let error = parseError { () throws(ParseError) in try readYAML(text) }
        #expect(error?.rule == "yaml.tag")
        #expect(error?.message.hasPrefix("\(named) are not supported") == true)
        #expect(error?.position == at(line, column))
    }

    /// An unquoted e-mail address starting with `!` is a valid address and reads as a tag:
    /// the message, which no later guard can redact (the file did not parse, so its private
    /// values are unknown), names only YAML's own tags.
    @Test(arguments: ["email: !ada@example.com", "email: !!ada@example.com", "email: !<tag:ada@example.com> x", "email: !ada"])
    func tagMessagesNeverQuoteTheAuthorsText(text: String) {
        let error = parseError { () throws(ParseError) in try readYAML(text) }
        #expect(error?.rule == "yaml.tag")
        #expect(error.map { !$0.message.contains("ada") } == true, "\(error?.message ?? "no error")")
    }

    @Test func treatsMergeKeysAsOrdinaryKeys() throws {
        let root = try readYAML("base: &b {x: 1}\nthing:\n  <<: *b\n  y: 2")
        #expect(root["thing"]?.entries.map(\.key.text) == ["<<", "y"])
    }
}

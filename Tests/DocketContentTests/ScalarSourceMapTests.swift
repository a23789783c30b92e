@testable import DocketContent
import Foundation
import Testing

@Suite struct ScalarSourceMapTests {
    /// The map of the first scalar value under `key` in the YAML or JSON `text`.
    func map(_ key: String, in text: String, json: Bool = false) throws -> ScalarSourceMap {
        let root = json ? try readJSON(text) : try readYAML(text)
        let scalar = try #require(root[key]?.scalar ?? root.allScalars.first { $0.text == key })
        let map = ScalarSourceMap(scalar: scalar, text: text)
        #expect(map.isExact)
        return map
    }

    @Test func mapsAPlainScalarAcrossFoldedLines() throws {
        let text = "bio: Hello *wörld*\n  and 😀 more\n\n  after\tblank\n"
        let map = try map("bio", in: text)
        #expect(map.scalar.text == "Hello *wörld* and 😀 more\nafter\tblank")
        #expect(map.position(of: "wörld") == at(1, 13))
        #expect(map.position(of: "ö") == at(1, 14))
        #expect(map.position(of: " and") == at(1, 19))      // the fold: the line break
        #expect(map.position(of: "😀") == at(2, 7))
        #expect(map.position(of: "more") == at(2, 9))
        #expect(map.position(of: "\n") == at(3, 1))         // the blank line's break
        #expect(map.position(of: "after") == at(4, 3))
        #expect(map.position(of: "\tblank") == at(4, 8))
        try checkSourceMaps(text)
    }

    @Test func mapsASingleQuotedScalar() throws {
        let text = "title: 'It''s\n   a ''test'' \n\n  end'\n"
        let map = try map("title", in: text)
        #expect(map.scalar.text == "It's a 'test'\nend")
        #expect(map.position(of: "'") == at(1, 11))
        #expect(map.origin(ofUTF8Offset: 2) == .escape)
        #expect(map.position(of: " a") == at(1, 14))
        #expect(map.position(of: "a") == at(2, 4))
        #expect(map.position(of: "'test") == at(2, 6))
        #expect(map.position(of: "test") == at(2, 8))
        #expect(map.position(of: "\n") == at(3, 1))
        #expect(map.position(of: "end") == at(4, 3))
        try checkSourceMaps(text)
    }

    @Test func mapsADoubleQuotedScalarWithEscapes() throws {
        let text = #"say: "tab\there \u00e9\U0001F600 \x41\"\\ c\"# + "\n    d\n  e\"\n"
        let map = try map("say", in: text)
        #expect(map.scalar.text == "tab\there é😀 A\"\\ cd e")
        #expect(map.position(of: "\t") == at(1, 10))
        #expect(map.position(of: "here") == at(1, 12))
        #expect(map.position(of: "é") == at(1, 17))
        #expect(map.position(of: "😀") == at(1, 23))
        #expect(map.position(of: "A") == at(1, 34))
        #expect(map.position(of: "\"") == at(1, 38))
        #expect(map.position(of: "\\") == at(1, 40))
        #expect(map.position(of: "c") == at(1, 43))
        #expect(map.position(of: "d") == at(2, 5))           // an escaped break joins with nothing
        #expect(map.position(of: " e") == at(2, 6))
        #expect(map.position(ofUTF8Offset: map.scalar.text.utf8.count - 1) == at(3, 3))
        try checkSourceMaps(text)
    }

    @Test func mapsALiteralScalarWithAnIndentationIndicator() throws {
        let text = "items:\n  - body: |2-\n\n       indented first\n      second\n\nnext: 1\n"
        let root = try readYAML(text)
        let scalar = try #require(root["items"]?[0]?["body"]?.scalar)
        #expect(scalar.text == "\n indented first\nsecond")
        let map = ScalarSourceMap(scalar: scalar, text: text)
        #expect(map.isExact)
        #expect(map.position(ofUTF8Offset: 0) == at(3, 1))
        #expect(map.position(of: " indented") == at(4, 7))
        #expect(map.position(of: "indented") == at(4, 8))
        #expect(map.position(of: "\nsecond") == at(4, 22))
        #expect(map.position(of: "second") == at(5, 7))
        try checkSourceMaps(text)
    }

    @Test func mapsAFoldedScalar() throws {
        let text = "about: >\n  First line\n  continues here.\n\n    indented stays\n  back to normal\n  end\n"
        let map = try map("about", in: text)
        #expect(map.scalar.text == "First line continues here.\n\n  indented stays\nback to normal end\n")
        #expect(map.position(of: " continues") == at(2, 13))
        #expect(map.position(of: "continues") == at(3, 3))
        #expect(map.position(of: "  indented") == at(5, 3))
        #expect(map.position(of: " end") == at(6, 17))
        #expect(map.position(of: "end") == at(7, 3))
        try checkSourceMaps(text)
    }

    @Test(arguments: ["|", "|-", "|+", ">", ">-", ">+", "|1", "|+2", ">2-", "|  # note"])
    func mapsEveryBlockHeader(header: String) throws {
        let body = ["  first", "   more  ", "", "  last", "", ""]
        let text = "- key: \(header)\n" + body.map { "  " + $0 }.joined(separator: "\n") + "\n- 1\n"
        let scalars = try checkSourceMaps(text)
        #expect(scalars.count == 3)
    }

    @Test func mapsAJSONString() throws {
        let text = #"{"bio": "a\u00e9\ud83d\ude00\n\"x\"日本"}"#
        let map = try map("bio", in: text, json: true)
        #expect(map.scalar.text == "aé😀\n\"x\"日本")
        #expect(map.position(of: "a") == at(1, 10))
        #expect(map.position(of: "é") == at(1, 11))
        #expect(map.position(of: "😀") == at(1, 17))
        #expect(map.position(of: "\n") == at(1, 29))
        #expect(map.position(of: "\"") == at(1, 31))
        #expect(map.position(of: "x") == at(1, 33))
        #expect(map.position(of: "日") == at(1, 36))
        try checkSourceMaps(text, json: true)
    }

    @Test func mapsJSONLiteralsAndKeys() throws {
        let text = "{\n  \"k\\u00e9y\": [12.50, true, null],\n  \"é\": -1e3\n}"
        let scalars = try checkSourceMaps(text, json: true)
        #expect(scalars.map(\.text) == ["kéy", "12.50", "true", "null", "é", "-1e3"])
        let key = ScalarSourceMap(scalar: scalars[0], text: text)
        #expect(key.position(of: "y") == at(2, 11))
    }

    @Test func givesTheSamePositionsForCRLF() throws {
        let text = "a: one\n  two\n\n  three\nb: \"x\\\n  y z\n  w\"\nc: |\n  l1\n\n  l2\nd: >-\n  f1\n  f2\n"
        let crlfText = text.replacingOccurrences(of: "\n", with: "\r\n")
        let lf = try checkSourceMaps(text)
        let crlf = try checkSourceMaps(crlfText)
        #expect(lf == crlf)
        for (scalar, crlfScalar) in zip(lf, crlf) {
            let lfMap = ScalarSourceMap(scalar: scalar, text: text)
            let crlfMap = ScalarSourceMap(scalar: crlfScalar, text: crlfText)
            for offset in 0...scalar.text.utf8.count {
                #expect(lfMap.position(ofUTF8Offset: offset) == crlfMap.position(ofUTF8Offset: offset))
            }
        }
    }

    @Test func mapsLineBreaksLibyamlKnowsAndEditorsDoNot() throws {
        // A raw LS in quotes is a line break to libyaml, kept as itself; a raw NEL folds.
        let text = "a: \"x\u{2028}y\"\nb: \"x\u{85}y\"\nc: [p\u{2029}q]\n"
        let scalars = try checkSourceMaps(text)
        #expect(scalars.map(\.text) == ["a", "x\u{2028}y", "b", "x y", "c", "p\u{2029}q"])
        let map = ScalarSourceMap(scalar: scalars[1], text: text)
        #expect(map.position(of: "y") == at(1, 7))
    }

    @Test func mapsTheEndOfTheValueAfterItsLastCharacter() throws {
        let map = try map("a", in: "a: héllo\n")
        #expect(map.position(ofUTF8Offset: 6) == at(1, 9))
        // An offset inside a character maps to that character.
        #expect(map.position(ofUTF8Offset: 2) == at(1, 5))
    }

    @Test func mapsAnEmptyValueToTheScalar() throws {
        let map = try map("a", in: "a:\nb: 1")
        #expect(map.position(ofUTF8Offset: 0) == map.scalar.position)
    }

    @Test func fallsBackToTheScalarPositionWhenTheSourceDiffers() {
        let scalar = Scalar(text: "nope", style: .doubleQuoted, position: at(1, 4))
        let map = ScalarSourceMap(scalar: scalar, text: "a: \"yes\"")
        #expect(!map.isExact)
        #expect(map.position(ofUTF8Offset: 2) == at(1, 4))
        let nowhere = ScalarSourceMap(scalar: Scalar(text: "x", style: .plain, position: at(9, 1)), text: "a: x")
        #expect(nowhere.position(ofUTF8Offset: 0) == at(9, 1))
    }

    @Test func mapsTheExpertExample() throws {
        try checkSourceMaps(YAMLReaderTests.expert)
        try checkSourceMaps(YAMLReaderTests.expert.replacingOccurrences(of: "\n", with: "\r\n"))
    }
}

@Suite struct SourceTextTests {
    @Test func convertsBetweenOffsetsAndPositions() {
        let source = SourceText("ab\r\né😀x\rz\n")
        #expect(source.position(ofUTF8Offset: 0) == at(1, 1))
        #expect(source.position(ofUTF8Offset: 2) == at(1, 3))
        #expect(source.position(ofUTF8Offset: 4) == at(2, 1))
        #expect(source.position(ofUTF8Offset: 6) == at(2, 2))
        #expect(source.position(ofUTF8Offset: 8) == at(2, 2))    // inside 😀
        #expect(source.position(ofUTF8Offset: 10) == at(2, 3))
        #expect(source.position(ofUTF8Offset: 12) == at(3, 1))
        #expect(source.utf8Offset(of: at(2, 3)) == 10)
        #expect(source.utf8Offset(of: at(2, 4)) == 11)           // the line's break
        #expect(source.utf8Offset(of: at(2, 5)) == nil)
        #expect(source.utf8Offset(of: at(4, 1)) == 14)
        #expect(source.utf8Offset(of: at(5, 1)) == nil)
    }

    @Test func skipsAByteOrderMark() {
        let source = SourceText("\u{FEFF}ab")
        #expect(source.utf8Offset(of: at(1, 1)) == 3)
        #expect(source.position(ofUTF8Offset: 4) == at(1, 2))
    }
}

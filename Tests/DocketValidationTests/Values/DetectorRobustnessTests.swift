import DocketContent
import DocketDomain
import DocketValidation
import DocketValues
import Testing

/// Every detector and parser, on every substring of tricky text and on pseudo-random
/// text: none may crash, and every detection must lie inside the text on scalar
/// boundaries, in order.
@Suite struct DetectorRobustnessTests {
    static let pieces = [
        "+", "(", ")", "-", ".", "/", " ", "\n", "\r\n", "\u{A0}", "0", "1", "5", "12", "2026", "555",
        "@", "a", "Z", "é", "👍🏽", "*", "_", "`", "#", ">", "<", "<b", "</p>", "<!--", "-->", "&amp;",
        "&", ";", "[", "]", "http://", "https://", "www.", ".com", ".co.uk", "amazon", ":", "$", "€",
        "rue", " de ", "Rivoli", "Street", "St", "PO Box ", "NY ", "SW1A 1AA", "75001 ", "Paris", "\u{301}",
    ]

    /// A small deterministic generator, so a failure reproduces.
    struct SplitMix: RandomNumberGenerator {
        var state: UInt64
        mutating func next() -> UInt64 {
            state &+= 0x9E37_79B9_7F4A_7C15
            var z = state
            z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
            z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
            return z ^ (z >> 31)
        }
    }

    private func check<Kind>(_ detections: [Detection<Kind>], in text: String) -> Bool {
        let utf8 = text.utf8
        var previous = -1
        for detection in detections {
            guard detection.length > 0, detection.offset >= 0, detection.offset + detection.length <= utf8.count,
                  detection.offset >= previous
            else { return false }
            let start = utf8.index(utf8.startIndex, offsetBy: detection.offset)
            let end = utf8.index(start, offsetBy: detection.length)
            guard start.samePosition(in: text.unicodeScalars) != nil,
                  end.samePosition(in: text.unicodeScalars) != nil
            else { return false }
            previous = detection.offset
        }
        return true
    }

    private func exercise(_ text: String) -> Bool {
        _ = TextLength.count(text)
        _ = TextLength.collapsingWhitespace(text)
        _ = Money.parse(text)
        _ = ISODate.parse(text)
        _ = BuildTime.parse(sourceDateEpoch: text)
        _ = EmailAddress.isValid(text)
        _ = Slug.isValid(text)
        _ = Suggestion.closest(to: text, among: ["title", "email"])
        return check(ContactDetector.matches(in: text), in: text)
            && check(MarkupDetector.matches(in: text, limit: 100), in: text)
            && check(ReviewTextDetector().problems(in: text), in: text)
    }

    @Test func survivesRandomText() {
        var generator = SplitMix(state: 2026)
        var failures: [String] = []
        for _ in 0..<3000 {
            let length = Int.random(in: 0...24, using: &generator)
            let text = (0..<length).map { _ in Self.pieces.randomElement(using: &generator)! }.joined()
            if !exercise(text) { failures.append(text) }
        }
        #expect(failures == [])
    }

    @Test func survivesEverySubstringOfTrickyText() {
        let text = "Tel:+33 (0)1 23 45 67 89, bob@x.io <b>**hi**</b> https://amazon.com.evil.io/a) 10 rue de Rivoli, 75001 Paris 👍🏽 `x` [t](u)"
        let characters = Array(text)
        var failures: [String] = []
        for start in 0..<characters.count {
            for end in stride(from: start, through: min(characters.count, start + 40), by: 1) {
                let piece = String(characters[start..<end])
                if !exercise(piece) { failures.append(piece) }
            }
        }
        #expect(failures == [])
    }
}

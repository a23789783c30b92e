import DocketDomain

/// Word-level reading of UTF-8 text for the postal address scanner: a word is a run of
/// letters (any script) with inner hyphens and apostrophes (`Saint-Denis`, `d'Alésia`),
/// or a run of letters and digits starting with a digit (`221B`, `5th`).
struct TextWords {
    let bytes: [UInt8]

    struct Word {
        var range: Range<Int>
        var startsUppercase: Bool
        var isNumber: Bool
    }

    func isLetter(at index: Int) -> Bool {
        guard let byte = bytes.byte(at: index) else { return false }
        if byte.isASCII { return byte.isASCIILetter }
        return bytes.scalar(startingAt: index)?.properties.isAlphabetic ?? false
    }

    /// Length in bytes of the scalar starting at `index`.
    private func width(at index: Int) -> Int {
        switch bytes[index] {
        case ..<0xC0: 1
        case ..<0xE0: 2
        case ..<0xF0: 3
        default: 4
        }
    }

    /// The word starting at `index`, if a letter or digit starts there.
    func word(at index: Int) -> Word? {
        guard let first = bytes.byte(at: index) else { return nil }
        var end = index
        if first.isASCIIDigit {
            while end < bytes.count, bytes[end].isASCIIAlphanumeric { end += 1 }
            return Word(range: index..<end, startsUppercase: false, isNumber: true)
        }
        guard isLetter(at: index) else { return nil }
        while end < bytes.count {
            if isLetter(at: end) {
                end += width(at: end)
            } else if (bytes[end] == ASCII.minus || bytes[end] == UInt8(ascii: "'")) && isLetter(at: end + 1) {
                end += 1
            } else if bytes.hasPrefix("\u{2019}", at: end, caseInsensitive: false) && isLetter(at: end + 3) {
                end += 3
            } else {
                break
            }
        }
        let uppercase = first.isASCII ? first.isASCIIUppercase
            : bytes.scalar(startingAt: index)?.properties.isUppercase ?? false
        return Word(range: index..<end, startsUppercase: uppercase, isNumber: false)
    }

    /// The start of the next word after `index`, skipping one run of spaces (not a line
    /// break: an address may span lines, a street name may not).
    func nextWordStart(after index: Int) -> Int? {
        var cursor = index
        while cursor < bytes.count, bytes[cursor] == ASCII.space || bytes[cursor] == ASCII.tab { cursor += 1 }
        guard cursor > index, cursor < bytes.count else { return nil }
        return cursor
    }

    /// The word's text lower-cased as ASCII bytes, for list look-ups.
    func lowercased(_ word: Word) -> [UInt8] {
        bytes[word.range].map(\.asciiLowercased)
    }

    /// Whether a word may start at `index`: the previous character is not a letter,
    /// digit or part of an identifier or amount.
    func startsStandalone(_ index: Int) -> Bool {
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if !previous.isASCII { return !(bytes.scalar(endingBefore: index)?.isWordOrCurrency ?? false) }
        if previous.isASCIIAlphanumeric { return false }
        switch previous {
        case ASCII.dot, ASCII.comma, ASCII.minus, ASCII.underscore, ASCII.at, ASCII.slash, UInt8(ascii: "$"),
             UInt8(ascii: "#"), ASCII.colon, ASCII.plus:
            return false
        default:
            return true
        }
    }

    /// Whether the character at `index` (just after a match) does not continue it.
    func endsStandalone(_ index: Int) -> Bool {
        guard let next = bytes.byte(at: index) else { return true }
        if !next.isASCII { return !(bytes.scalar(startingAt: index)?.isWordOrCurrency ?? false) }
        return !next.isASCIIAlphanumeric && next != ASCII.underscore && next != ASCII.at
    }
}

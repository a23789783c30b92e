import DocketDomain

/// Finds postal mailing addresses in English or French: a street number with a street
/// type (`12 Baker Street`, `221B Baker St.`, `1600 Pennsylvania Avenue NW`,
/// `10 rue de Rivoli`, `12 bis, place de la Concorde`), a post office box (`PO Box 123`,
/// `BP 45`), or a postcode in context (`New York, NY 10001`, `NY 10001-1234`,
/// `London SW1A 1AA`, `75001 Paris`).
///
/// Keeping ordinary reviews quiet matters more than catching every address, since a
/// match is an error: English street names must be capitalised (`3 weeks`, `2 days on the
/// way` stay quiet), French street types need a capitalised name after them (`1 place de
/// parking` stays quiet), US and UK postcodes need a capitalised word or a comma before
/// them, UK inward codes that are units (`EC2 4GB`) are skipped, and a French postcode
/// needs its city at the end of a clause or after a comma (`10000 Lambda invocations`
/// stays quiet).
enum PostalAddressScanner {
    static func ranges(in bytes: [UInt8]) -> [Range<Int>] {
        let words = TextWords(bytes: bytes)
        var found: [Range<Int>] = []
        var index = 0
        while index < bytes.count {
            guard bytes[index].isASCIIAlphanumeric, words.startsStandalone(index) else {
                index += 1
                continue
            }
            if let end = match(words, at: index) {
                found.append(index..<end)
                index = end
            } else {
                // Skip the rest of the word: no pattern starts inside one.
                index += 1
                while index < bytes.count, bytes[index].isASCIIAlphanumeric || !bytes[index].isASCII { index += 1 }
            }
        }
        return found
    }

    /// Each pattern starts with a digit or a capital letter; lower-case words, most of
    /// any text, are skipped without a look-up.
    private static func match(_ words: TextWords, at index: Int) -> Int? {
        let first = words.bytes[index]
        if first.isASCIIDigit {
            return streetAddress(words, at: index) ?? frenchPostcode(words, at: index)
        }
        guard first.isASCIIUppercase else { return nil }
        return postOfficeBox(words, at: index) ?? usPostcode(words, at: index) ?? ukPostcode(words, at: index)
    }

    // MARK: Streets

    static let englishStreetTypes: Set<[UInt8]> = wordSet("""
        street st avenue ave road rd boulevard blvd lane ln drive dr court ct place pl square sq terrace \
        way parkway pkwy highway hwy close crescent row mews loop circle cir trail plaza alley
        """)
    static let abbreviatedStreetTypes: Set<[UInt8]> = wordSet("st ave rd blvd ln dr ct pl sq pkwy hwy cir")
    static let directions: Set<[UInt8]> = wordSet("N S E W NE NW SE SW")
    static let frenchStreetTypes: Set<[UInt8]> = wordSet("""
        rue avenue av boulevard bd place chemin allée allee impasse quai cours route square voie passage \
        cité cite esplanade faubourg sentier
        """)
    static let frenchParticles: Set<[UInt8]> = wordSet("de du des la le les à a l d")
    static let frenchNumberSuffixes: Set<[UInt8]> = wordSet("bis ter quater")

    /// A house number (`12`, `221B`, `12bis`, `12 bis`), an optional comma, then an
    /// English or French street.
    private static func streetAddress(_ words: TextWords, at index: Int) -> Int? {
        guard let number = words.word(at: index), number.isNumber, isHouseNumber(words, number) else { return nil }
        var cursor = number.range.upperBound
        if let suffixStart = words.nextWordStart(after: cursor), let suffix = words.word(at: suffixStart),
           frenchNumberSuffixes.contains(words.lowercased(suffix)) {
            cursor = suffix.range.upperBound
        }
        if words.bytes.byte(at: cursor) == ASCII.comma { cursor += 1 }
        guard let streetStart = words.nextWordStart(after: cursor), let first = words.word(at: streetStart) else {
            return nil
        }
        return frenchStreet(words, from: first) ?? englishStreet(words, from: first)
    }

    /// 1–5 digits and at most one letter or a French suffix: `221B`, `12bis`.
    private static func isHouseNumber(_ words: TextWords, _ word: TextWords.Word) -> Bool {
        let text = words.bytes[word.range]
        let digits = text.prefix(while: \.isASCIIDigit)
        guard (1...5).contains(digits.count), digits.first != UInt8(ascii: "0") else { return false }
        let rest = Array(text.dropFirst(digits.count).map(\.asciiLowercased))
        return rest.isEmpty || (rest.count == 1 && rest[0].isASCIILetter) || frenchNumberSuffixes.contains(rest)
    }

    /// `Baker Street`, `Pennsylvania Avenue NW`, `5th Avenue`: one to three capitalised
    /// names (or an ordinal), then a capitalised street type.
    private static func englishStreet(_ words: TextWords, from first: TextWords.Word) -> Int? {
        var word = first
        var names = 0
        while true {
            let isName = word.startsUppercase || isOrdinal(words, word)
            let lowered = words.lowercased(word)
            if names > 0, word.startsUppercase, englishStreetTypes.contains(lowered) {
                var end = word.range.upperBound
                if abbreviatedStreetTypes.contains(lowered), words.bytes.byte(at: end) == ASCII.dot { end += 1 }
                if let directionStart = words.nextWordStart(after: end), let direction = words.word(at: directionStart),
                   directions.contains(Array(words.bytes[direction.range])), words.endsStandalone(direction.range.upperBound) {
                    end = direction.range.upperBound
                }
                return words.endsStandalone(word.range.upperBound) ? end : nil
            }
            guard isName, names < 3, let nextStart = words.nextWordStart(after: word.range.upperBound),
                  let next = words.word(at: nextStart)
            else { return nil }
            names += 1
            word = next
        }
    }

    private static func isOrdinal(_ words: TextWords, _ word: TextWords.Word) -> Bool {
        guard word.isNumber else { return false }
        let text = words.lowercased(word)
        let suffix = Array(text.suffix(2))
        return text.count >= 3 && text.dropLast(2).allSatisfy(\.isASCIIDigit)
            && [Array("st".utf8), Array("nd".utf8), Array("rd".utf8), Array("th".utf8)].contains(suffix)
    }

    /// `rue de Rivoli`, `avenue Foch`, `place de la Concorde`, `rue d'Alésia`: a street
    /// type in any case, optional particles, then a capitalised name.
    private static func frenchStreet(_ words: TextWords, from type: TextWords.Word) -> Int? {
        guard frenchStreetTypes.contains(words.lowercased(type)) else { return nil }
        var cursor = type.range.upperBound
        for _ in 0..<4 {
            guard let start = words.nextWordStart(after: cursor), let word = words.word(at: start) else { return nil }
            if word.startsUppercase { return word.range.upperBound }
            if let elided = elidedName(words, word) { return elided }
            guard frenchParticles.contains(words.lowercased(word)) else { return nil }
            cursor = word.range.upperBound
        }
        return nil
    }

    /// `d'Alésia`, `l'Université`: a particle glued to a capitalised name.
    private static func elidedName(_ words: TextWords, _ word: TextWords.Word) -> Int? {
        let bytes = words.bytes
        let first = word.range.lowerBound
        guard word.range.count > 2, bytes[first].asciiLowercased == UInt8(ascii: "d") || bytes[first].asciiLowercased == UInt8(ascii: "l")
        else { return nil }
        let nameStart: Int
        if bytes[first + 1] == UInt8(ascii: "'") { nameStart = first + 2 }
        else if bytes.hasPrefix("\u{2019}", at: first + 1, caseInsensitive: false) { nameStart = first + 4 }
        else { return nil }
        guard bytes.scalar(startingAt: nameStart)?.properties.isUppercase == true else { return nil }
        return word.range.upperBound
    }

    // MARK: Boxes

    /// `PO Box 123`, `P.O. Box 123`, `Post Office Box 123`, `BP 45`, `B.P. 45`.
    private static func postOfficeBox(_ words: TextWords, at index: Int) -> Int? {
        let bytes = words.bytes
        var cursor: Int
        if bytes.hasPrefix("PO Box ", at: index, caseInsensitive: false) { cursor = index + 7 }
        else if bytes.hasPrefix("P.O. Box ", at: index, caseInsensitive: false) { cursor = index + 9 }
        else if bytes.hasPrefix("P. O. Box ", at: index, caseInsensitive: false) { cursor = index + 10 }
        else if bytes.hasPrefix("Post Office Box ", at: index, caseInsensitive: false) { cursor = index + 16 }
        else if bytes.hasPrefix("BP ", at: index, caseInsensitive: false) { cursor = index + 3 }
        else if bytes.hasPrefix("B.P. ", at: index, caseInsensitive: false) { cursor = index + 5 }
        else { return nil }
        let digitsStart = cursor
        while cursor < bytes.count, bytes[cursor].isASCIIDigit { cursor += 1 }
        guard (1...6).contains(cursor - digitsStart), words.endsStandalone(cursor) else { return nil }
        return cursor
    }

    /// A look-up set from a space-separated word list.
    static func wordSet(_ list: String) -> Set<[UInt8]> {
        Set(list.split { $0 == " " || $0 == "\n" }.map { Array($0.utf8) })
    }
}

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

    static let englishStreetTypes: Set<[UInt8]> = words("""
        street st avenue ave road rd boulevard blvd lane ln drive dr court ct place pl square sq terrace \
        way parkway pkwy highway hwy close crescent row mews loop circle cir trail plaza alley
        """)
    static let abbreviatedStreetTypes: Set<[UInt8]> = words("st ave rd blvd ln dr ct pl sq pkwy hwy cir")
    static let directions: Set<[UInt8]> = words("N S E W NE NW SE SW")
    static let frenchStreetTypes: Set<[UInt8]> = words("""
        rue avenue av boulevard bd place chemin allée allee impasse quai cours route square voie passage \
        cité cite esplanade faubourg sentier
        """)
    static let frenchParticles: Set<[UInt8]> = words("de du des la le les à a l d")
    static let frenchNumberSuffixes: Set<[UInt8]> = words("bis ter quater")

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

    // MARK: Postcodes

    /// Two-letter codes of the states and DC, as `first << 8 | second` for an allocation-free
    /// look-up.
    static let usStates: Set<UInt16> = Set(words("""
        AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY \
        NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
        """).map { UInt16($0[0]) << 8 | UInt16($0[1]) })

    /// `NY 10001`, `NY 10001-1234`, after a comma, a line start or a capitalised word.
    private static func usPostcode(_ words: TextWords, at index: Int) -> Int? {
        let bytes = words.bytes
        guard index + 8 <= bytes.count, bytes[index + 2] == ASCII.space,
              usStates.contains(UInt16(bytes[index]) << 8 | UInt16(bytes[index + 1])),
              hasAddressContext(words, before: index)
        else { return nil }
        var cursor = index + 3
        while cursor < bytes.count, bytes[cursor].isASCIIDigit { cursor += 1 }
        guard cursor - (index + 3) == 5 else { return nil }
        if bytes.byte(at: cursor) == ASCII.minus {
            var plusFour = cursor + 1
            while plusFour < bytes.count, bytes[plusFour].isASCIIDigit { plusFour += 1 }
            if plusFour - cursor == 5 { cursor = plusFour }
        }
        return words.endsStandalone(cursor) ? cursor : nil
    }

    /// `SW1A 1AA`: outward code `A9`, `A99`, `AA9`, `AA99`, `A9A` or `AA9A`, a space,
    /// inward code `9AA` (letters other than C, I, K, M, O, V), with address context.
    private static func ukPostcode(_ words: TextWords, at index: Int) -> Int? {
        let bytes = words.bytes
        var cursor = index
        while cursor < bytes.count, cursor - index < 2, bytes[cursor].isASCIIUppercase { cursor += 1 }
        guard cursor > index, bytes.byte(at: cursor)?.isASCIIDigit == true else { return nil }
        cursor += 1
        if let next = bytes.byte(at: cursor), next.isASCIIDigit || next.isASCIIUppercase { cursor += 1 }
        guard bytes.byte(at: cursor) == ASCII.space, cursor + 4 <= bytes.count else { return nil }
        let inward = bytes[(cursor + 1)..<(cursor + 4)]
        let letters = Array(inward.dropFirst())
        guard inward.first!.isASCIIDigit, letters.allSatisfy(isInwardLetter),
              !inwardUnits.contains(letters), words.endsStandalone(cursor + 4),
              hasAddressContext(words, before: index)
        else { return nil }
        return cursor + 4
    }

    private static func isInwardLetter(_ byte: UInt8) -> Bool {
        byte.isASCIIUppercase && !"CIKMOV".utf8.contains(byte)
    }

    /// Storage and memory units that look like inward codes: `4GB`, `1TB`.
    static let inwardUnits: Set<[UInt8]> = words("GB TB PB")

    /// `75001 Paris`: a French postcode (departments 01–95, 97, 98) and a capitalised city,
    /// after a comma, or with the city ending the clause (a line start is not enough:
    /// `10000 Lambda invocations` starts many a sentence).
    private static func frenchPostcode(_ words: TextWords, at index: Int) -> Int? {
        let bytes = words.bytes
        guard index + 7 <= bytes.count, bytes[index..<(index + 5)].allSatisfy(\.isASCIIDigit),
              bytes[index + 5] == ASCII.space
        else { return nil }
        let department = bytes[index].digitValue * 10 + bytes[index + 1].digitValue
        guard (1...95).contains(department) || department == 97 || department == 98,
              let city = words.word(at: index + 6), city.startsUppercase,
              !notCities.contains(words.lowercased(city))
        else { return nil }
        var end = city.range.upperBound
        if let nextStart = words.nextWordStart(after: end), let next = words.word(at: nextStart),
           ["cedex", "france"].map({ Array($0.utf8) }).contains(words.lowercased(next)) {
            end = next.range.upperBound
        }
        let endsClause: Bool
        if let next = bytes.byte(at: end) {
            endsClause = ",.;)\n\r".utf8.contains(next)
        } else {
            endsClause = true
        }
        let followsComma = index >= 2 && bytes[index - 2] == ASCII.comma && bytes[index - 1] == ASCII.space
        return endsClause || followsComma ? end : nil
    }

    /// Capitalised words that follow numbers in prose and are not cities.
    static let notCities: Set<[UInt8]> = words("euros euro eur dollars usd gbp users requests")

    /// A US or UK postcode follows a comma, a line start, or a capitalised word such as a
    /// city.
    private static func hasAddressContext(_ words: TextWords, before index: Int) -> Bool {
        let bytes = words.bytes
        guard index > 0 else { return true }
        let previous = bytes[index - 1]
        if previous == ASCII.lineFeed { return true }
        guard previous == ASCII.space, index >= 2 else { return false }
        let beforeSpace = bytes[index - 2]
        if beforeSpace == ASCII.comma || beforeSpace == ASCII.lineFeed { return true }
        var wordStart = index - 2
        while wordStart > 0, words.isLetter(at: wordStart - 1) || bytes[wordStart - 1] & 0xC0 == 0x80 { wordStart -= 1 }
        return words.word(at: wordStart)?.startsUppercase == true
    }

    private static func words(_ list: String) -> Set<[UInt8]> {
        Set(list.split { $0 == " " || $0 == "\n" }.map { Array($0.utf8) })
    }
}

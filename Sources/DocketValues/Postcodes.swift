import DocketDomain

// Postcodes in address context, for the postal address scanner.

extension PostalAddressScanner {
    /// Two-letter codes of the states and DC, as `first << 8 | second` for an allocation-free
    /// look-up.
    static let usStates: Set<UInt16> = Set(wordSet("""
        AL AK AZ AR CA CO CT DE DC FL GA HI ID IL IN IA KS KY LA ME MD MA MI MN MS MO MT NE NV NH NJ NM NY \
        NC ND OH OK OR PA RI SC SD TN TX UT VT VA WA WV WI WY
        """).map { UInt16($0[0]) << 8 | UInt16($0[1]) })

    /// `NY 10001`, `NY 10001-1234`, after a comma, a line start or a capitalised word.
    static func usPostcode(_ words: TextWords, at index: Int) -> Int? {
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
    static func ukPostcode(_ words: TextWords, at index: Int) -> Int? {
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
    static let inwardUnits: Set<[UInt8]> = wordSet("GB TB PB")

    /// `75001 Paris`: a French postcode (departments 01–95, 97, 98) and a capitalised city,
    /// after a comma, or with the city ending the clause (a line start is not enough:
    /// `10000 Lambda invocations` starts many a sentence).
    static func frenchPostcode(_ words: TextWords, at index: Int) -> Int? {
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
    static let notCities: Set<[UInt8]> = wordSet("euros euro eur dollars usd gbp users requests")

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
}

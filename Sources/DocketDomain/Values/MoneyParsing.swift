extension Money {
    /// Amounts must be below $10^12: far above any real proposal, low enough that sums of
    /// parsed amounts cannot overflow in practice.
    public static let parseLimit = Money(cents: 100_000_000_000_000)
    package static let maximumIntegerDigits = 12

    /// Parses the raw text of a YAML plain scalar, a quoted string or a JSON number:
    /// digits, optionally a point and one or two decimals (`1234`, `1234.5`, `0.01`).
    ///
    /// Decisions: ASCII spaces and tabs around the value are ignored (as in a plain
    /// scalar); `.5` and `5.` are rejected because JSON rejects them and the fix is
    /// obvious; a leading zero (`0123`) is rejected because YAML 1.1 reads it as octal;
    /// signs, exponents, `NaN`/`inf`, currency signs and digit grouping are rejected
    /// with an error that says which.
    public static func parse(_ text: String) -> Result<Money, MoneyParseError> {
        let bytes = Array(text.utf8)
        var start = 0
        var end = bytes.count
        while start < end, bytes[start] == ASCII.space || bytes[start] == ASCII.tab { start += 1 }
        while end > start, bytes[end - 1] == ASCII.space || bytes[end - 1] == ASCII.tab { end -= 1 }
        guard start < end else { return .failure(.empty) }
        if let problem = wordProblem(bytes[start..<end]) { return .failure(problem) }

        var integerDigits = 0
        var fractionDigits = 0
        var sawPoint = false
        var integerValue: Int64 = 0
        var fractionValue: Int64 = 0
        var index = start
        while index < end {
            let byte = bytes[index]
            if byte.isASCIIDigit {
                if sawPoint {
                    fractionDigits += 1
                    if fractionDigits <= 2 { fractionValue = fractionValue * 10 + Int64(byte.digitValue) }
                } else {
                    integerDigits += 1
                    if integerDigits <= maximumIntegerDigits + 1 {
                        integerValue = integerValue * 10 + Int64(byte.digitValue)
                    }
                }
            } else if byte == ASCII.dot, !sawPoint {
                sawPoint = true
            } else {
                return .failure(characterProblem(bytes, at: index, end: end, sawPoint: sawPoint))
            }
            index += 1
        }

        if integerDigits == 0 {
            return .failure(fractionDigits > 0 ? .missingIntegerPart : .notANumber)
        }
        if sawPoint, fractionDigits == 0 { return .failure(.missingFractionDigits) }
        if fractionDigits > 2 { return .failure(.tooManyDecimals(fractionDigits)) }
        if integerDigits > 1, bytes[start] == UInt8(ascii: "0") { return .failure(.leadingZero) }
        if integerDigits > maximumIntegerDigits { return .failure(.tooLarge) }
        if fractionDigits == 1 { fractionValue *= 10 }
        let cents = integerValue * 100 + fractionValue
        if cents == 0 { return .failure(.notPositive) }
        return .success(Money(cents: cents))
    }

    /// Whole-value spellings that are not amounts at all.
    private static func wordProblem(_ bytes: ArraySlice<UInt8>) -> MoneyParseError? {
        if bytes.first == ASCII.minus { return .negative }
        let word = String(decoding: bytes.drop { $0 == ASCII.plus || $0 == ASCII.dot }, as: UTF8.self).lowercased()
        switch word {
        case "nan", "inf", "infinity": return .notANumber
        default: return nil
        }
    }

    /// Why the byte at `index` cannot appear in an amount.
    private static func characterProblem(
        _ bytes: [UInt8], at index: Int, end: Int, sawPoint: Bool
    ) -> MoneyParseError {
        let byte = bytes[index]
        let previousIsDigit = index > 0 && bytes[index - 1].isASCIIDigit
        let nextIsDigit = index + 1 < end && bytes[index + 1].isASCIIDigit
        if (byte == UInt8(ascii: "e") || byte == UInt8(ascii: "E")) && previousIsDigit {
            return .exponent
        }
        if byte == ASCII.comma && previousIsDigit && nextIsDigit && !sawPoint {
            var digitsAfter = 0
            while index + 1 + digitsAfter < end, bytes[index + 1 + digitsAfter].isASCIIDigit { digitsAfter += 1 }
            let atEnd = index + 1 + digitsAfter == end
            return digitsAfter <= 2 && atEnd ? .decimalComma : .thousandsSeparator
        }
        let isGroupingByte = byte == ASCII.underscore || byte == ASCII.space || byte == UInt8(ascii: "'")
        if isGroupingByte && previousIsDigit && nextIsDigit {
            return .thousandsSeparator
        }
        if byte == 0xC2 && bytes.byte(at: index + 1) == 0xA0 && previousIsDigit {
            return .thousandsSeparator // a no-break space between digit groups
        }
        guard let scalar = bytes.scalar(startingAt: index) else { return .notANumber }
        if scalar.properties.generalCategory == .currencySymbol { return .currencySymbol }
        return .unexpectedCharacter(Character(scalar))
    }
}

/// Why a text is not a money amount; `description` completes a sentence whose subject
/// is the field (`total has 3 decimals; at most 2`).
public enum MoneyParseError: Error, Hashable, Sendable, CustomStringConvertible {
    case empty
    case notANumber
    case negative
    case notPositive
    case tooManyDecimals(Int)
    case missingIntegerPart
    case missingFractionDigits
    case leadingZero
    case exponent
    case currencySymbol
    case thousandsSeparator
    case decimalComma
    case tooLarge
    case unexpectedCharacter(Character)

    public var description: String {
        switch self {
        case .empty: "is empty; expected an amount such as 1234.50"
        case .notANumber: "is not a number; expected an amount such as 1234.50"
        case .negative: "must not be negative"
        case .notPositive: "must be greater than 0"
        case .tooManyDecimals(let count): "has \(count) decimals; at most 2"
        case .missingIntegerPart: "needs a digit before the decimal point (write 0.5, not .5)"
        case .missingFractionDigits: "needs digits after the decimal point (write 5 or 5.00)"
        case .leadingZero: "must not start with 0"
        case .exponent: "must be written in full, without an exponent"
        case .currencySymbol: "must be a plain number without a currency sign (write 1234.50, not $1,234.50)"
        case .thousandsSeparator: "must not group digits (write 1234.50, not 1,234.50)"
        case .decimalComma: "uses a decimal comma; write a point (12.50)"
        case .tooLarge: "is too large; amounts must be below $1,000,000,000,000.00"
        case .unexpectedCharacter(let character): "has an unexpected character \u{201C}\(character)\u{201D}"
        }
    }
}

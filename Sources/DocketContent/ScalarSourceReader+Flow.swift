// The YAML scalar styles follow LibYAML's scanner (Copyright (c) 2006-2020 Kirill Simonov,
// MIT licence; the notice is in NOTICE).

extension ScalarSourceReader {
    /// A plain scalar (libyaml's `yaml_parser_scan_plain_scalar`). Where it ends depends on
    /// its context, which the value already tells: reading stops once it is rebuilt.
    mutating func readPlain() throws(Mismatch) {
        var leadingBlanks = false
        var whitespace: Range<Int>?
        var leadingBreak: LineBreak?
        var trailingBreaks: [LineBreak] = []
        while !builder.isComplete {
            while !isBlankOrBreakOrEnd(index) {
                if leadingBlanks {
                    try fold(leadingBreak, trailingBreaks)
                    leadingBlanks = false
                    leadingBreak = nil
                    trailingBreaks = []
                } else if let pending = whitespace {
                    try builder.copy(pending)
                    whitespace = nil
                }
                index += try builder.copyCharacter(at: index)
                if builder.isComplete { return }
            }
            guard index < bytes.count else { throw Mismatch() }
            try skipBlanksAndBreaks(
                leadingBlanks: &leadingBlanks, whitespace: &whitespace,
                leadingBreak: &leadingBreak, trailingBreaks: &trailingBreaks
            )
        }
    }

    /// A single- or double-quoted scalar (libyaml's `yaml_parser_scan_flow_scalar`).
    mutating func readQuoted(single: Bool) throws(Mismatch) {
        let quote = single ? UInt8(ascii: "'") : UInt8(ascii: "\"")
        index += 1
        var whitespace: Range<Int>?
        var leadingBreak: LineBreak?
        var trailingBreaks: [LineBreak] = []
        while true {
            var leadingBlanks = false
            while !isBlankOrBreakOrEnd(index) {
                let byte = bytes[index]
                if single, byte == quote, index + 1 < bytes.count, bytes[index + 1] == quote {
                    try builder.emit([quote], at: index, origin: .escape)
                    index += 2
                } else if byte == quote {
                    break
                } else if !single, byte == UInt8(ascii: "\\"), isBreak(index + 1) {
                    // An escaped line break joins the lines with nothing between them.
                    index += 1 + breakLength(index + 1)
                    leadingBlanks = true
                    break
                } else if !single, byte == UInt8(ascii: "\\") {
                    try readYAMLEscape()
                } else {
                    index += try builder.copyCharacter(at: index)
                }
            }
            guard index < bytes.count else { throw Mismatch() }
            if bytes[index] == quote { break }
            try skipBlanksAndBreaks(
                leadingBlanks: &leadingBlanks, whitespace: &whitespace,
                leadingBreak: &leadingBreak, trailingBreaks: &trailingBreaks
            )
            if leadingBlanks {
                try fold(leadingBreak, trailingBreaks)
                leadingBreak = nil
                trailingBreaks = []
            } else if let pending = whitespace {
                try builder.copy(pending)
                whitespace = nil
            }
        }
        index += 1
    }

    /// Steps over white space and line breaks between two runs of text, remembering the
    /// white space (kept if no break follows) and the breaks (folded).
    private mutating func skipBlanksAndBreaks(
        leadingBlanks: inout Bool, whitespace: inout Range<Int>?,
        leadingBreak: inout LineBreak?, trailingBreaks: inout [LineBreak]
    ) throws(Mismatch) {
        while index < bytes.count {
            if isBlank(index) {
                if !leadingBlanks { whitespace = (whitespace?.lowerBound ?? index)..<index + 1 }
                index += 1
            } else if isBreak(index) {
                let lineBreak = LineBreak(offset: index, length: breakLength(index))
                if !leadingBlanks {
                    whitespace = nil
                    leadingBreak = lineBreak
                    leadingBlanks = true
                } else {
                    trailingBreaks.append(lineBreak)
                }
                index += lineBreak.length
            } else {
                return
            }
        }
    }

    /// A double-quoted escape: the characters it stands for, mapped to its backslash.
    private mutating func readYAMLEscape() throws(Mismatch) {
        guard index + 1 < bytes.count else { throw Mismatch() }
        let produced: [UInt8]
        var codeLength = 0
        switch bytes[index + 1] {
        case UInt8(ascii: "0"): produced = [0x00]
        case UInt8(ascii: "a"): produced = [0x07]
        case UInt8(ascii: "b"): produced = [0x08]
        case UInt8(ascii: "t"), UInt8(ascii: "\t"): produced = [0x09]
        case UInt8(ascii: "n"): produced = [0x0A]
        case UInt8(ascii: "v"): produced = [0x0B]
        case UInt8(ascii: "f"): produced = [0x0C]
        case UInt8(ascii: "r"): produced = [0x0D]
        case UInt8(ascii: "e"): produced = [0x1B]
        case UInt8(ascii: " "): produced = [0x20]
        case UInt8(ascii: "\""): produced = [0x22]
        case UInt8(ascii: "/"): produced = [0x2F]
        case UInt8(ascii: "\\"): produced = [0x5C]
        case UInt8(ascii: "N"): produced = [0xC2, 0x85]
        case UInt8(ascii: "_"): produced = [0xC2, 0xA0]
        case UInt8(ascii: "L"): produced = [0xE2, 0x80, 0xA8]
        case UInt8(ascii: "P"): produced = [0xE2, 0x80, 0xA9]
        case UInt8(ascii: "x"): codeLength = 2; produced = []
        case UInt8(ascii: "u"): codeLength = 4; produced = []
        case UInt8(ascii: "U"): codeLength = 8; produced = []
        default: throw Mismatch()
        }
        if codeLength == 0 {
            try builder.emit(produced, at: index, origin: .escape)
        } else {
            guard let value = hexValue(at: index + 2, digits: codeLength),
                  let scalar = Unicode.Scalar(value)
            else { throw Mismatch() }
            try builder.emit(Array(String(scalar).utf8), at: index, origin: .escape)
        }
        index += 2 + codeLength
    }

    /// The number written in `digits` hexadecimal digits at `offset`.
    func hexValue(at offset: Int, digits: Int) -> UInt32? {
        guard offset + digits <= bytes.count else { return nil }
        var value: UInt32 = 0
        for byte in bytes[offset..<offset + digits] {
            let nibble: UInt8
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): nibble = byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): nibble = byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): nibble = byte - UInt8(ascii: "A") + 10
            default: return nil
            }
            value = value << 4 | UInt32(nibble)
        }
        return value
    }
}

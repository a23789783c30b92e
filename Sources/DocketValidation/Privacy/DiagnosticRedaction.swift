import DocketContent

/// The last guard before diagnostics are reported: a message that contains a private
/// value of the content (ignoring ASCII case) has every occurrence replaced by
/// `[private]`. Messages are written not to quote private values; this catches one that
/// quotes a value it did not know was private (a slug field holding an address, an
/// unknown key spelled as one), so no report, CI log or error page ever publishes it.
public enum DiagnosticRedaction {
    public static let placeholder = "[private]"

    public static func redact(_ diagnostics: [Diagnostic], index: PrivateValueIndex) -> [Diagnostic] {
        guard !index.isEmpty else { return diagnostics }
        return diagnostics.map { diagnostic in
            var diagnostic = diagnostic
            diagnostic.message = redact(diagnostic.message, index: index)
            return diagnostic
        }
    }

    public static func redact(_ message: String, index: PrivateValueIndex) -> String {
        var bytes = Array(message.utf8)
        var ranges = index.occurrences(in: bytes).map(\.range)
        // A value may also hide behind Unicode case (`K` KELVIN SIGN lower-cases to `k`):
        // then the whole lower-cased message is what can be redacted.
        if ranges.isEmpty, !bytes.allSatisfy({ $0 < 0x80 }) {
            let lowered = Array(message.lowercased().utf8)
            ranges = index.occurrences(in: lowered).map(\.range)
            if !ranges.isEmpty { bytes = lowered }
        }
        guard !ranges.isEmpty else { return message }
        var output: [UInt8] = []
        var index = 0
        for range in merged(ranges) {
            output += bytes[index..<range.lowerBound]
            output += placeholder.utf8
            index = range.upperBound
        }
        output += bytes[index...]
        return String(decoding: output, as: UTF8.self)
    }

    /// Overlapping or touching ranges as one, in order.
    private static func merged(_ ranges: [Range<Int>]) -> [Range<Int>] {
        var result: [Range<Int>] = []
        for range in ranges.sorted(by: { $0.lowerBound < $1.lowerBound }) {
            if let last = result.last, range.lowerBound <= last.upperBound {
                result[result.count - 1] = last.lowerBound..<max(last.upperBound, range.upperBound)
            } else {
                result.append(range)
            }
        }
        return result
    }
}

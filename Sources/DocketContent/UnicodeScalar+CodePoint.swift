extension Unicode.Scalar {
    /// `U+0007`, as diagnostics name characters that do not print.
    var codePointDescription: String {
        let hex = String(value, radix: 16, uppercase: true)
        return "U+" + String(repeating: "0", count: max(0, 4 - hex.count)) + hex
    }
}

import DocketValues
import Foundation

/// Absolute web addresses, as link fields take them.
enum WebAddress {
    /// `https://host/…` with one of `schemes` and a host shaped like a name (`-.com` is
    /// not) or an IP literal, and no white space or control characters anywhere (they
    /// hide the real target).
    static func isAbsolute(_ text: String, schemes: [String]) -> Bool {
        guard !text.unicodeScalars.contains(where: { $0.properties.isWhitespace || $0.value < 0x20 || $0.value == 0x7F }),
              let components = URLComponents(string: text),
              let scheme = components.scheme?.lowercased(), schemes.contains(scheme),
              let host = components.host, !host.isEmpty,
              HostName.isIPv6Literal(host) || HostName.isValid(host, strictASCII: false) else { return false }
        return text.lowercased().hasPrefix(scheme + "://")
    }
}

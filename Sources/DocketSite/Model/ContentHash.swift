import Foundation

/// A short, stable fingerprint of a file's bytes for cache-busting names. Not a security
/// boundary: FNV-1a is enough to tell versions of a photo apart.
enum ContentHash {
    static func hex(_ bytes: Data) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in bytes {
            hash ^= UInt64(byte)
            hash = hash &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return String(repeating: "0", count: 16 - hex.count) + hex
    }
}

import Foundation

/// A folder's entries as the file system holds them: bytes, which need not be UTF-8.
/// Foundation's listing drops (or mangles) a name that is not valid UTF-8; a content file
/// with such a name must be reported, never skipped silently (docs/decisions.md).
public enum FolderListing {
    public struct Entry: Sendable {
        /// The name, when it is valid UTF-8.
        public var name: String?
        /// The name with each byte outside valid UTF-8 written `\xHH`, for messages.
        public var shown: String
    }

    private static let nameOffset = MemoryLayout<dirent>.offset(of: \dirent.d_name)!

    /// Entries other than `.` and `..`, unsorted; empty when the folder cannot be read.
    public static func entries(of folder: String) -> [Entry] {
        guard let stream = opendir(folder) else { return [] }
        defer { closedir(stream) }
        var entries: [Entry] = []
        while let entry = readdir(stream) {
            // Read in place up to its NUL: the record readdir returns is only as long as its
            // name, so copying the whole 256-byte `d_name` field could read past the buffer
            // (AddressSanitizer found it on a large folder).
            let field = UnsafeRawPointer(entry).advanced(by: Self.nameOffset).assumingMemoryBound(to: CChar.self)
            let bytes = Array(UnsafeRawBufferPointer(start: field, count: strlen(field)))
            if bytes == [0x2E] || bytes == [0x2E, 0x2E] { continue }
            let name = String(validating: bytes, as: UTF8.self)
            entries.append(Entry(name: name, shown: name ?? escaped(bytes)))
        }
        return entries
    }

    /// `bytes` as text: valid UTF-8 runs as they are, every other byte as `\xHH`.
    static func escaped(_ bytes: [UInt8]) -> String {
        var text = ""
        var index = 0
        while index < bytes.count {
            var end = index + 1
            var best: String?
            // The longest valid sequence starting here (a UTF-8 character is 1–4 bytes).
            while end <= Swift.min(index + 4, bytes.count) {
                if let piece = String(validating: bytes[index..<end], as: UTF8.self) { best = piece; break }
                end += 1
            }
            if let best {
                text += best
                index = end
            } else {
                text += "\\x" + String(bytes[index], radix: 16, uppercase: true).leftPadded
                index += 1
            }
        }
        return text
    }
}

private extension String {
    var leftPadded: String { count == 1 ? "0" + self : self }
}

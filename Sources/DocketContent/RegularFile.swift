import Foundation

/// Reads a file only if it is a regular file: opened without blocking and, unless asked,
/// without following a link, then checked with `fstat` on what was opened. A FIFO named
/// like a photo would otherwise block the read (and `validate`, `build`, `serve`) forever.
public enum RegularFile {
    public enum Failure: Error, Equatable, Sendable {
        /// The path names something else: the words say what ("a FIFO", "a folder").
        case notRegular(String)
        /// Larger than the limit given.
        case tooLarge
        /// A system call failed; `FileSystemFailure.describe` words it.
        case system(Int32)

        /// The end of a sentence about the file ("… is not a regular file: it is a folder").
        public var description: String {
            switch self {
            case .notRegular(let what): "is not a regular file: it is \(what)"
            case .tooLarge: "is too large"
            case .system(let code): "cannot be read: \(FileSystemFailure.describe(code))"
            }
        }
    }

    /// What `lstat` (never following a link) says is at `path`, when it is not a regular
    /// file: "a FIFO", "a folder"…; nil for a regular file or nothing there.
    public static func irregularKind(at path: String) -> String? {
        var info = stat()
        guard lstat(path, &info) == 0 else { return nil }
        return kind(of: info.st_mode)
    }

    static func kind(of mode: mode_t) -> String? {
        switch mode & S_IFMT {
        case S_IFREG: nil
        case S_IFDIR: "a folder"
        case S_IFIFO: "a FIFO (named pipe)"
        case S_IFSOCK: "a socket"
        case S_IFCHR: "a character device"
        case S_IFBLK: "a block device"
        case S_IFLNK: "a symbolic link"
        default: "not a file"
        }
    }

    /// Opens `path` for reading if it is a regular file; the caller closes the descriptor.
    public static func open(_ path: String, followingLinks: Bool = false) throws(Failure) -> Int32 {
        try openWithSize(path, followingLinks: followingLinks).descriptor
    }

    /// The descriptor and the size `fstat` gave.
    static func openWithSize(_ path: String, followingLinks: Bool) throws(Failure) -> (descriptor: Int32, size: Int) {
        let flags = O_RDONLY | O_NONBLOCK | O_CLOEXEC | (followingLinks ? 0 : O_NOFOLLOW)
        let descriptor = Glibc.open(path, flags)
        guard descriptor >= 0 else {
            let code = errno
            if code == ELOOP, let what = irregularKind(at: path) { throw .notRegular(what) }
            throw .system(code)
        }
        var info = stat()
        guard fstat(descriptor, &info) == 0 else {
            let code = errno
            Glibc.close(descriptor)
            throw .system(code)
        }
        if let what = kind(of: info.st_mode) {
            Glibc.close(descriptor)
            throw .notRegular(what)
        }
        return (descriptor, Int(info.st_size))
    }

    /// The whole file, at most `limit` bytes (more is `.tooLarge`).
    public static func read(_ path: String, followingLinks: Bool = false, limit: Int = Int.max - 1) throws(Failure) -> [UInt8] {
        let (descriptor, size) = try openWithSize(path, followingLinks: followingLinks)
        defer { Glibc.close(descriptor) }
        guard let bytes = readAll(descriptor, expectedSize: size, limit: limit) else { throw .system(errno) }
        guard bytes.count <= limit else { throw .tooLarge }
        return bytes
    }

    /// At most the first `count` bytes.
    public static func head(_ path: String, count: Int) throws(Failure) -> [UInt8] {
        let descriptor = try open(path)
        defer { Glibc.close(descriptor) }
        guard let bytes = readAll(descriptor, expectedSize: count, limit: count) else { throw .system(errno) }
        return Array(bytes.prefix(count))
    }

    /// Reads from `descriptor` until its end or `limit + 1` bytes, so a file that grows
    /// past a cap after it was measured is refused without being read whole. Nil on a
    /// failed read (errno says why).
    static func readAll(_ descriptor: Int32, expectedSize: Int, limit: Int) -> [UInt8]? {
        var bytes = [UInt8](repeating: 0, count: Swift.min(Swift.max(expectedSize, 0), limit) + 1)
        var filled = 0
        while true {
            if filled == bytes.count {
                guard bytes.count <= limit else { break }
                bytes.append(contentsOf: repeatElement(0, count: Swift.min(bytes.count, limit + 1 - bytes.count)))
            }
            let count = bytes.withUnsafeMutableBytes { buffer in
                Glibc.read(descriptor, buffer.baseAddress! + filled, buffer.count - filled)
            }
            if count < 0 {
                if errno == EINTR { continue }
                return nil
            }
            if count == 0 { break }
            filled += count
        }
        bytes.removeSubrange(filled...)
        return bytes
    }
}

import Foundation

enum FileBytes {
    /// Reads a content file of about `expectedSize` bytes, never more than `limit + 1`,
    /// so a file that grows past the cap after it was measured is refused without being
    /// read whole. Only a regular file is read (`RegularFile`): a FIFO put in its place
    /// after it was listed never blocks the load.
    static func read(_ path: String, expectedSize: Int, limit: Int) throws(RegularFile.Failure) -> [UInt8] {
        let descriptor = try RegularFile.open(path)
        defer { close(descriptor) }
        guard let bytes = RegularFile.readAll(descriptor, expectedSize: expectedSize, limit: limit) else { throw .system(errno) }
        return bytes
    }
}

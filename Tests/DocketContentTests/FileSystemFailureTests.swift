@testable import DocketContent
import Foundation
import Testing

/// Each cause of a failed file-system call has its own words (docs/decisions.md); the
/// system's text stays in parentheses.
@Suite struct FileSystemFailureTests {
    @Test(arguments: [
        (ENOSPC, "the disk is full"),
        (EDQUOT, "disk quota"),
        (EMFILE, "too many files open"),
        (ENFILE, "the system has too many files open"),
        (EACCES, "the user running docket may not write or read there"),
        (EFBIG, "file size limit"),
    ])
    func eachCauseHasItsOwnWording(code: Int32, words: String) {
        let text = FileSystemFailure.describe(code, inodesLeft: 1000)
        #expect(text.contains(words), "\(text)")
        #expect(text.hasSuffix("(\(String(cString: strerror(code))))"), "\(text)")
    }

    @Test func noSpaceWithNoInodesLeftIsInodeExhaustion() {
        let text = FileSystemFailure.describe(ENOSPC, inodesLeft: 0)
        #expect(text.contains("no free inodes"), "\(text)")
        #expect(!text.contains("the disk is full"))
    }

    @Test func theWordingsDiffer() {
        let codes: [Int32] = [ENOSPC, EDQUOT, EMFILE, EACCES]
        let texts = Set(codes.map { FileSystemFailure.describe($0, inodesLeft: 1000) } + [FileSystemFailure.describe(ENOSPC, inodesLeft: 0)])
        #expect(texts.count == codes.count + 1)
    }

    /// The inodes of the file system holding a path that does not exist yet are those of
    /// its nearest existing folder.
    @Test func freeInodesAreLookedUpNearAMissingPath() {
        let missing = NSTemporaryDirectory() + "docket-missing-" + UUID().uuidString + "/a/b.html"
        #expect(FileSystemFailure.freeInodes(near: missing) == FileSystemFailure.freeInodes(near: NSTemporaryDirectory()))
    }

    /// Without inode exhaustion in sight, ENOSPC on a real path reads as a full disk.
    @Test func noSpaceOnARealPath() {
        #expect(FileSystemFailure.describe(ENOSPC, at: NSTemporaryDirectory()).contains("the disk is full"))
    }

    @Test func anUnknownCodeIsTheSystemsText() {
        #expect(FileSystemFailure.describe(EXDEV) == String(cString: strerror(EXDEV)))
    }
}

/// A folder's names as bytes: one that is not UTF-8 is shown escaped, not dropped.
@Suite struct FolderListingTests {
    @Test func invalidBytesAreEscapedAndValidTextKept() {
        #expect(FolderListing.escaped(Array("café".utf8)) == "café")
        #expect(FolderListing.escaped([0x63, 0x61, 0x66, 0xE9, 0x2E, 0x79]) == "caf\\xE9.y")
        #expect(FolderListing.escaped([0xFF, 0xC3, 0xA9]) == "\\xFFé")
    }

    @Test func aNameThatIsNotUTF8IsListed() throws {
        let folder = NSTemporaryDirectory() + "docket-listing-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let path = Array((folder + "/caf").utf8) + [0xE9, 0]
        let descriptor = path.withUnsafeBufferPointer { open(UnsafeRawPointer($0.baseAddress!).assumingMemoryBound(to: CChar.self), O_WRONLY | O_CREAT, 0o644) }
        try #require(descriptor >= 0)
        close(descriptor)
        let entries = FolderListing.entries(of: folder)
        #expect(entries.count == 1)
        #expect(entries.first?.name == nil)
        #expect(entries.first?.shown == "caf\\xE9")
    }

    /// Many entries of every name length: readdir's records are as long as their names, so
    /// a listing that copied the whole 256-byte name field read past the end of its buffer
    /// (AddressSanitizer, in the sanitizer run of scripts/test, reports it).
    @Test func aLargeFolderIsListedExactly() throws {
        let folder = NSTemporaryDirectory() + "docket-listing-" + UUID().uuidString
        try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(atPath: folder) }
        var names: Set<String> = []
        for length in 1...200 {
            for copy in 0..<3 {
                let name = String(repeating: "abcdefghij", count: 21).prefix(length - 1) + String(copy)
                names.insert(String(name))
            }
        }
        for name in names { #expect(FileManager.default.createFile(atPath: folder + "/" + name, contents: nil)) }
        #expect(Set(FolderListing.entries(of: folder).compactMap(\.name)) == names)
    }
}

@testable import DocketContent
import Foundation
import Testing

/// Only regular files are read, at once and without following a link unless asked: a FIFO
/// is refused before a byte is read (docs/decisions.md, "special files").
@Suite struct RegularFileTests {
    static func folder() -> String {
        let path = NSTemporaryDirectory() + "docket-regular-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path + "/folder.png", withIntermediateDirectories: true)
        precondition(FileManager.default.createFile(atPath: path + "/file.txt", contents: Data("hello".utf8)))
        precondition(mkfifo(path + "/fifo.png", 0o644) == 0)
        try! FileManager.default.createSymbolicLink(atPath: path + "/link.txt", withDestinationPath: path + "/file.txt")
        return path
    }

    @Test func whatIsNotARegularFileIsRefusedAndNamed() {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(throws: RegularFile.Failure.notRegular("a FIFO (named pipe)")) { try RegularFile.read(root + "/fifo.png") }
        #expect(throws: RegularFile.Failure.notRegular("a folder")) { try RegularFile.read(root + "/folder.png") }
        #expect(throws: RegularFile.Failure.notRegular("a symbolic link")) { try RegularFile.read(root + "/link.txt") }
        #expect(throws: RegularFile.Failure.system(ENOENT)) { try RegularFile.read(root + "/missing") }
    }

    @Test func aRegularFileIsReadAndALinkFollowedWhenAsked() throws {
        let root = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: root) }
        #expect(try RegularFile.read(root + "/file.txt") == Array("hello".utf8))
        #expect(try RegularFile.read(root + "/link.txt", followingLinks: true) == Array("hello".utf8))
        #expect(try RegularFile.head(root + "/file.txt", count: 2) == Array("he".utf8))
        #expect(throws: RegularFile.Failure.tooLarge) { try RegularFile.read(root + "/file.txt", limit: 4) }
    }
}

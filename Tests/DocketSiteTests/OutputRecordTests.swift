@testable import DocketSite
import Foundation
import Testing

/// The record of Docket's folders kept in the build lock (docs/decisions.md, "Output
/// folder ownership"): what it names, and what it never takes for Docket's.
@Suite struct OutputRecordTests {
    static func folder() -> String {
        let path = NSTemporaryDirectory() + "docket-record-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path + "/x", withIntermediateDirectories: true)
        return path
    }

    @Test func aRecordReadsBackAsWritten() throws {
        let parent = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let identity = try #require(FolderIdentity(folderAt: parent + "/x"))
        let record = OutputRecord(folders: [identity], pending: [".public.docket-staging-12": 1_234])
        let bytes = record.serialized()
        #expect(bytes.count == OutputRecord.size)
        #expect(OutputRecord.parse(bytes) == record)
        #expect(OutputRecord.parse(Array("something else\n".utf8)) == OutputRecord())
    }

    @Test func aLinkIsNeverAFolderIdentity() throws {
        let parent = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        try FileManager.default.createSymbolicLink(atPath: parent + "/link", withDestinationPath: parent + "/x")
        #expect(FolderIdentity(folderAt: parent + "/link") == nil)
        #expect(FolderIdentity(folderAt: parent + "/x") != nil)
    }

    /// A folder made again in the same place is another folder, even with the same inode.
    @Test func aFolderMadeAgainIsAnotherFolder() throws {
        let parent = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let first = try #require(FolderIdentity(folderAt: parent + "/x"))
        try FileManager.default.removeItem(atPath: parent + "/x")
        usleep(10_000)
        try FileManager.default.createDirectory(atPath: parent + "/x", withIntermediateDirectories: false)
        #expect(FolderIdentity(folderAt: parent + "/x") != first)
    }

    /// A pending name owns only a real folder made after it was recorded.
    @Test func aPendingNameOwnsOnlyAFolderMadeAfterIt() throws {
        let parent = Self.folder()
        defer { try? FileManager.default.removeItem(atPath: parent) }
        let before = try #require(FolderIdentity(folderAt: parent + "/x"))
        try #require(before.birth != 0, "this file system keeps no birth times")
        let later = OutputRecord(pending: ["x": before.birth + 1_000_000_000])
        #expect(!later.owns("x", in: parent), "a folder older than the pending record was taken for Docket's")
        let earlier = OutputRecord(pending: ["x": before.birth - 1])
        #expect(earlier.owns("x", in: parent))
        #expect(!earlier.owns("y", in: parent))
    }
}

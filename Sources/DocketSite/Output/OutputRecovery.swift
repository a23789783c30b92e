import DocketContent
import Foundation

extension AtomicOutput {
    var stagingPrefix: String { "." + name + ".docket-staging-" }
    var oldSitePrefix: String { "." + name + ".docket-old-" }

    /// Clears what a build killed part-way left beside the output: its staging folder,
    /// or, killed between the two fallback renames, the previous site under its "old"
    /// name, which goes back in place when the output is missing. Called holding the
    /// lock, so no live build owns any of them.
    ///
    /// Only real folders (`lstat`, never following a link) with a leftover's name that
    /// the record owns (`OutputRecord.owns`) are touched: a link or a look-alike folder
    /// committed with such a name is left alone (docs/decisions.md). Returns the record
    /// pruned to the folders that are still there, with no pending name.
    func recoverFromInterruptedBuilds(_ record: OutputRecord) -> OutputRecord {
        let names = FolderListing.entries(of: parent).compactMap(\.name).sorted()
        for entry in names where entry.hasPrefix(oldSitePrefix) && record.owns(entry, in: parent) {
            var info = stat()
            if lstat(target, &info) != 0, rename(parent + "/" + entry, target) == 0 { continue }
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
        for entry in names where entry.hasPrefix(stagingPrefix) && record.owns(entry, in: parent) {
            try? FileManager.default.removeItem(atPath: parent + "/" + entry)
        }
        var present = Set(names.filter { $0.hasPrefix(oldSitePrefix) || $0.hasPrefix(stagingPrefix) }.compactMap { FolderIdentity(folderAt: parent + "/" + $0) })
        if let output = FolderIdentity(folderAt: target) { present.insert(output) }
        // What is still there stays Docket's (a removal that failed is tried again next
        // time); a pending name is settled either way.
        let unsettled = record.pending.keys.filter { record.owns($0, in: parent) }.compactMap { FolderIdentity(folderAt: parent + "/" + $0) }
        return OutputRecord(folders: record.folders.intersection(present).union(unsettled))
    }
}

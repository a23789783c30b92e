import Foundation

/// Why a file-system call failed, in words that name the cause (docs/decisions.md): a full disk,
/// a quota, no inodes left, too many open files and a permission each read differently,
/// where `strerror` says "No space left on device" for both a full disk and a file
/// system out of inodes. The system's own text follows in parentheses, for searching.
public enum FileSystemFailure {
    /// The wording for `code` (an `errno`) met while working on `path`; the path lets a
    /// full file system be told apart from one that has run out of inodes.
    public static func describe(_ code: Int32, at path: String? = nil) -> String {
        describe(code, inodesLeft: code == ENOSPC ? path.flatMap(freeInodes(near:)) : nil)
    }

    /// As `describe(_:at:)`, given the free inodes of the file system (nil: unknown).
    public static func describe(_ code: Int32, inodesLeft: UInt64?) -> String {
        let system = String(cString: strerror(code))
        let cause: String? = switch code {
        case ENOSPC where inodesLeft == 0: "the file system has no free inodes left (too many files, even if there is space)"
        case ENOSPC: "the disk is full"
        case EDQUOT: "the disk quota of the user running docket is used up"
        case EMFILE: "docket has too many files open (raise the limit with ulimit -n)"
        case ENFILE: "the system has too many files open"
        case EACCES: "permission denied: the user running docket may not write or read there"
        case EPERM: "operation not permitted (the file or folder may be immutable)"
        case EROFS: "the file system is read-only"
        case EFBIG: "the file is larger than the file size limit allows"
        case ENAMETOOLONG: "the path is too long"
        case ELOOP: "the path is a symbolic link, which Docket does not follow here"
        default: nil
        }
        return cause.map { "\($0) (\(system))" } ?? system
    }

    /// The current `errno`, described.
    public static func describeErrno(at path: String? = nil) -> String {
        describe(errno, at: path)
    }

    /// Free inodes on the file system holding `path` or, when it does not exist (a file
    /// that could not be created), its nearest existing parent.
    static func freeInodes(near path: String) -> UInt64? {
        var candidate = path
        while !candidate.isEmpty {
            var info = statvfs()
            if statvfs(candidate, &info) == 0 {
                // File systems without a fixed inode table (btrfs) report no inodes at all.
                return info.f_files == 0 ? nil : UInt64(info.f_favail)
            }
            let parent = (candidate as NSString).deletingLastPathComponent
            if parent == candidate { break }
            candidate = parent
        }
        return nil
    }
}

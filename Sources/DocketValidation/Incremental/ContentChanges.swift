import DocketContent

/// What changed on disk since the last build, as `docket serve`'s watcher saw it.
public enum ContentChanges: Sendable, Equatable {
    /// Anything may have changed (the first build, a folder appeared, events were lost):
    /// every file is listed and fingerprinted again.
    case unknown
    /// Only these files (absolute paths) may have changed, appeared or vanished.
    case files(Set<String>)

    public static let none = ContentChanges.files([])

    /// Both changes, as one.
    public func union(_ other: ContentChanges) -> ContentChanges {
        guard case .files(let mine) = self, case .files(let theirs) = other else { return .unknown }
        return .files(mine.union(theirs))
    }
}

extension ContentChanges {
    /// The changed files relative to `siteRoot`, for the content loader; nil when unknown.
    /// Files outside the site are no content.
    func relative(to siteRoot: SiteRoot) -> Set<String>? {
        guard case .files(let paths) = self else { return nil }
        return Set(paths.compactMap(siteRoot.relativePath(of:)))
    }
}

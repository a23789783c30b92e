/// The four content types; the folder a file sits in decides its type.
public enum ContentKind: String, Sendable, CaseIterable, Hashable, Comparable {
    case expert, firm, request, proposal

    /// The folder under the content folder: `experts/`, `firms/`, …
    public var folder: String { rawValue + "s" }

    public init?(folder: String) {
        guard let kind = ContentKind.allCases.first(where: { $0.folder == folder }) else { return nil }
        self = kind
    }

    public static func < (lhs: ContentKind, rhs: ContentKind) -> Bool {
        allCases.firstIndex(of: lhs)! < allCases.firstIndex(of: rhs)!
    }
}

import DocketDomain
import DocketValidation

/// The model values of a site's documents, kept between builds by `docket serve`: a
/// document's value is reused while its file and text are the same (a reused document
/// shares its text with the last build, so the comparison is cheap).
///
/// Values also depend on the media folder (photos) and, for proposals, the build time:
/// a different one drops what depends on it; the caller starts a new cache when a photo
/// may have changed.
public struct SiteResolverCache: Sendable {
    private struct Entry<Value: Sendable>: Sendable {
        let path: String
        let text: String
        let value: Value
    }

    private var experts: [String: Entry<Expert>] = [:]
    /// Without their experts, which are joined at every build.
    private var firms: [String: Entry<Firm>] = [:]
    private var requests: [String: Entry<Request>] = [:]
    private var proposals: [String: Entry<Proposal>] = [:]
    private var photos: [String: Photo] = [:]
    private var mediaRoot: String?
    private var buildTime: ISODate?

    public init() {}

    mutating func prepare(mediaRoot: String, buildTime: ISODate) {
        if self.mediaRoot != mediaRoot {
            self = SiteResolverCache()
            self.mediaRoot = mediaRoot
        }
        if self.buildTime != buildTime { proposals = [:] }
        self.buildTime = buildTime
    }

    mutating func expert(for document: CheckedDocument, make: () throws(DocketError) -> Expert) throws(DocketError) -> Expert {
        try Self.value(for: document, in: &experts, make: make)
    }

    mutating func firm(for document: CheckedDocument, make: () throws(DocketError) -> Firm) throws(DocketError) -> Firm {
        try Self.value(for: document, in: &firms, make: make)
    }

    mutating func request(for document: CheckedDocument, make: () throws(DocketError) -> Request) throws(DocketError) -> Request {
        try Self.value(for: document, in: &requests, make: make)
    }

    mutating func proposal(for document: CheckedDocument, make: () throws(DocketError) -> Proposal) throws(DocketError) -> Proposal {
        try Self.value(for: document, in: &proposals, make: make)
    }

    /// A published photo by its source file; reading and hashing it happens once.
    mutating func photo(_ source: String, make: () throws(DocketError) -> Photo) throws(DocketError) -> Photo {
        if let photo = photos[source] { return photo }
        let photo = try make()
        photos[source] = photo
        return photo
    }

    private static func value<Value>(for document: CheckedDocument, in table: inout [String: Entry<Value>],
                                     make: () throws(DocketError) -> Value) throws(DocketError) -> Value {
        if let entry = table[document.slug], entry.path == document.path, entry.text == document.text { return entry.value }
        let value = try make()
        table[document.slug] = Entry(path: document.path, text: document.text, value: value)
        return value
    }
}

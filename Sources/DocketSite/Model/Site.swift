import DocketContent
import DocketDomain
import DocketValidation

/// The public view of a valid site: what pages may show, resolved and sorted once.
///
/// Built only from fields the pages need; e-mail addresses and private review feedback
/// are never read from the checked documents, so no template can reach them.
public struct Site: Sendable {
    public let settings: SiteSettings
    public let buildTime: ISODate
    /// By display name, then slug.
    public let experts: [Expert]
    /// By name, then slug.
    public let firms: [Firm]
    /// Newest first, then by slug.
    public let requests: [Request]
    public let proposals: [Proposal]
    /// Every photo an expert uses, once.
    public let photos: [Photo]

    public func expert(_ slug: String) -> Expert? { expertIndex[slug].map { experts[$0] } }
    public func firm(_ slug: String) -> Firm? { firmIndex[slug].map { firms[$0] } }
    public func request(_ slug: String) -> Request? { requestIndex[slug].map { requests[$0] } }
    public func proposal(_ slug: String) -> Proposal? { proposalIndex[slug].map { proposals[$0] } }

    private let expertIndex: [String: Int]
    private let firmIndex: [String: Int]
    private let requestIndex: [String: Int]
    private let proposalIndex: [String: Int]

    init(settings: SiteSettings, buildTime: ISODate, experts: [Expert], firms: [Firm], requests: [Request], proposals: [Proposal], photos: [Photo]) {
        self.settings = settings
        self.buildTime = buildTime
        self.experts = experts
        self.firms = firms
        self.requests = requests
        self.proposals = proposals
        self.photos = photos
        expertIndex = Dictionary(uniqueKeysWithValues: experts.enumerated().map { ($1.slug, $0) })
        firmIndex = Dictionary(uniqueKeysWithValues: firms.enumerated().map { ($1.slug, $0) })
        requestIndex = Dictionary(uniqueKeysWithValues: requests.enumerated().map { ($1.slug, $0) })
        proposalIndex = Dictionary(uniqueKeysWithValues: proposals.enumerated().map { ($1.slug, $0) })
    }
}

/// The docket.yml settings pages need.
public struct SiteSettings: Sendable {
    public let title: String
    public let language: String
    public let baseURL: String?
    public let pageSize: Int
    public let prettyURLs: Bool
}

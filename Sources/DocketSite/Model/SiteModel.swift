import DocketContent
import DocketDomain
import DocketValidation

/// The public view of a valid site: what pages may show, resolved and sorted once.
///
/// Built only from fields the pages need; e-mail addresses and private review feedback
/// are never read from the checked documents, so no template can reach them.
public struct SiteModel: Sendable {
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

    private let expertIndex: [String: Int]
    private let firmIndex: [String: Int]
    private let requestIndex: [String: Int]

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

public struct Expert: Sendable {
    public let slug: String
    public let name: String
    public let country: String
    public let firm: String?
    public let photo: Photo?
    public let certifications: [Certification]
    public let rate: HourlyRate?
    public let bioHTML: String
    public let skills: [String]
    public let links: [WebLink]

    /// Each level once, in the order of `EntitySchemas.certificationLevels`.
    public var levels: [String] {
        EntitySchemas.certificationLevels.filter { level in certifications.contains { $0.level == level } }
    }
}

public struct Certification: Sendable {
    public let name: String
    public let level: String
}

public enum HourlyRate: Sendable {
    case amount(Money)
    case range(min: Money, max: Money)
}

public struct WebLink: Sendable {
    public let title: String
    public let url: String
}

/// A photo in content/media and the content-hashed name it is published under.
public struct Photo: Sendable, Hashable {
    /// Relative to the media folder, as the expert file names it.
    public let source: String
    /// Relative to the output root: `media/alice-3f2a9c1d.png`.
    public let output: String
    /// The pixel size its header declares, when it could be read.
    public let size: ImageSize?
}

public struct Firm: Sendable {
    public let slug: String
    public let name: String
    public let country: String
    public let aboutHTML: String?
    /// Newest first.
    public let reviews: [Review]
    /// Slugs of the experts whose `firm` names this firm, by name.
    public let experts: [String]
}

public struct Review: Sendable {
    public let rating: Int
    public let text: String?
    public let author: String
    public let date: ISODate
    public let proposal: String
}

public struct Request: Sendable {
    public let slug: String
    public let title: String
    /// White space already collapsed (docs/spec.md §3).
    public let description: String
    public let budget: String
    public let country: String
    public let customerName: String
    public let created: ISODate
    public let acceptingResponses: Bool
    /// Expert slugs, as listed.
    public let responses: [String]
}

public struct Proposal: Sendable {
    public let slug: String
    public let request: String
    public let expert: String
    public let title: String
    public let status: ProposalStatus
    /// The status at build time, completion derived from the payment schedule.
    public let state: ProposalState
    public let created: ISODate
    public let total: Money
    public let bodyHTML: String
    public let milestones: [Milestone]
    public let payments: [Payment]
    public let permissions: [Permission]
    /// The schedule's money: paid, fees, awaiting, remaining.
    public let account: ProposalAccount

    public var isCompleted: Bool { state == .completed }
}

public struct Milestone: Sendable {
    public let title: String
    public let amount: Money?
    public let due: ISODate?
}

public struct Payment: Sendable {
    public let amount: Money
    public let description: String
    public let requested: ISODate
    public let standing: PaymentStanding
    public let decided: ISODate?
    public let isFinal: Bool
}

public struct Permission: Sendable {
    public let policy: PermissionPolicy
    public let description: String?
    public let status: PermissionStatus
}

/// What each built-in template receives. Every field is public on purpose: these structs
/// are the documented template contract (docs/templates.md), and nothing private is in them.

/// The frame every page shares: `{{<layout}}` in the templates.
public struct LayoutContext: Sendable {
    public let siteTitle: String
    public let language: String
    /// The page's own title, shown in the tab and as its heading.
    public let pageTitle: String
    public let description: String
    /// Absolute URL of the page, when `base_url` is set and the page is public.
    public let canonical: String?
    /// Proposals and the 404 page stay out of search engines.
    public let noindex: Bool
    public let stylesheet: String
    public let homeURL: String
    public let nav: [NavItem]
    /// Set only by `docket serve`: the reload script's URL. `docket build` never sets it.
    public let liveReload: String?
}

public struct NavItem: Sendable {
    public let label: String
    public let url: String
    public let current: Bool
}

public struct FilterLink: Sendable {
    public let label: String
    public let url: String
    public let count: Int
    public let current: Bool
}

public struct PaginationContext: Sendable {
    public let current: Int
    public let total: Int
    public let previousURL: String?
    public let nextURL: String?
    public let pages: [PageLink]
}

public struct PageLink: Sendable {
    public let number: Int
    public let url: String
    public let current: Bool
}

public struct ExpertCard: Sendable {
    public let name: String
    public let url: String
    public let photoURL: String?
    public let countryName: String
    public let levels: [String]
    public let firmName: String?
    public let rate: String
    public let skills: [String]
}

public struct RequestCard: Sendable {
    public let title: String
    public let url: String
    public let budget: String
    public let countryName: String
    public let created: String
    public let customerName: String
    public let accepting: Bool
}

public struct ReviewItem: Sendable {
    public let rating: Int
    /// "4 out of 5 stars": the rating as screen readers and text browsers read it.
    public let ratingText: String
    /// "★★★★☆", hidden from assistive technology (ratingText says it).
    public let stars: String
    public let text: String?
    public let author: String
    public let date: String
}

public struct LinkItem: Sendable {
    public let label: String
    public let url: String
}

public struct HomePage: Sendable {
    public let layout: LayoutContext
    public let expertCount: Int
    public let firmCount: Int
    public let requestCount: Int
    public let openRequestCount: Int
    public let newestRequests: [RequestCard]
    public let expertsURL: String
    public let firmsURL: String
    public let requestsURL: String
    public let levels: [FilterLink]
    public let countries: [FilterLink]
}

public struct ExpertListPage: Sendable {
    public let layout: LayoutContext
    public let heading: String
    public let intro: String
    public let experts: [ExpertCard]
    public let pagination: PaginationContext?
    public let levels: [FilterLink]
    public let countries: [FilterLink]
}

public struct ExpertPage: Sendable {
    public let layout: LayoutContext
    public let name: String
    public let photoURL: String?
    public let photoAlt: String
    public let countryName: String
    public let certifications: [CertificationItem]
    public let firm: LinkItem?
    public let rate: String
    public let bioHTML: String
    public let skills: [String]
    public let links: [LinkItem]
    public let reviews: [ReviewItem]
    public let averageRating: String?
    public let reviewCount: Int
}

public struct CertificationItem: Sendable {
    public let name: String
    public let level: String
    public let levelURL: String
}

public struct FirmCard: Sendable {
    public let name: String
    public let url: String
    public let countryName: String
    public let expertCount: Int
    public let reviewCount: Int
    public let averageRating: String?
}

public struct FirmListPage: Sendable {
    public let layout: LayoutContext
    public let firms: [FirmCard]
    public let pagination: PaginationContext?
}

public struct FirmPage: Sendable {
    public let layout: LayoutContext
    public let name: String
    public let countryName: String
    public let aboutHTML: String?
    public let experts: [ExpertCard]
    public let reviews: [ReviewItem]
    public let averageRating: String?
    public let averageText: String?
    public let reviewCount: Int
}

public struct RequestListPage: Sendable {
    public let layout: LayoutContext
    public let requests: [RequestCard]
    public let pagination: PaginationContext?
    public let feedURL: String
}

public struct RequestPage: Sendable {
    public let layout: LayoutContext
    public let title: String
    public let description: String
    public let budget: String
    public let countryName: String
    public let customerName: String
    public let created: String
    public let accepting: Bool
    public let responders: [LinkItem]
}

public struct ProposalPage: Sendable {
    public let layout: LayoutContext
    public let title: String
    public let statusLabel: String
    public let isCompleted: Bool
    public let request: LinkItem
    public let expert: LinkItem
    public let created: String
    public let total: String
    public let bodyHTML: String
    public let milestones: [MilestoneItem]
    public let payments: [PaymentItem]
    public let paymentSummary: PaymentSummary?
    public let permissions: [PermissionItem]
}

public struct MilestoneItem: Sendable {
    public let title: String
    public let amount: String?
    public let due: String?
}

public struct PaymentItem: Sendable {
    public let description: String
    public let amount: String
    public let fee: String
    public let customerTotal: String
    public let requested: String
    public let statusLabel: String
    public let decided: String?
    /// "approved automatically on 2026-11-22", when the 10 days ran out.
    public let autoApprovedOn: String?
    public let isFinal: Bool
}

public struct PaymentSummary: Sendable {
    /// Accepted, including approved automatically.
    public let paid: String
    public let paidFees: String
    public let paidCustomerTotal: String
    public let awaiting: String
    /// What can still be requested: the total less accepted and awaiting payments.
    public let remaining: String
}

public struct PermissionItem: Sendable {
    public let policy: String
    public let grants: String
    public let description: String?
    public let statusLabel: String
    /// An accepted permission of a completed proposal, revoked automatically.
    public let revokedAutomatically: Bool
}

public struct NotFoundPage: Sendable {
    public let layout: LayoutContext
}

import DocketDomain

/// What each built-in template receives. Every field is public on purpose: these structs
/// are the documented template contract (docs/templates.md), and nothing private is in them:
/// no e-mail address and no `would_work_again` answer is ever copied into a context.
///
/// Every URL is relative to the page being rendered and ready to use as it is. Every text
/// field is plain text for `{{ }}` (escaped); only the fields whose name ends in `HTML` are
/// pre-rendered markdown for `{{{ }}}`.

/// The frame every page shares: `{{<layout}}` in the templates.
public struct LayoutContext: Sendable, Encodable {
    public let siteTitle: String
    public let language: String
    /// The page's own title, shown as its heading ("Experts in France", "Maya Okafor").
    /// Listing pages after the first say which page they are ("Experts, page 2 of 3").
    public let pageTitle: String
    /// What the `<title>` element shows: "Maya Okafor · Cloudwright Experts"; the site
    /// title alone on the home page.
    public let documentTitle: String
    public let description: String
    /// Absolute URL of the page, when `base_url` is set and the page is public.
    public let canonical: String?
    /// Proposals and the 404 page stay out of search engines.
    public let noindex: Bool
    public let stylesheet: String
    /// The folder `templates/assets/` is published as, relative to this page and ending in
    /// `/` ("../../assets/"): `{{layout.assetsURL}}logo.png` links an asset of your own.
    public let assetsURL: String
    public let homeURL: String
    public let nav: [NavItem]
    /// The pages above this one, outermost first (the current page is not in it): empty on
    /// the home page, the first page of a top-level listing and the 404 page.
    public let breadcrumbs: [LinkItem]
    /// Open Graph and Twitter card values.
    public let preview: LinkPreview
    /// The page's schema.org data as JSON-LD text, already safe inside
    /// `<script type="application/ld+json">` (no `<`, `>`, `&`, U+2028 or U+2029 in it):
    /// `{{{layout.structuredData}}}`. Missing on proposals and the 404 page (noindex).
    public let structuredData: String?
}

public struct NavItem: Sendable, Encodable {
    public let label: String
    public let url: String
    /// The page is in this section (an expert's page is in "Experts").
    public let current: Bool
    /// The value for `aria-current`: "page" when the link leads to this very page, "true"
    /// when the page is elsewhere in the section, nil otherwise.
    public let ariaCurrent: String?
}

public struct FilterLink: Sendable, Encodable {
    public let label: String
    public let url: String
    public let count: Int
    /// The listing being shown is this filter (on any of its pages).
    public let current: Bool
    /// "page" on the filter's first page, "true" on its later pages, else nil.
    public let ariaCurrent: String?
}

/// A number with its noun in the right form: "1 expert", "2 experts".
public struct CountText: Sendable, Encodable {
    public let count: Int
    /// "expert" or "experts", as `count` needs.
    public let noun: String
    /// The two together: "1 expert".
    public let text: String

    init(_ count: Int, _ singular: String, _ plural: String) {
        self.count = count
        noun = count == 1 ? singular : plural
        text = "\(count) \(noun)"
    }
}

public struct PaginationContext: Sendable, Encodable {
    public let current: Int
    public let total: Int
    public let previousURL: String?
    public let nextURL: String?
    public let pages: [PageLink]
}

public struct PageLink: Sendable, Encodable {
    public let number: Int
    public let url: String
    public let current: Bool
    /// Pages between the previous link and this one are not linked (shown as "…").
    public let gapBefore: Bool
}

public struct ExpertCard: Sendable, Encodable {
    public let name: String
    /// Up to two letters ("MO"), for a placeholder when there is no photo.
    public let initials: String
    public let url: String
    public let photoURL: String?
    public let countryName: String
    /// Certification levels held, each once: "Professional", "Specialty".
    public let levels: [String]
    public let firmName: String?
    /// "$150.00 – $210.00 per hour", "$120.00 per hour" or "Rate not set".
    public let rate: String
    public let skills: [String]
    /// The first six skills, for a compact card.
    public let skillsPreview: [String]
    /// "+3 more" when `skillsPreview` leaves skills out, else nil.
    public let moreSkillsText: String?
}

public struct RequestCard: Sendable, Encodable {
    public let title: String
    public let url: String
    public let budget: String
    public let countryName: String
    /// ISO date, also valid as `<time datetime>`.
    public let created: String
    public let customerName: String
    public let accepting: Bool
    /// "Accepting responses" or "Closed to responses".
    public let statusLabel: String
    /// How many experts responded: "No responses yet", "1 response", "3 responses".
    public let responseCountText: String
}

public struct ReviewItem: Sendable, Encodable {
    public let rating: Int
    /// "4 out of 5 stars": the rating as screen readers and text browsers read it.
    public let ratingText: String
    /// "★★★★☆", hidden from assistive technology (ratingText says it).
    public let stars: String
    public let text: String?
    public let author: String
    /// ISO date, also valid as `<time datetime>`.
    public let date: String
    /// The title of the proposal the review is for, so a reader sees which work was rated.
    /// Not linked: no page links to a proposal, a document between two parties.
    public let proposalTitle: String?
    /// The expert the review is about: on a firm's page always, on an expert's page only
    /// when it is another expert of the firm (issue 17: never unattributed there).
    public let about: LinkItem?
}

public struct LinkItem: Sendable, Encodable {
    public let label: String
    public let url: String
}

public struct HomePage: Sendable, Encodable {
    public let layout: LayoutContext
    public let expertCount: Int
    public let firmCount: Int
    public let requestCount: Int
    public let openRequestCount: Int
    public let expertCountText: CountText
    public let firmCountText: CountText
    public let requestCountText: CountText
    /// "3 accepting responses" (the noun form does not change).
    public let openRequestCountText: String
    /// The five newest requests.
    public let newestRequests: [RequestCard]
    public let expertsURL: String
    public let firmsURL: String
    public let requestsURL: String
    public let levels: [FilterLink]
    public let countries: [FilterLink]
}

/// The list of every expert, and the lists by level and by country.
public struct ExpertListPage: Sendable, Encodable {
    public let layout: LayoutContext
    public let heading: String
    public let intro: String
    /// Heading of the list itself: "9 experts", or "Experts 21–31 of 31" when paginated.
    public let resultsHeading: String
    public let experts: [ExpertCard]
    public let pagination: PaginationContext?
    /// The unfiltered listing, as a filter ("All", every expert).
    public let allExperts: FilterLink
    public let levels: [FilterLink]
    public let countries: [FilterLink]
}

public struct ExpertPage: Sendable, Encodable {
    public let layout: LayoutContext
    public let name: String
    public let initials: String
    public let photoURL: String?
    public let photoAlt: String
    public let countryName: String
    /// Each certification level held, once, linking to its listing.
    public let levels: [LinkItem]
    public let certifications: [CertificationItem]
    public let firm: LinkItem?
    public let rate: String
    /// The bio, pre-rendered (profile flavour: headings are `<h3>`–`<h5>`): use `{{{bioHTML}}}`.
    public let bioHTML: String
    public let skills: [String]
    /// Case studies and examples of work: absolute http(s) URLs.
    public let links: [LinkItem]
    /// The reviews of the expert's firm, newest first; empty without a firm.
    public let reviews: [ReviewItem]
    public let averageRating: String?
    /// "Average rating 4.5 out of 5 from 2 reviews", when there are reviews.
    public let averageText: String?
    public let reviewCount: Int
    public let reviewCountText: CountText
}

public struct CertificationItem: Sendable, Encodable {
    public let name: String
    public let level: String
    public let levelURL: String
}

public struct FirmCard: Sendable, Encodable {
    public let name: String
    public let url: String
    public let countryName: String
    public let expertCount: Int
    public let reviewCount: Int
    public let expertCountText: CountText
    public let reviewCountText: CountText
    public let averageRating: String?
    /// "Average rating 4.0 out of 5 from 2 reviews", when there are reviews.
    public let averageText: String?
}

public struct FirmListPage: Sendable, Encodable {
    public let layout: LayoutContext
    /// "3 firms", or "Firms 21–25 of 25" when paginated.
    public let resultsHeading: String
    public let firms: [FirmCard]
    public let pagination: PaginationContext?
}

public struct FirmPage: Sendable, Encodable {
    public let layout: LayoutContext
    public let name: String
    public let countryName: String
    /// The `about` text, pre-rendered (profile flavour), or nil: use `{{{aboutHTML}}}`.
    public let aboutHTML: String?
    public let experts: [ExpertCard]
    public let expertCountText: CountText
    /// Newest first.
    public let reviews: [ReviewItem]
    public let averageRating: String?
    public let averageText: String?
    public let reviewCount: Int
    public let reviewCountText: CountText
}

public struct RequestListPage: Sendable, Encodable {
    public let layout: LayoutContext
    /// "10 requests", or "Requests 21–31 of 31" when paginated.
    public let resultsHeading: String
    /// Newest first; closed requests are listed too, and marked.
    public let requests: [RequestCard]
    public let pagination: PaginationContext?
    /// `requests/feed.xml` and `requests/feed.json` from this page; nil without
    /// `base_url`, since there are no feeds then (docs/decisions.md).
    public let feedURL: String?
    public let jsonFeedURL: String?
}

public struct RequestPage: Sendable, Encodable {
    public let layout: LayoutContext
    public let title: String
    /// Plain text, white space collapsed (docs/spec.md §3): markup in it is shown literally.
    public let description: String
    public let budget: String
    public let countryName: String
    public let customerName: String
    public let created: String
    public let accepting: Bool
    /// "Accepting responses" or "Closed to responses".
    public let statusLabel: String
    public let responders: [LinkItem]
    /// "No responses yet", "1 response", "3 responses".
    public let responseCountText: String
}

public struct ProposalPage: Sendable, Encodable {
    public let layout: LayoutContext
    public let title: String
    /// "Proposed", "Accepted", "Declined", "Withdrawn" or "Completed".
    public let statusLabel: String
    /// The same in lower case, for a class name: "proposed" … "completed".
    public let statusKey: String
    public let isCompleted: Bool
    public let request: LinkItem
    public let expert: LinkItem
    public let created: String
    public let total: String
    /// The body, pre-rendered (proposal flavour): use `{{{bodyHTML}}}`.
    public let bodyHTML: String
    public let milestones: [MilestoneItem]
    /// The sum of the milestones' amounts, when at least one has an amount.
    public let milestonesTotal: String?
    public let payments: [PaymentItem]
    public let paymentSummary: PaymentSummary?
    public let permissions: [PermissionItem]
}

public struct MilestoneItem: Sendable, Encodable {
    public let title: String
    public let amount: String?
    public let due: String?
}

public struct PaymentItem: Sendable, Encodable {
    public let description: String
    public let amount: String
    /// The marketplace fee, 3% of `amount`, rounded half up to the cent.
    public let fee: String
    /// What the customer pays: `amount` plus `fee`.
    public let customerTotal: String
    public let requested: String
    /// "Awaiting approval", "Accepted", "Declined", or "Accepted, approved automatically
    /// on 2026-11-14".
    public let statusLabel: String
    /// "awaiting", "accepted" or "declined" (approved automatically is "accepted"), for a
    /// class name.
    public let statusKey: String
    /// The day the customer decided, when they did.
    public let decided: String?
    /// The tenth day, when the 10 days ran out: "2026-11-14".
    public let autoApprovedOn: String?
    /// "approved automatically on 2026-11-14", when the 10 days ran out.
    public let autoApprovedText: String?
    /// While awaiting: the day it will count as accepted unless the customer decides first.
    public let autoApprovesOn: String?
    public let isFinal: Bool
}

public struct PaymentSummary: Sendable, Encodable {
    /// Accepted, including approved automatically.
    public let paid: String
    public let paidFees: String
    public let paidCustomerTotal: String
    public let awaiting: String
    /// What can still be requested: the total less accepted and awaiting payments.
    public let remaining: String
}

public struct PermissionItem: Sendable, Encodable {
    /// The AWS managed policy name, verbatim: "SecurityAudit".
    public let policy: String
    /// What the policy grants, in one sentence.
    public let grants: String
    public let description: String?
    /// "Requested", "Accepted", "Declined", "Revoked", or "Revoked automatically (proposal
    /// completed)".
    public let statusLabel: String
    /// "requested", "accepted", "declined" or "revoked" (revoked automatically is
    /// "revoked"), for a class name.
    public let statusKey: String
    /// An accepted permission of a completed proposal, revoked automatically.
    public let revokedAutomatically: Bool
}

public struct NotFoundPage: Sendable, Encodable {
    public let layout: LayoutContext
    public let expertsURL: String
    public let firmsURL: String
    public let requestsURL: String
}

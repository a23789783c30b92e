import DocketValidation

/// Every page of the site (SPEC §5) as a plan: a pure function of the model.
public struct PagePlanner: Sendable {
    public let model: SiteModel
    /// Set by `docket serve` only.
    public let liveReloadScript: String?

    public static let stylesheet = "assets/docket.css"

    public init(model: SiteModel, liveReloadScript: String? = nil) {
        self.model = model
        self.liveReloadScript = liveReloadScript
    }

    var pretty: Bool { model.settings.prettyURLs }

    public func plan() -> [PlannedPage] {
        var pages = [homePage(), notFoundPage()]
        pages += expertListings()
        pages += model.experts.map(expertPage)
        pages += firmListing()
        pages += model.firms.map(firmPage)
        pages += requestListing()
        pages += model.requests.map(requestPage)
        pages += model.proposals.map(proposalPage)
        return pages
    }

    // MARK: Paths

    public static let experts = SitePath("experts")
    public static let firms = SitePath("firms")
    public static let requests = SitePath("requests")
    public static func expert(_ slug: String) -> SitePath { SitePath("experts/" + slug) }
    public static func firm(_ slug: String) -> SitePath { SitePath("firms/" + slug) }
    public static func request(_ slug: String) -> SitePath { SitePath("requests/" + slug) }
    public static func proposal(_ slug: String) -> SitePath { SitePath("proposals/" + slug) }
    public static func level(_ level: String) -> SitePath { SitePath("experts/level/" + level) }
    public static func country(_ code: String) -> SitePath { SitePath("experts/country/" + code.lowercased()) }

    // MARK: Frame

    func layout(at path: SitePath, title: String, description: String, section: SitePath?, indexable: Bool = true) -> LayoutContext {
        let sections: [(String, SitePath)] = [("Home", .home), ("Experts", Self.experts), ("Firms", Self.firms), ("Requests", Self.requests)]
        return LayoutContext(
            siteTitle: model.settings.title, language: model.settings.language, pageTitle: title, description: description,
            canonical: indexable ? model.settings.baseURL.map { path.absoluteURL(base: $0) } : nil,
            noindex: !indexable, stylesheet: path.link(toFile: Self.stylesheet), homeURL: path.link(to: .home, pretty: pretty),
            nav: sections.map { NavItem(label: $0.0, url: path.link(to: $0.1, pretty: pretty), current: $0.1 == section) },
            liveReload: liveReloadScript.map { path.link(toFile: $0) })
    }

    // MARK: Home and 404

    func homePage() -> PlannedPage {
        let path = SitePath.home
        let context = HomePage(
            layout: layout(at: path, title: model.settings.title, description: "Certified cloud experts, their firms, and the requests customers have posted.", section: .home),
            expertCount: model.experts.count, firmCount: model.firms.count, requestCount: model.requests.count,
            openRequestCount: model.requests.filter(\.acceptingResponses).count,
            newestRequests: model.requests.prefix(5).map { requestCard($0, from: path) },
            expertsURL: path.link(to: Self.experts, pretty: pretty), firmsURL: path.link(to: Self.firms, pretty: pretty),
            requestsURL: path.link(to: Self.requests, pretty: pretty),
            levels: levelFilters(from: path, current: nil), countries: countryFilters(from: path, current: nil))
        return PlannedPage(path: path, template: .home, context: context)
    }

    /// Written as `404.html` at the root, so its links climb nothing.
    func notFoundPage() -> PlannedPage {
        let context = NotFoundPage(layout: layout(at: .home, title: "Page not found", description: "This page does not exist.", section: nil, indexable: false))
        return PlannedPage(path: .home, template: .notFound, context: context, fileOverride: "404.html")
    }

    // MARK: Experts

    func expertListings() -> [PlannedPage] {
        var pages = listing(model.experts, at: Self.experts) { path, experts, pagination in
            ExpertListPage(layout: layout(at: path, title: "Experts", description: "Every certified expert, by name.", section: Self.experts),
                           heading: "Experts", intro: "\(model.experts.count) certified experts.",
                           experts: experts.map { expertCard($0, from: path) }, pagination: pagination,
                           levels: levelFilters(from: path, current: nil), countries: countryFilters(from: path, current: nil))
        }
        for level in EntitySchemas.certificationLevels {
            let experts = model.experts.filter { $0.levels.contains(level) }
            let label = DisplayText.level(level)
            pages += listing(experts, at: Self.level(level)) { path, page, pagination in
                ExpertListPage(layout: layout(at: path, title: "\(label) experts", description: "Experts who hold a \(level)-level certification.", section: Self.experts),
                               heading: "\(label) experts", intro: "\(experts.count) experts hold a \(level)-level certification.",
                               experts: page.map { expertCard($0, from: path) }, pagination: pagination,
                               levels: levelFilters(from: path, current: level), countries: countryFilters(from: path, current: nil))
            }
        }
        for code in EntitySchemas.countries {
            let experts = model.experts.filter { $0.country == code }
            let name = DisplayText.country(code)
            pages += listing(experts, at: Self.country(code)) { path, page, pagination in
                ExpertListPage(layout: layout(at: path, title: "Experts in \(name)", description: "Experts based in \(name).", section: Self.experts),
                               heading: "Experts in \(name)", intro: "\(experts.count) experts are based in \(name).",
                               experts: page.map { expertCard($0, from: path) }, pagination: pagination,
                               levels: levelFilters(from: path, current: nil), countries: countryFilters(from: path, current: code))
            }
        }
        return pages
    }

    func expertPage(_ expert: Expert) -> PlannedPage {
        let path = Self.expert(expert.slug)
        let firm = expert.firm.flatMap(model.firm)
        let reviews = firm?.reviews ?? []
        let context = ExpertPage(
            layout: layout(at: path, title: expert.name, description: "\(expert.name), certified cloud expert in \(DisplayText.country(expert.country)).", section: Self.experts),
            name: expert.name, photoURL: expert.photo.map { path.link(toFile: $0.output) }, photoAlt: "Photo of \(expert.name)",
            countryName: DisplayText.country(expert.country),
            certifications: expert.certifications.map {
                CertificationItem(name: $0.name, level: DisplayText.level($0.level), levelURL: path.link(to: Self.level($0.level), pretty: pretty))
            },
            firm: firm.map { LinkItem(label: $0.name, url: path.link(to: Self.firm($0.slug), pretty: pretty)) },
            rate: DisplayText.rate(expert.rate), bioHTML: expert.bioHTML, skills: expert.skills,
            links: expert.links.map { LinkItem(label: $0.title, url: $0.url) },
            reviews: reviews.map(reviewItem), averageRating: DisplayText.average(of: reviews.map(\.rating)), reviewCount: reviews.count)
        return PlannedPage(path: path, template: .expert, context: context)
    }

    func expertCard(_ expert: Expert, from path: SitePath) -> ExpertCard {
        ExpertCard(name: expert.name, url: path.link(to: Self.expert(expert.slug), pretty: pretty),
                   photoURL: expert.photo.map { path.link(toFile: $0.output) }, countryName: DisplayText.country(expert.country),
                   levels: expert.levels.map(DisplayText.level), firmName: expert.firm.flatMap(model.firm)?.name,
                   rate: DisplayText.rate(expert.rate), skills: expert.skills)
    }

    func levelFilters(from path: SitePath, current: String?) -> [FilterLink] {
        EntitySchemas.certificationLevels.map { level in
            FilterLink(label: DisplayText.level(level), url: path.link(to: Self.level(level), pretty: pretty),
                       count: model.experts.filter { $0.levels.contains(level) }.count, current: level == current)
        }
    }

    func countryFilters(from path: SitePath, current: String?) -> [FilterLink] {
        EntitySchemas.countries.map { code in
            FilterLink(label: DisplayText.country(code), url: path.link(to: Self.country(code), pretty: pretty),
                       count: model.experts.filter { $0.country == code }.count, current: code == current)
        }
    }

    // MARK: Firms

    func firmListing() -> [PlannedPage] {
        listing(model.firms, at: Self.firms) { path, firms, pagination in
            FirmListPage(layout: layout(at: path, title: "Firms", description: "Consulting firms and the experts who work for them.", section: Self.firms),
                         firms: firms.map { firm in
                             FirmCard(name: firm.name, url: path.link(to: Self.firm(firm.slug), pretty: pretty), countryName: DisplayText.country(firm.country),
                                      expertCount: firm.experts.count, reviewCount: firm.reviews.count,
                                      averageRating: DisplayText.average(of: firm.reviews.map(\.rating)))
                         },
                         pagination: pagination)
        }
    }

    func firmPage(_ firm: Firm) -> PlannedPage {
        let path = Self.firm(firm.slug)
        let average = DisplayText.average(of: firm.reviews.map(\.rating))
        let context = FirmPage(
            layout: layout(at: path, title: firm.name, description: "\(firm.name), a consulting firm in \(DisplayText.country(firm.country)).", section: Self.firms),
            name: firm.name, countryName: DisplayText.country(firm.country), aboutHTML: firm.aboutHTML,
            experts: firm.experts.compactMap(model.expert).map { expertCard($0, from: path) },
            reviews: firm.reviews.map(reviewItem), averageRating: average,
            averageText: average.map { "Average rating \($0) out of 5 from \(firm.reviews.count) review\(firm.reviews.count == 1 ? "" : "s")" },
            reviewCount: firm.reviews.count)
        return PlannedPage(path: path, template: .firm, context: context)
    }

    func reviewItem(_ review: Review) -> ReviewItem {
        ReviewItem(rating: review.rating, ratingText: DisplayText.ratingText(review.rating), stars: DisplayText.stars(review.rating),
                   text: review.text, author: review.author, date: DisplayText.date(review.date))
    }

    // MARK: Requests

    func requestListing() -> [PlannedPage] {
        listing(model.requests, at: Self.requests) { path, requests, pagination in
            RequestListPage(layout: layout(at: path, title: "Requests", description: "What customers are looking for, newest first.", section: Self.requests),
                            requests: requests.map { requestCard($0, from: path) }, pagination: pagination,
                            feedURL: path.link(toFile: "requests/feed.xml"))
        }
    }

    func requestPage(_ request: Request) -> PlannedPage {
        let path = Self.request(request.slug)
        let context = RequestPage(
            layout: layout(at: path, title: request.title, description: "A request for help: \(DisplayText.budget(request.budget)).", section: Self.requests),
            title: request.title, description: request.description, budget: DisplayText.budget(request.budget),
            countryName: DisplayText.country(request.country), customerName: request.customerName,
            created: DisplayText.date(request.created), accepting: request.acceptingResponses,
            responders: request.responses.compactMap(model.expert).map { LinkItem(label: $0.name, url: path.link(to: Self.expert($0.slug), pretty: pretty)) })
        return PlannedPage(path: path, template: .request, context: context)
    }

    func requestCard(_ request: Request, from path: SitePath) -> RequestCard {
        RequestCard(title: request.title, url: path.link(to: Self.request(request.slug), pretty: pretty),
                    budget: DisplayText.budget(request.budget), countryName: DisplayText.country(request.country),
                    created: DisplayText.date(request.created), customerName: request.customerName, accepting: request.acceptingResponses)
    }

    // MARK: Proposals

    func proposalPage(_ proposal: Proposal) -> PlannedPage {
        let path = Self.proposal(proposal.slug)
        let account = ProposalAccount(proposal)
        let request = model.request(proposal.request)
        let expert = model.expert(proposal.expert)
        let context = ProposalPage(
            layout: layout(at: path, title: proposal.title, description: "Proposal: \(proposal.title)", section: nil, indexable: false),
            title: proposal.title, statusLabel: DisplayText.proposalStatus(proposal.status, completed: proposal.isCompleted),
            isCompleted: proposal.isCompleted,
            request: LinkItem(label: request?.title ?? proposal.request, url: path.link(to: Self.request(proposal.request), pretty: pretty)),
            expert: LinkItem(label: expert?.name ?? proposal.expert, url: path.link(to: Self.expert(proposal.expert), pretty: pretty)),
            created: DisplayText.date(proposal.created), total: proposal.total.formatted, bodyHTML: proposal.bodyHTML,
            milestones: proposal.milestones.map { MilestoneItem(title: $0.title, amount: $0.amount?.formatted, due: $0.due.map(DisplayText.date)) },
            payments: proposal.payments.map { payment in
                var autoApproved: String?
                if case .autoApproved(let day) = payment.standing { autoApproved = day.isoString }
                return PaymentItem(description: payment.description, amount: payment.amount.formatted, fee: payment.amount.fee.formatted,
                                   customerTotal: (payment.amount.customerTotal ?? payment.amount).formatted,
                                   requested: DisplayText.date(payment.requested), statusLabel: DisplayText.payment(payment.standing),
                                   decided: payment.decided.map(DisplayText.date), autoApprovedOn: autoApproved, isFinal: payment.isFinal)
            },
            paymentSummary: proposal.payments.isEmpty ? nil : PaymentSummary(
                paid: account.paid.formatted, paidFees: account.paidFees.formatted, paidCustomerTotal: account.paidCustomerTotal.formatted,
                awaiting: account.awaiting.formatted, remaining: account.remaining.formatted),
            permissions: proposal.permissions.map { permission in
                let revoked = proposal.isCompleted && permission.status == "accepted"
                return PermissionItem(policy: permission.policy.name, grants: permission.policy.grants, description: permission.description,
                                      statusLabel: DisplayText.permission(permission.status, revokedAutomatically: revoked),
                                      revokedAutomatically: revoked)
            })
        return PlannedPage(path: path, template: .proposal, context: context)
    }

    // MARK: Listings

    func listing<Item, Context: Sendable>(_ items: [Item], at listing: SitePath, _ make: (SitePath, ArraySlice<Item>, PaginationContext?) -> Context) -> [PlannedPage] {
        let pagination = Pagination(listing: listing, itemCount: items.count, pageSize: model.settings.pageSize)
        let template: TemplateName = listing == Self.requests ? .requestList : listing == Self.firms ? .firmList : .expertList
        return (1...pagination.pageCount).map { number in
            let path = pagination.path(ofPage: number)
            return PlannedPage(path: path, template: template,
                               context: make(path, items[pagination.range(ofPage: number)], pagination.context(forPage: number, pretty: pretty)))
        }
    }
}

import DocketContent
import DocketDomain
import DocketValidation

/// Every page of the site (docs/spec.md §5) as a plan: a pure function of the model.
public struct PagePlanner: Sendable {
    public let model: Site

    public static let stylesheet = "assets/docket.css"

    /// The experts of each certification level and of each country, in listing order,
    /// sorted out once: a listing page is planned alone (by `docket serve`, or on any core),
    /// and every expert listing page shows how many each filter has.
    let expertsByLevel: [String: [Expert]]
    let expertsByCountry: [String: [Expert]]

    public init(model: Site) {
        self.model = model
        var byLevel: [String: [Expert]] = [:]
        var byCountry: [String: [Expert]] = [:]
        for expert in model.experts {
            for level in expert.levels { byLevel[level, default: []].append(expert) }
            byCountry[expert.country, default: []].append(expert)
        }
        expertsByLevel = byLevel
        expertsByCountry = byCountry
    }

    var pretty: Bool { model.settings.prettyURLs }

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

    /// - Parameters:
    ///   - section: the top-level section the page is in, for the main navigation.
    ///   - trail: the pages above this one, outermost first, for the breadcrumbs.
    ///   - kind: the `og:type`; `photo`: the image link previews show.
    ///   - data: the page's own schema.org objects; the BreadcrumbList is added here.
    func layout(at path: SitePath, title: String, description: String, section: SitePath?, trail: [(String, SitePath)] = [],
                indexable: Bool = true, kind: String = "website", photo: (Photo, alt: String)? = nil,
                data: [JSONObject] = []) -> LayoutContext {
        let sections: [(String, SitePath)] = [("Home", .home), ("Experts", Self.experts), ("Firms", Self.firms), ("Requests", Self.requests)]
        let siteTitle = model.settings.title
        let canonical = indexable ? model.settings.baseURL.map { path.absoluteURL(base: $0) } : nil
        let description = PlainText.cut(description)
        let image = photo.flatMap { photo, alt in
            model.settings.baseURL.map { PreviewImage(url: $0 + photo.output, width: photo.size?.width, height: photo.size?.height, alt: alt) }
        }
        return LayoutContext(
            siteTitle: siteTitle, language: model.settings.language, pageTitle: title,
            documentTitle: path == .home && title == siteTitle ? siteTitle : "\(title) · \(siteTitle)", description: description,
            canonical: canonical,
            noindex: !indexable, stylesheet: path.link(toFile: Self.stylesheet), assetsURL: path.link(toFile: "assets/"), homeURL: path.link(to: .home, pretty: pretty),
            nav: sections.map { label, target in
                let current = target == section
                return NavItem(label: label, url: path.link(to: target, pretty: pretty), current: current,
                               ariaCurrent: current ? (target == path ? "page" : "true") : nil)
            },
            breadcrumbs: trail.map { LinkItem(label: $0.0, url: path.link(to: $0.1, pretty: pretty)) },
            preview: LinkPreview(title: title, description: description, type: kind, url: canonical, siteName: siteTitle,
                                 image: image, twitterCard: "summary"),
            structuredData: indexable ? structuredData(data, at: path, title: title, trail: trail) : nil)
    }

    // MARK: Home and 404

    public func homePage() -> PlannedPage {
        let path = SitePath.home
        let open = model.requests.filter(\.acceptingResponses).count
        let context = HomePage(
            layout: layout(at: path, title: model.settings.title, description: "Certified cloud experts, their firms, and the requests customers have posted.", section: .home,
                           data: [websiteData()]),
            expertCount: model.experts.count, firmCount: model.firms.count, requestCount: model.requests.count,
            openRequestCount: open,
            expertCountText: CountText(model.experts.count, "expert", "experts"), firmCountText: CountText(model.firms.count, "firm", "firms"),
            requestCountText: CountText(model.requests.count, "request", "requests"), openRequestCountText: "\(open) accepting responses",
            newestRequests: model.requests.prefix(5).map { requestCard($0, from: path) },
            expertsURL: path.link(to: Self.experts, pretty: pretty), firmsURL: path.link(to: Self.firms, pretty: pretty),
            requestsURL: path.link(to: Self.requests, pretty: pretty),
            levels: ExpertFilter.levels.map { filterLink($0, from: path, current: nil) },
            countries: ExpertFilter.countries.map { filterLink($0, from: path, current: nil) })
        return PlannedPage(path: path, template: .home, context: context)
    }

    /// Written as `404.html` at the root, so its links climb nothing.
    public func notFoundPage() -> PlannedPage {
        let path = SitePath.home
        let context = NotFoundPage(
            layout: layout(at: path, title: "Page not found", description: "This page does not exist.", section: nil, indexable: false),
            expertsURL: path.link(to: Self.experts, pretty: pretty), firmsURL: path.link(to: Self.firms, pretty: pretty),
            requestsURL: path.link(to: Self.requests, pretty: pretty))
        return PlannedPage(path: path, template: .notFound, context: context, fileOverride: Self.notFoundFile)
    }

    // MARK: Experts

    /// Every page of one expert listing, or with `page` that page alone.
    public func expertListing(_ filter: ExpertFilter, page number: Int? = nil) -> [PlannedPage] {
        switch filter {
        case .all:
            return expertListing(filter, title: "Experts", description: "Every certified expert, by name.",
                                 intro: "Every certified expert on the marketplace, by name. Narrow the list by certification level or by country.",
                                 page: number)
        case .level(let level):
            let description = "Experts who hold at least one \(level)-level certification."
            return expertListing(filter, title: "\(DisplayText.level(level)) experts", description: description, intro: description, page: number)
        case .country(let code):
            let name = DisplayText.countryInSentence(code)
            return expertListing(filter, title: "Experts in \(name)", description: "Experts based in \(name).", intro: "Experts based in \(name).",
                                 page: number)
        }
    }

    /// The experts a listing shows, in its order.
    func experts(_ filter: ExpertFilter) -> [Expert] {
        switch filter {
        case .all: model.experts
        case .level(let level): expertsByLevel[level] ?? []
        case .country(let code): expertsByCountry[code] ?? []
        }
    }

    /// One expert listing, paginated: all experts, or those of one level or one country.
    func expertListing(_ filter: ExpertFilter, title: String, description: String, intro: String, page number: Int?) -> [PlannedPage] {
        let trail = [("Experts", Self.experts)] + (filter == .all ? [] : [(title, filter.listing)])
        return listing(experts(filter), at: filter.listing, noun: ("expert", "experts"), page: number) { page in
            ExpertListPage(layout: layout(at: page.path, title: page.title(title), description: description,
                                          section: Self.experts, trail: page.trail(trail),
                                          data: [itemListData(page, title: page.title(title)) { ($0.name, Self.expert($0.slug)) }]),
                           heading: page.title(title), intro: intro,
                           resultsHeading: page.resultsHeading, experts: page.items.map { expertCard($0, from: page.path) }, pagination: page.pagination,
                           allExperts: filterLink(.all, from: page.path, current: filter), levels: ExpertFilter.levels.map { filterLink($0, from: page.path, current: filter) },
                           countries: ExpertFilter.countries.map { filterLink($0, from: page.path, current: filter) })
        }
    }

    public func expertPage(_ expert: Expert) -> PlannedPage {
        let path = Self.expert(expert.slug)
        let firm = expert.firm.flatMap(model.firm)
        let reviews = firm?.reviews ?? []
        let average = DisplayText.average(of: reviews.map(\.rating))
        let context = ExpertPage(
            layout: layout(at: path, title: expert.name, description: expertDescription(expert),
                           section: Self.experts, trail: [("Experts", Self.experts)], kind: "profile",
                           photo: expert.photo.map { ($0, alt: "Photo of \(expert.name)") }, data: [personData(expert, firm: firm)]),
            name: expert.name, initials: DisplayText.initials(expert.name),
            photoURL: expert.photo.map { path.link(toFile: $0.output) }, photoAlt: "Photo of \(expert.name)",
            countryName: DisplayText.country(expert.country),
            levels: expert.levels.map { LinkItem(label: DisplayText.level($0), url: path.link(to: Self.level($0), pretty: pretty)) },
            certifications: expert.certifications.map {
                CertificationItem(name: $0.name, level: DisplayText.level($0.level), levelURL: path.link(to: Self.level($0.level), pretty: pretty))
            },
            firm: firm.map { LinkItem(label: $0.name, url: path.link(to: Self.firm($0.slug), pretty: pretty)) },
            rate: DisplayText.rate(expert.rate), bioHTML: expert.bioHTML, skills: expert.skills,
            links: expert.links.map { LinkItem(label: $0.title, url: $0.url) },
            reviews: reviews.map { reviewItem($0, from: path, onPageOf: expert.slug) }, averageRating: average,
            averageText: average.map { DisplayText.averageText($0, reviewCount: reviews.count) },
            reviewCount: reviews.count, reviewCountText: CountText(reviews.count, "review", "reviews"))
        return PlannedPage(path: path, template: .expert, context: context)
    }

    func expertCard(_ expert: Expert, from path: SitePath) -> ExpertCard {
        ExpertCard(name: expert.name, initials: DisplayText.initials(expert.name), url: path.link(to: Self.expert(expert.slug), pretty: pretty),
                   photoURL: expert.photo.map { path.link(toFile: $0.output) }, countryName: DisplayText.country(expert.country),
                   levels: expert.levels.map(DisplayText.level), firmName: expert.firm.flatMap(model.firm)?.name,
                   rate: DisplayText.rate(expert.rate), skills: expert.skills, skillsPreview: Array(expert.skills.prefix(Self.cardSkills)),
                   moreSkillsText: expert.skills.count > Self.cardSkills ? "+\(expert.skills.count - Self.cardSkills) more" : nil)
    }

    /// How many skills an expert card shows.
    static let cardSkills = 6

    /// The link to one expert listing, with how many experts it has; `current` is the
    /// listing the page belongs to (nil on the home page).
    func filterLink(_ filter: ExpertFilter, from path: SitePath, current: ExpertFilter?) -> FilterLink {
        let target = filter.listing
        let isCurrent = filter == current
        return FilterLink(label: filter.label, url: path.link(to: target, pretty: pretty), count: experts(filter).count, current: isCurrent,
                          ariaCurrent: isCurrent ? (path == target ? "page" : "true") : nil)
    }

    // MARK: Firms

    public func firmListing(page number: Int? = nil) -> [PlannedPage] {
        listing(model.firms, at: Self.firms, noun: ("firm", "firms"), page: number) { page in
            FirmListPage(layout: layout(at: page.path, title: page.title("Firms"), description: "Consulting firms and the experts who work for them.",
                                        section: Self.firms, trail: page.trail([("Firms", Self.firms)]),
                                        data: [itemListData(page, title: page.title("Firms")) { ($0.name, Self.firm($0.slug)) }]),
                         resultsHeading: page.resultsHeading,
                         firms: page.items.map { firm in
                             let average = DisplayText.average(of: firm.reviews.map(\.rating))
                             return FirmCard(name: firm.name, url: page.path.link(to: Self.firm(firm.slug), pretty: pretty),
                                             countryName: DisplayText.country(firm.country),
                                             expertCount: firm.experts.count, reviewCount: firm.reviews.count,
                                             expertCountText: CountText(firm.experts.count, "expert", "experts"),
                                             reviewCountText: CountText(firm.reviews.count, "review", "reviews"),
                                             averageRating: average, averageText: average.map { DisplayText.averageText($0, reviewCount: firm.reviews.count) })
                         },
                         pagination: page.pagination)
        }
    }

    public func firmPage(_ firm: Firm) -> PlannedPage {
        let path = Self.firm(firm.slug)
        let average = DisplayText.average(of: firm.reviews.map(\.rating))
        let experts = firm.experts.compactMap(model.expert)
        let context = FirmPage(
            layout: layout(at: path, title: firm.name, description: firmDescription(firm),
                           section: Self.firms, trail: [("Firms", Self.firms)], data: [organizationData(firm, experts: experts)]),
            name: firm.name, countryName: DisplayText.country(firm.country), aboutHTML: firm.aboutHTML,
            experts: experts.map { expertCard($0, from: path) }, expertCountText: CountText(experts.count, "expert", "experts"),
            reviews: firm.reviews.map { reviewItem($0, from: path) }, averageRating: average,
            averageText: average.map { DisplayText.averageText($0, reviewCount: firm.reviews.count) },
            reviewCount: firm.reviews.count, reviewCountText: CountText(firm.reviews.count, "review", "reviews"))
        return PlannedPage(path: path, template: .firm, context: context)
    }

    /// A review as `path` shows it, naming its proposal and, unless it is about `expert`
    /// (the expert whose page it is), the expert it is about.
    func reviewItem(_ review: Review, from path: SitePath, onPageOf expert: String? = nil) -> ReviewItem {
        let proposal = model.proposal(review.proposal)
        let about = proposal.flatMap { $0.expert == expert ? nil : model.expert($0.expert) }
        return ReviewItem(rating: review.rating, ratingText: DisplayText.ratingText(review.rating), stars: DisplayText.stars(review.rating),
                          text: review.text, author: review.author, date: DisplayText.date(review.date),
                          proposalTitle: proposal?.title,
                          about: about.map { LinkItem(label: $0.name, url: path.link(to: Self.expert($0.slug), pretty: pretty)) })
    }

    // MARK: Requests

    /// The feeds exist only with `base_url` (`SiteFeeds`): no page links to a missing file.
    var hasFeeds: Bool { model.settings.baseURL != nil }

    public func requestListing(page number: Int? = nil) -> [PlannedPage] {
        listing(model.requests, at: Self.requests, noun: ("request", "requests"), page: number) { page in
            RequestListPage(layout: layout(at: page.path, title: page.title("Requests"), description: "What customers are looking for, newest first.",
                                           section: Self.requests, trail: page.trail([("Requests", Self.requests)]),
                                           data: [itemListData(page, title: page.title("Requests")) { ($0.title, Self.request($0.slug)) }]),
                            resultsHeading: page.resultsHeading,
                            requests: page.items.map { requestCard($0, from: page.path) }, pagination: page.pagination,
                            feedURL: hasFeeds ? page.path.link(toFile: SiteFeeds.atomFeedFile) : nil,
                            jsonFeedURL: hasFeeds ? page.path.link(toFile: SiteFeeds.jsonFeedFile) : nil)
        }
    }

    public func requestPage(_ request: Request) -> PlannedPage {
        let path = Self.request(request.slug)
        let context = RequestPage(
            layout: layout(at: path, title: request.title, description: request.description,
                           section: Self.requests, trail: [("Requests", Self.requests)], data: [demandData(request)]),
            title: request.title, description: request.description, budget: DisplayText.budget(request.budget),
            countryName: DisplayText.country(request.country), customerName: request.customerName,
            created: DisplayText.date(request.created), accepting: request.acceptingResponses,
            statusLabel: DisplayText.requestStatus(accepting: request.acceptingResponses),
            responders: request.responses.compactMap(model.expert).map { LinkItem(label: $0.name, url: path.link(to: Self.expert($0.slug), pretty: pretty)) },
            responseCountText: DisplayText.responseCount(request.responses.count))
        return PlannedPage(path: path, template: .request, context: context)
    }

    func requestCard(_ request: Request, from path: SitePath) -> RequestCard {
        RequestCard(title: request.title, url: path.link(to: Self.request(request.slug), pretty: pretty),
                    budget: DisplayText.budget(request.budget), countryName: DisplayText.country(request.country),
                    created: DisplayText.date(request.created), customerName: request.customerName, accepting: request.acceptingResponses,
                    statusLabel: DisplayText.requestStatus(accepting: request.acceptingResponses),
                    responseCountText: DisplayText.responseCount(request.responses.count))
    }

    // MARK: Proposals

    public func proposalPage(_ proposal: Proposal) -> PlannedPage {
        let path = Self.proposal(proposal.slug)
        let account = proposal.account
        let request = model.request(proposal.request)
        let expert = model.expert(proposal.expert)
        let requestLabel = request?.title ?? proposal.request
        let status = DisplayText.proposalStatus(proposal.state)
        let context = ProposalPage(
            layout: layout(at: path, title: proposal.title, description: "Proposal: \(proposal.title)", section: nil,
                           trail: [("Requests", Self.requests), (requestLabel, Self.request(proposal.request))], indexable: false),
            title: proposal.title, statusLabel: status, statusKey: status.lowercased(),
            isCompleted: proposal.isCompleted,
            request: LinkItem(label: requestLabel, url: path.link(to: Self.request(proposal.request), pretty: pretty)),
            expert: LinkItem(label: expert?.name ?? proposal.expert, url: path.link(to: Self.expert(proposal.expert), pretty: pretty)),
            created: DisplayText.date(proposal.created), total: proposal.total.formatted, bodyHTML: proposal.bodyHTML,
            milestones: proposal.milestones.map { MilestoneItem(title: $0.title, amount: $0.amount?.formatted, due: $0.due.map(DisplayText.date)) },
            milestonesTotal: Money.sum(proposal.milestones.compactMap(\.amount))?.formatted,
            payments: proposal.payments.map { payment in
                var autoApproved: CalendarDay?
                if case .autoApproved(let day) = payment.standing { autoApproved = day }
                return PaymentItem(description: payment.description, amount: payment.amount.formatted, fee: payment.amount.fee.formatted,
                                   customerTotal: (payment.amount.customerTotal ?? payment.amount).formatted,
                                   requested: DisplayText.date(payment.requested), statusLabel: DisplayText.payment(payment.standing),
                                   statusKey: DisplayText.paymentKey(payment.standing),
                                   decided: payment.decided.map(DisplayText.date), autoApprovedOn: autoApproved?.isoString,
                                   autoApprovedText: autoApproved.map { "approved automatically on \($0.isoString)" },
                                   autoApprovesOn: payment.standing == .awaiting ? AutoApproval.day(requested: payment.requested.utcDay).isoString : nil,
                                   isFinal: payment.isFinal)
            },
            paymentSummary: proposal.payments.isEmpty ? nil : PaymentSummary(
                paid: account.paid.formatted, paidFees: account.paidFees.formatted, paidCustomerTotal: account.paidCustomerTotal.formatted,
                awaiting: account.awaiting.formatted, remaining: account.remaining.formatted),
            permissions: proposal.permissions.map { permission in
                let revoked = proposal.isCompleted && permission.status == .accepted
                return PermissionItem(policy: permission.policy.name, grants: permission.policy.grants, description: permission.description,
                                      statusLabel: DisplayText.permission(permission.status, revokedAutomatically: revoked),
                                      statusKey: revoked ? PermissionStatus.revoked.rawValue : permission.status.rawValue, revokedAutomatically: revoked)
            })
        return PlannedPage(path: path, template: .proposal, context: context)
    }

    // MARK: Listings

    /// One page of a listing, as the page's context needs it.
    struct ListingPage<Item> {
        let path: SitePath
        let listing: SitePath
        let number: Int
        let pageCount: Int
        /// This page's items, indexed by their place in the whole listing.
        let items: ArraySlice<Item>
        /// How many items the whole listing has.
        let itemCount: Int
        let pagination: PaginationContext?
        /// "9 experts", "1 expert", or "Experts 21–31 of 31" on a paginated listing.
        let resultsHeading: String

        /// The listing's title, with "page N of M" after the first page.
        func title(_ base: String) -> String {
            number == 1 ? base : "\(base), page \(number) of \(pageCount)"
        }

        /// Breadcrumbs: the listing's ancestors, and the listing itself after its first page.
        func trail(_ ancestors: [(String, SitePath)]) -> [(String, SitePath)] {
            let above = Array(ancestors.dropLast())
            return number == 1 ? above : ancestors
        }
    }

    /// The pages of a listing; with `number`, just that page, if the listing has it.
    func listing<Item, Context: PageContext>(_ items: [Item], at listing: SitePath, noun: (singular: String, plural: String),
                                          page number: Int?, _ make: (ListingPage<Item>) -> Context) -> [PlannedPage] {
        let pagination = pagination(of: listing, itemCount: items.count)
        let template: TemplateName = listing == Self.requests ? .requestList : listing == Self.firms ? .firmList : .expertList
        var numbers = 1...pagination.pageCount
        if let number {
            guard numbers.contains(number) else { return [] }
            numbers = number...number
        }
        return numbers.map { number in
            let path = pagination.path(ofPage: number)
            let range = pagination.range(ofPage: number)
            let heading: String
            if pagination.pageCount > 1 {
                let capitalised = noun.plural.prefix(1).uppercased() + noun.plural.dropFirst()
                heading = "\(capitalised) \(range.lowerBound + 1)–\(range.upperBound) of \(items.count)"
            } else {
                heading = items.isEmpty ? "No \(noun.plural) yet" : CountText(items.count, noun.singular, noun.plural).text
            }
            let page = ListingPage(path: path, listing: listing, number: number, pageCount: pagination.pageCount, items: items[range], itemCount: items.count,
                                   pagination: pagination.context(forPage: number, pretty: pretty), resultsHeading: heading)
            return PlannedPage(path: path, template: template, context: make(page))
        }
    }
}

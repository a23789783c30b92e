import DocketValidation

/// One page of the site by name, before it is planned: the output catalog lists every
/// page this way, from the model's counts alone, and `PagePlanner.page(for:)` plans the
/// one asked for. Entities are named by their place in the model's (sorted) lists.
public enum PageKey: Hashable, Sendable {
    case home
    case notFound
    case experts(ExpertFilter, page: Int)
    case expert(Int)
    case firms(page: Int)
    case firm(Int)
    case requests(page: Int)
    case request(Int)
    case proposal(Int)

    /// Whether the sitemap lists the page: not the 404 page, not a proposal (a private
    /// document between two parties, kept out of search engines).
    public var isInSitemap: Bool {
        switch self {
        case .notFound, .proposal: false
        default: true
        }
    }
}

/// Which experts an expert listing shows.
public enum ExpertFilter: Hashable, Sendable {
    case all
    case level(String)
    case country(String)

    public static let levels = EntitySchemas.certificationLevels.map(ExpertFilter.level)
    public static let countries = EntitySchemas.countries.map(ExpertFilter.country)
    /// In the order the site lists them: all experts, each level, each country.
    public static let every: [ExpertFilter] = [.all] + levels + countries

    /// How a filter link names the listing.
    var label: String {
        switch self {
        case .all: "All"
        case .level(let level): DisplayText.level(level)
        case .country(let code): DisplayText.country(code)
        }
    }

    /// The listing's first page.
    var listing: SitePath {
        switch self {
        case .all: PagePlanner.experts
        case .level(let level): PagePlanner.level(level)
        case .country(let code): PagePlanner.country(code)
        }
    }
}

extension PagePlanner {
    /// Every page of the site, in the order the build plans them (docs/spec.md §5).
    public func pageKeys() -> [PageKey] {
        var keys: [PageKey] = [.home, .notFound]
        for filter in ExpertFilter.every {
            keys += pageNumbers(of: filter.listing, itemCount: experts(filter).count).map { .experts(filter, page: $0) }
        }
        keys += model.experts.indices.map(PageKey.expert)
        keys += pageNumbers(of: Self.firms, itemCount: model.firms.count).map { .firms(page: $0) }
        keys += model.firms.indices.map(PageKey.firm)
        keys += pageNumbers(of: Self.requests, itemCount: model.requests.count).map { .requests(page: $0) }
        keys += model.requests.indices.map(PageKey.request)
        keys += model.proposals.indices.map(PageKey.proposal)
        return keys
    }

    /// Every page, planned on every core (one page per entity: a tenth of a large build
    /// on one core).
    public func plan() -> [PlannedPage] {
        pageKeys().parallelMap(page(for:))
    }

    /// Where the page is, without planning it.
    public func path(of key: PageKey) -> SitePath {
        switch key {
        case .home, .notFound: .home
        case .experts(let filter, let number): pagination(of: filter.listing, itemCount: experts(filter).count).path(ofPage: number)
        case .expert(let index): Self.expert(model.experts[index].slug)
        case .firms(let number): pagination(of: Self.firms, itemCount: model.firms.count).path(ofPage: number)
        case .firm(let index): Self.firm(model.firms[index].slug)
        case .requests(let number): pagination(of: Self.requests, itemCount: model.requests.count).path(ofPage: number)
        case .request(let index): Self.request(model.requests[index].slug)
        case .proposal(let index): Self.proposal(model.proposals[index].slug)
        }
    }

    /// The file the page is written to (`experts/ada/index.html`, `404.html`).
    public func file(of key: PageKey) -> String {
        key == .notFound ? Self.notFoundFile : path(of: key).file
    }

    static let notFoundFile = "404.html"

    /// The page, planned alone.
    public func page(for key: PageKey) -> PlannedPage {
        let page: PlannedPage?
        switch key {
        case .home: page = homePage()
        case .notFound: page = notFoundPage()
        case .experts(let filter, let number): page = expertListing(filter, page: number).first
        case .expert(let index): page = expertPage(model.experts[index])
        case .firms(let number): page = firmListing(page: number).first
        case .firm(let index): page = firmPage(model.firms[index])
        case .requests(let number): page = requestListing(page: number).first
        case .request(let index): page = requestPage(model.requests[index])
        case .proposal(let index): page = proposalPage(model.proposals[index])
        }
        guard let page else { preconditionFailure("\(key) is not a page of this site: keys come from pageKeys()") }
        return page
    }

    func pagination(of listing: SitePath, itemCount: Int) -> Pagination {
        Pagination(listing: listing, itemCount: itemCount, pageSize: model.settings.pageSize)
    }

    private func pageNumbers(of listing: SitePath, itemCount: Int) -> ClosedRange<Int> {
        1...pagination(of: listing, itemCount: itemCount).pageCount
    }
}

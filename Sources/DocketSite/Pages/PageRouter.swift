/// One page by its file, planned on demand: what `docket serve` renders for a request,
/// without planning the other ten thousand pages of a large site.
public struct PageRouter: Sendable {
    public let planner: PagePlanner

    public init(planner: PagePlanner) {
        self.planner = planner
    }

    /// The page written at `file` (`experts/ada/index.html`, `404.html`), or nil.
    public func page(at file: String) -> PlannedPage? {
        let parts = file.split(separator: "/", omittingEmptySubsequences: false).map(String.init)
        guard parts.last == "index.html" || file == "404.html" else { return nil }
        let folder = Array(parts.dropLast())
        let model = planner.model
        if folder.isEmpty {
            return file == "404.html" ? planner.notFoundPage() : planner.homePage()
        }
        if folder.count == 2 {
            let slug = folder[1]
            switch folder[0] {
            case "experts": if let expert = model.expert(slug) { return planner.expertPage(expert) }
            case "firms": if let firm = model.firm(slug) { return planner.firmPage(firm) }
            case "requests": if let request = model.request(slug) { return planner.requestPage(request) }
            case "proposals": return model.proposals.first { $0.slug == slug }.map(planner.proposalPage)
            default: break
            }
        }
        return listingPage(folder: folder.joined(separator: "/"))
    }

    /// A page of a listing: only that page is planned (a 10k site's expert listings are
    /// hundreds of pages, and planning them all took a request 150 ms).
    private func listingPage(folder: String) -> PlannedPage? {
        let listing: [PlannedPage]
        switch folder.split(separator: "/").first.map(String.init) {
        case "experts": listing = planner.expertListings(only: folder)
        case "firms": listing = planner.firmListing(only: folder)
        case "requests": listing = planner.requestListing(only: folder)
        default: return nil
        }
        return listing.first { $0.path.folder == folder }
    }
}

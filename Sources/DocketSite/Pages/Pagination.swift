/// Splits a listing into pages of `pageSize`: page 1 at `<listing>/`, page N ≥ 2 at
/// `<listing>/page/N/` (SPEC §5).
struct Pagination {
    let listing: SitePath
    let itemCount: Int
    let pageSize: Int

    /// At least one page, so an empty listing still has its page.
    var pageCount: Int { max(1, (itemCount + pageSize - 1) / pageSize) }

    func path(ofPage number: Int) -> SitePath {
        number == 1 ? listing : SitePath((listing.folder.isEmpty ? "" : listing.folder + "/") + "page/\(number)")
    }

    func range(ofPage number: Int) -> Range<Int> {
        let start = (number - 1) * pageSize
        return start..<min(itemCount, start + pageSize)
    }

    /// Navigation for page `number` as seen from that page; nil when there is one page.
    func context(forPage number: Int, pretty: Bool) -> PaginationContext? {
        guard pageCount > 1 else { return nil }
        let here = path(ofPage: number)
        return PaginationContext(
            current: number, total: pageCount,
            previousURL: number > 1 ? here.link(to: path(ofPage: number - 1), pretty: pretty) : nil,
            nextURL: number < pageCount ? here.link(to: path(ofPage: number + 1), pretty: pretty) : nil,
            pages: (1...pageCount).map { PageLink(number: $0, url: here.link(to: path(ofPage: $0), pretty: pretty), current: $0 == number) })
    }
}

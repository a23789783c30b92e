/// Splits a listing into pages of `pageSize`: page 1 at `<listing>/`, page N ≥ 2 at
/// `<listing>/page/N/` (docs/spec.md §5).
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
            pages: Self.shownPages(current: number, total: pageCount).map { shown in
                PageLink(number: shown.number, url: here.link(to: path(ofPage: shown.number), pretty: pretty),
                         current: shown.number == number, gapBefore: shown.gapBefore)
            })
    }

    /// The pages a listing page links to by number: the first, the last, and two either
    /// side of the current one. Linking every page made each page's size, and the whole
    /// listing's cost, grow with the square of its length (500 pages of experts at 10,000).
    /// `gapBefore` marks where numbers were left out.
    static func shownPages(current: Int, total: Int) -> [(number: Int, gapBefore: Bool)] {
        let numbers = Set([1, total] + Array(max(1, current - 2)...min(total, current + 2))).sorted()
        return numbers.enumerated().map { index, number in
            (number, index > 0 && number - numbers[index - 1] > 1)
        }
    }
}

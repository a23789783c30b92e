import DocketDomain
import DocketValidation

/// The `<lastmod>` of each sitemap page: the newest content date the page shows, and none
/// where the page shows no dated content (docs/decisions.md, "Feeds and sitemap").
///
/// - a request page: the request's `created`;
/// - a firm page: its newest review's `date`;
/// - the home page: the newest request's `created` (it lists the newest requests);
/// - each page of the requests listing: the newest `created` among the requests on it;
/// - each page of the firm listing: the newest review date among the firms on it;
/// - experts and their listings: none. An expert has no date field and a profile can
///   change at any time, so any date would tell a crawler something false.
///
/// Never the build time: the same content gives the same sitemap.
enum SitemapDates {
    static func lastModified(in model: Site) -> [SitePath: ISODate] {
        var dates: [SitePath: ISODate] = [:]
        for request in model.requests { dates[PagePlanner.request(request.slug)] = request.created }
        var firmDates: [ISODate?] = []
        for firm in model.firms {
            let newest = newest(firm.reviews.map(\.date))
            firmDates.append(newest)
            if let newest { dates[PagePlanner.firm(firm.slug)] = newest }
        }
        if let newest = newest(model.requests.map(\.created)) { dates[.home] = newest }
        let pageSize = model.settings.pageSize
        let requests = Pagination(listing: PagePlanner.requests, itemCount: model.requests.count, pageSize: pageSize)
        let firms = Pagination(listing: PagePlanner.firms, itemCount: model.firms.count, pageSize: pageSize)
        for number in 1...requests.pageCount {
            if let newest = newest(model.requests[requests.range(ofPage: number)].map(\.created)) { dates[requests.path(ofPage: number)] = newest }
        }
        for number in 1...firms.pageCount {
            if let newest = newest(firmDates[firms.range(ofPage: number)].compactMap { $0 }) { dates[firms.path(ofPage: number)] = newest }
        }
        return dates
    }

    static func newest(_ dates: [ISODate]) -> ISODate? {
        dates.max { $0.instant < $1.instant }
    }

    /// The W3C Datetime a sitemap takes: the day alone for a date alone, else the UTC
    /// date-time. nil for a UTC year before 1, which the sitemap schema's `xsd:date`
    /// cannot hold (content years run from 0000).
    static func w3cDatetime(_ date: ISODate) -> String? {
        if date.isDateOnly { return date.day.year >= 1 ? date.day.isoString : nil }
        let utc = ISODate(instant: date.instant)
        return (1...9999).contains(utc.day.year) ? date.utcISOString : nil
    }
}

import DocketDomain
import DocketValidation

/// What the Atom feed and the JSON Feed of requests both say, computed once so the two
/// list the same entries under the same ids.
///
/// Only public fields of a request go in (title, description, created, its page's URL):
/// never the customer's e-mail address, which the site model does not even hold.
struct FeedEntries {
    struct Entry {
        /// The request page's absolute folder URL: stable for as long as the request's
        /// slug (its file name) and `base_url` stay (docs/decisions.md, "Feeds and sitemap").
        let id: String
        let url: String
        let title: String
        /// The plain description, white space already collapsed (docs/spec.md §3).
        let text: String
        /// RFC 3339 in UTC; a date alone is the start of its day.
        let published: String
    }

    /// How many requests a feed holds: the newest ones.
    static let entryLimit = 50

    let title: String
    let language: String
    let author: String
    /// `requests/feed.xml`, absolute.
    let feedURL: String
    /// `requests/feed.json`, absolute.
    let jsonFeedURL: String
    /// The requests listing, absolute.
    let homePageURL: String
    /// The newest request's date: content, not the clock. The epoch for a site without
    /// requests, so that feed too is the same on every build.
    let updated: String
    let entries: [Entry]

    /// `requests` newest first, as the site model keeps them.
    init(requests: [Request], settings: SiteSettings, baseURL: String) {
        let listing = PagePlanner.requests.absoluteURL(base: baseURL)
        title = settings.title + ": requests"
        language = settings.language
        author = settings.title
        feedURL = listing + "feed.xml"
        jsonFeedURL = listing + "feed.json"
        homePageURL = listing
        updated = requests.map(\.created).max { $0.instant < $1.instant }?.utcISOString ?? "1970-01-01T00:00:00Z"
        entries = requests.prefix(Self.entryLimit).map { request in
            let url = PagePlanner.request(request.slug).absoluteURL(base: baseURL)
            return Entry(id: url, url: url, title: request.title, text: request.description, published: request.created.utcISOString)
        }
    }
}

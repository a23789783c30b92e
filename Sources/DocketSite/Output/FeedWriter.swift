import DocketValidation
import Foundation

/// `requests/feed.xml`: the newest requests as an Atom feed (RFC 4287), written only with
/// `base_url` (`SiteFeeds.requestFeed`): a reader resolves a relative link against wherever
/// it fetched the feed, and an id must not change when the site is copied elsewhere.
///
/// Ids are the absolute folder URLs of the pages (`FeedEntries`), so they depend on the
/// content and `base_url` only, never on the build; `updated` is the newest request's
/// date, never the build time: unchanged content gives the same bytes.
enum FeedWriter {
    static func write(_ feed: FeedEntries) -> Data {
        let xml = XMLDocumentWriter()
        xml.start("feed", namespace: "http://www.w3.org/2005/Atom")
        xml.attribute("xml:lang", feed.language)
        xml.element("title", feed.title)
        xml.element("id", feed.feedURL)
        xml.element("updated", feed.updated)
        link(xml, rel: "self", type: "application/atom+xml", href: feed.feedURL)
        link(xml, rel: "alternate", type: "text/html", href: feed.homePageURL)
        xml.start("author")
        xml.element("name", feed.author)
        xml.end()
        for entry in feed.entries {
            xml.start("entry")
            xml.element("title", entry.title)
            xml.element("id", entry.id)
            xml.element("published", entry.published)
            xml.element("updated", entry.published)
            link(xml, rel: "alternate", type: "text/html", href: entry.url)
            xml.element("summary", entry.text)
            xml.end()
        }
        xml.end()
        return xml.finish()
    }

    private static func link(_ xml: XMLDocumentWriter, rel: String, type: String, href: String) {
        xml.start("link")
        xml.attribute("rel", rel)
        xml.attribute("type", type)
        xml.attribute("href", href)
        xml.end()
    }
}

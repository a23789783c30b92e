import DocketValidation
import Foundation

/// `requests/feed.xml`: the newest requests as an Atom feed. Its `updated` is the newest
/// request's date, never the build time, so unchanged content gives the same feed.
///
/// With `base_url`, ids and links are absolute folder URLs. Without it, ids are `urn:`
/// names and links are relative to the feed's own folder, `requests/`.
enum FeedWriter {
    static let entryLimit = 50

    static func write(requests: [Request], settings: SiteSettings) -> Data {
        let base = settings.baseURL
        let xml = XMLDocumentWriter()
        xml.start("feed", namespace: "http://www.w3.org/2005/Atom")
        xml.element("title", "\(settings.title): requests")
        xml.element("id", base.map { PagePlanner.requests.absoluteURL(base: $0) + "feed.xml" } ?? "urn:docket:requests")
        xml.element("updated", requests.first.map { $0.created.utcISOString } ?? "1970-01-01T00:00:00Z")
        link(xml, base.map { PagePlanner.requests.absoluteURL(base: $0) } ?? "./")
        xml.start("author")
        xml.element("name", settings.title)
        xml.end()
        for request in requests.prefix(entryLimit) {
            let absolute = base.map { PagePlanner.request(request.slug).absoluteURL(base: $0) }
            xml.start("entry")
            xml.element("title", request.title)
            xml.element("id", absolute ?? "urn:docket:request:\(request.slug)")
            xml.element("updated", request.created.utcISOString)
            link(xml, absolute ?? request.slug + "/")
            xml.element("summary", request.description)
            xml.end()
        }
        xml.end()
        return xml.finish()
    }

    private static func link(_ xml: XMLDocumentWriter, _ href: String) {
        xml.start("link")
        xml.attribute("rel", "alternate")
        xml.attribute("href", href)
        xml.end()
    }
}

import DocketText
import DocketValidation
import Foundation

/// `requests/feed.json`: the entries of the Atom feed as a JSON Feed 1.1
/// (https://jsonfeed.org/version/1.1), with the same ids. Written with Docket's JSON
/// writer, which escapes quotes, backslashes and control characters; code points no page
/// may hold become U+FFFD as on the pages and in the Atom feed.
enum JSONFeedWriter {
    static let version = "https://jsonfeed.org/version/1.1"

    static func write(_ feed: FeedEntries) -> Data {
        func text(_ value: String) -> JSONValue { .string(value.withoutForbiddenCodePoints) }
        let items = feed.entries.map { entry in
            JSONValue.object(JSONObject([
                ("id", text(entry.id)),
                ("url", text(entry.url)),
                ("title", text(entry.title)),
                ("content_text", text(entry.text)),
                ("date_published", text(entry.published)),
            ]))
        }
        let document = JSONValue.object(JSONObject([
            ("version", .string(version)),
            ("title", text(feed.title)),
            ("home_page_url", text(feed.homePageURL)),
            ("feed_url", text(feed.jsonFeedURL)),
            ("language", text(feed.language)),
            ("authors", .array([.object(JSONObject([("name", text(feed.author))]))])),
            ("items", .array(items)),
        ]))
        return Data((document.rendered() + "\n").utf8)
    }
}

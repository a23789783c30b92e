import DocketText
import DocketValidation
import Foundation

/// The URLs a JSON Feed points at (`home_page_url`, `feed_url`, each item's `url`), with
/// the line each is written on, in the shape `XMLLocations` gives for the sitemap and the
/// Atom feed, so `docket check` treats them alike.
enum JSONFeedLocations {
    /// nil when the file is not JSON, or not a JSON object with a `version` and an
    /// `items` array.
    static func read(_ data: Data) -> [XMLLocations.Location]? {
        guard let object = (try? JSONSerialization.jsonObject(with: data)) as? [String: Any],
              object["version"] is String, let items = object["items"] as? [Any] else { return nil }
        var values: [String] = []
        for key in ["home_page_url", "feed_url"] {
            if let url = object[key] as? String { values.append(url) }
        }
        for item in items {
            if let url = (item as? [String: Any])?["url"] as? String { values.append(url) }
        }
        let text = String(decoding: data, as: UTF8.self)
        return values.map { XMLLocations.Location(value: $0, line: line(of: $0, in: text)) }
    }

    /// The line of the first place `value` is written as a JSON string (1 when it is
    /// written with other escapes than Docket's).
    private static func line(of value: String, in text: String) -> Int {
        guard let range = text.range(of: JSONText.quote(value)) else { return 1 }
        return text[..<range.lowerBound].reduce(1) { $1 == "\n" ? $0 + 1 : $0 }
    }
}

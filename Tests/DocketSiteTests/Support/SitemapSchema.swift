import CLibXML2
import Foundation

/// The sitemaps.org 0.9 schemas (Data/README.md), applied with libxml2's XML Schema
/// validator: an independent reader of what `SitemapWriter` writes.
enum SitemapSchema: String {
    case urlset = "sitemap.xsd"
    case index = "siteindex.xsd"

    static let folder = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Data").path

    /// The schema for a sitemap file, chosen by its root element as a crawler would.
    static func of(_ data: Data) -> SitemapSchema? {
        let text = String(decoding: data.prefix(400), as: UTF8.self)
        if text.contains("<sitemapindex") { return .index }
        if text.contains("<urlset") { return .urlset }
        return nil
    }

    /// libxml2's messages for `data` (line: message), empty when it is valid.
    func problems(in data: Data) -> [String] {
        let collected = Messages()
        guard let parser = xmlSchemaNewParserCtxt(Self.folder + "/" + rawValue) else { return ["cannot read \(rawValue)"] }
        defer { xmlSchemaFreeParserCtxt(parser) }
        guard let schema = xmlSchemaParse(parser) else { return ["\(rawValue) is not a schema"] }
        defer { xmlSchemaFree(schema) }
        guard let context = xmlSchemaNewValidCtxt(schema) else { return ["no validation context"] }
        defer { xmlSchemaFreeValidCtxt(context) }
        xmlSchemaSetValidStructuredErrors(context, { user, error in
            guard let user, let error else { return }
            let messages = Unmanaged<Messages>.fromOpaque(user).takeUnretainedValue()
            let text = error.pointee.message.map { String(cString: $0) } ?? "(no message)"
            messages.lines.append("\(error.pointee.line): \(text.trimmingCharacters(in: .whitespacesAndNewlines))")
        }, Unmanaged.passUnretained(collected).toOpaque())
        let document: xmlDocPtr? = data.withUnsafeBytes { buffer in
            xmlReadMemory(buffer.baseAddress?.assumingMemoryBound(to: CChar.self), Int32(buffer.count), nil, nil,
                          Int32(XML_PARSE_NONET.rawValue | XML_PARSE_NOERROR.rawValue | XML_PARSE_NOWARNING.rawValue))
        }
        guard let document else { return ["not well-formed XML"] }
        defer { xmlFreeDoc(document) }
        let status = xmlSchemaValidateDoc(context, document)
        if status != 0 && collected.lines.isEmpty { return ["invalid (libxml2 status \(status))"] }
        return collected.lines
    }

    private final class Messages {
        var lines: [String] = []
    }
}

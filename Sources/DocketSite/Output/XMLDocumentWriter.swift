import CLibXML2
import DocketText
import Foundation

/// libxml2's streaming writer into memory: well-formed XML with correct escaping, which
/// string concatenation would have to get right by hand.
struct XMLDocumentWriter {
    private let buffer: xmlBufferPtr
    private let writer: xmlTextWriterPtr

    init() {
        buffer = xmlBufferCreate()
        writer = xmlNewTextWriterMemory(buffer, 0)
        xmlTextWriterSetIndent(writer, 1)
        xmlTextWriterSetIndentString(writer, "  ")
        xmlTextWriterStartDocument(writer, "1.0", "UTF-8", nil)
    }

    func start(_ name: String, namespace: String? = nil) {
        xmlTextWriterStartElement(writer, name)
        if let namespace { attribute("xmlns", namespace) }
    }

    func attribute(_ name: String, _ value: String) {
        xmlTextWriterWriteAttribute(writer, name, value.withoutForbiddenCodePoints)
    }

    func end() {
        xmlTextWriterEndElement(writer)
    }

    func element(_ name: String, _ text: String, attributes: [(String, String)] = []) {
        start(name)
        for (key, value) in attributes { attribute(key, value) }
        xmlTextWriterWriteString(writer, text.withoutForbiddenCodePoints)
        end()
    }

    /// Ends the document and frees the writer; the writer is unusable afterwards.
    func finish() -> Data {
        xmlTextWriterEndDocument(writer)
        xmlFreeTextWriter(writer)
        let data = Data(bytes: xmlBufferContent(buffer), count: Int(xmlBufferLength(buffer)))
        xmlBufferFree(buffer)
        return data
    }
}

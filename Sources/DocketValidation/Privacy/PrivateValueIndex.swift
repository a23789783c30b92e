import DocketContent
import DocketDomain
import DocketValues

/// One value of a private field (docs/spec.md §3: every `email`): what it is, and the
/// file that holds it.
public struct PrivateValue: Hashable, Sendable {
    /// The value trimmed, its ASCII letters lower-cased: matching ignores ASCII case.
    public let bytes: [UInt8]
    /// The file that holds it (the first in path order when several do).
    public let owner: String
    /// What the value is, for messages that must not quote it: "e-mail address".
    public let what: String
}

/// Every private value of the content, read from the parsed files against the schemas'
/// `isPrivate` marks (a field added later and marked private is included without a change
/// here), and found again in any text.
///
/// Values are read from the parsed trees, not the checked records, so an address that
/// broke its own rule is still known (and still redacted from messages). Only free-text
/// private fields give values: a yes/no, a number or a date is a common word and tells no
/// secret when repeated (`would_work_again: yes`).
///
/// Lookups start at each `@` of a text (texts have few) and look the spans around it up
/// in hash tables keyed by the domain and the local part, by the lengths the values have:
/// the cost is per `@`, not per value. A private value of another free-text type (none
/// exists today) is searched for as a plain substring.
public struct PrivateValueIndex: Sendable {
    public private(set) var values: [PrivateValue] = []
    /// Every address-shaped value by its text (lower-cased), to its index in `values`.
    /// Keys are strings: hashing them is one pass over contiguous bytes, where an array of
    /// bytes is hashed element by element.
    private var addresses: [String: Int] = [:]
    /// The lengths of the local parts the addresses of each domain have, ascending.
    private var localLengths: [String: [Int]] = [:]
    private var domainLengths: [Int] = []
    private var maxLocalLength = 0
    private var maxDomainLength = 0
    /// Indexes into `values` of the values searched for as substrings.
    private var plain: [Int] = []

    public var isEmpty: Bool { values.isEmpty }
    /// Every value is found from an `@`: a text without one (in any reading) holds none.
    var isAnchoredOnly: Bool { plain.isEmpty }

    /// The private values of `documents`.
    public init(documents: [SourceDocument]) {
        let found = documents.parallelMap { document in
            Self.privateTexts(in: document).compactMap { text, type, what -> (String, String)? in
                let bytes = Self.trimmedLowercased(text)
                return Self.isSearchable(bytes, type: type) ? (String(decoding: bytes, as: UTF8.self), what) : nil
            }
        }
        var owners: [String: (owner: String, what: String)] = [:]
        for (document, values) in zip(documents, found) {
            for (value, what) in values {
                if let known = owners[value], !document.path.utf8.lexicographicallyPrecedes(known.owner.utf8) { continue }
                owners[value] = (document.path, what)
            }
        }
        self.init(values: owners.sorted { $0.key < $1.key }.map { PrivateValue(bytes: Array($0.key.utf8), owner: $0.value.owner, what: $0.value.what) })
    }

    /// `values` in the order given (`init(documents:)` sorts them).
    init(values: [PrivateValue]) {
        self.values = values
        var lengths: [String: Set<Int>] = [:]
        for (index, value) in values.enumerated() {
            guard Self.isAddressShaped(value.bytes), let at = value.bytes.firstIndex(of: ASCII.at) else {
                plain.append(index)
                continue
            }
            addresses[String(decoding: value.bytes, as: UTF8.self)] = index
            lengths[String(decoding: value.bytes[(at + 1)...], as: UTF8.self), default: []].insert(at)
            maxLocalLength = max(maxLocalLength, at)
            maxDomainLength = max(maxDomainLength, value.bytes.count - at - 1)
        }
        localLengths = lengths.mapValues { $0.sorted() }
        domainLengths = Set(localLengths.keys.map(\.utf8.count)).sorted()
    }

    /// Where private values occur in `text`: byte ranges of its UTF-8 and the value found.
    /// Overlapping occurrences are all listed.
    public func occurrences(in text: [UInt8]) -> [(range: Range<Int>, value: PrivateValue)] {
        guard !values.isEmpty else { return [] }
        var found: [(Range<Int>, PrivateValue)] = []
        if !addresses.isEmpty {
            var index = 0
            while let at = text[index...].firstIndex(of: ASCII.at) {
                found += occurrences(around: at, in: text)
                index = at + 1
            }
        }
        for valueIndex in plain {
            found += Self.ranges(of: values[valueIndex].bytes, in: text).map { ($0, values[valueIndex]) }
        }
        return found
    }

    private func occurrences(around at: Int, in text: [UInt8]) -> [(Range<Int>, PrivateValue)] {
        var left = at
        while left > 0, at - left < maxLocalLength, EmailAddress.isLocalPartByte(text[left - 1]) { left -= 1 }
        var right = at + 1
        while right < text.count, right - at - 1 < maxDomainLength, Self.isDomainByte(text[right]) { right += 1 }
        var found: [(Range<Int>, PrivateValue)] = []
        for length in domainLengths {
            guard at + 1 + length <= right else { break }
            let domain = Self.lowercasedString(text[(at + 1)..<(at + 1 + length)])
            guard let locals = localLengths[domain] else { continue }
            for localLength in locals {
                guard at - localLength >= left else { break }
                let range = (at - localLength)..<(at + 1 + length)
                if let valueIndex = addresses[Self.lowercasedString(text[range])] {
                    found.append((range, values[valueIndex]))
                }
            }
        }
        return found
    }

    private static func lowercasedString(_ bytes: ArraySlice<UInt8>) -> String {
        String(decoding: bytes.map(\.asciiLowercased), as: UTF8.self)
    }

    /// Every occurrence of `needle` (lower-cased already) in `text`, ignoring ASCII case.
    private static func ranges(of needle: [UInt8], in text: [UInt8]) -> [Range<Int>] {
        guard !needle.isEmpty, text.count >= needle.count else { return [] }
        var found: [Range<Int>] = []
        for start in 0...(text.count - needle.count) where text[start].asciiLowercased == needle[0] {
            var offset = 1
            while offset < needle.count, text[start + offset].asciiLowercased == needle[offset] { offset += 1 }
            if offset == needle.count { found.append(start..<(start + needle.count)) }
        }
        return found
    }

    /// The value as its field reads it (trimmed of white space), ASCII lower-cased. Only
    /// a value with non-ASCII bytes needs the grapheme-aware trim.
    private static func trimmedLowercased(_ text: String) -> [UInt8] {
        var bytes = Array(text.utf8)
        guard bytes.allSatisfy(\.isASCII) else { return Array(TextLength.trimmed(text).utf8).map(\.asciiLowercased) }
        while let last = bytes.last, last.isASCIIWhitespace { bytes.removeLast() }
        let start = bytes.firstIndex { !$0.isASCIIWhitespace } ?? bytes.endIndex
        return bytes[start...].map(\.asciiLowercased)
    }

    /// An e-mail field's value is searched for when it has the shape of an address (an
    /// `email: jeanne` is reported by its own rule, and is no secret to look for in
    /// every name); another free-text value when it has at least `minimumPlainLength`
    /// bytes, so that a short word is not found everywhere.
    private static func isSearchable(_ bytes: [UInt8], type: FieldType) -> Bool {
        if case .email = type { return isAddressShaped(bytes) }
        return bytes.count >= minimumPlainLength
    }

    static let minimumPlainLength = 5

    private static func isAddressShaped(_ bytes: [UInt8]) -> Bool {
        guard let at = bytes.firstIndex(of: ASCII.at), at > 0, at + 1 < bytes.count else { return false }
        return bytes[..<at].allSatisfy(EmailAddress.isLocalPartByte) && bytes[(at + 1)...].allSatisfy(isDomainByte)
    }

    static func isDomainByte(_ byte: UInt8) -> Bool {
        byte.isASCIIAlphanumeric || byte == ASCII.minus || byte == ASCII.dot
    }

    /// The texts of the private fields of one parsed document, with their type and what
    /// each is.
    static func privateTexts(in document: SourceDocument) -> [(String, FieldType, String)] {
        var texts: [(String, FieldType, String)] = []
        collect(document.root, as: .record(EntitySchemas.schema(for: document.kind)), field: nil, into: &texts)
        return texts
    }

    /// `field` is the private field the node belongs to, if it belongs to one.
    private static func collect(_ node: ContentNode, as type: FieldType, field: FieldSchema?, into texts: inout [(String, FieldType, String)]) {
        switch (type, node) {
        case (.record(let schema), .mapping(let entries, _)):
            // Outside a private field only the fields that lead to private text are walked:
            // most records hold none at any depth (a request: its `email` alone).
            let fields = field == nil ? (fieldsToPrivateText[schema.name] ?? []) : schema.fields
            guard !fields.isEmpty else { return }
            for entry in entries {
                guard let inner = fields.first(where: { $0.key == entry.key.text }) else { continue }
                collect(entry.value, as: inner.type, field: field ?? (inner.isPrivate ? inner : nil), into: &texts)
            }
        case (.list(let item, _, _), .sequence(let nodes, _)):
            for node in nodes { collect(node, as: item, field: field, into: &texts) }
        case (_, .scalar(let scalar)):
            guard let field, !scalar.isNull, let what = freeTextDescription(of: type, key: field.key) else { return }
            texts.append((scalar.text, type, what))
        default:
            return
        }
    }

    /// For each record (by schema name), its fields that are private free text or lead to
    /// some at a deeper level; records without any are left out.
    private static let fieldsToPrivateText: [String: [FieldSchema]] = {
        var table: [String: [FieldSchema]] = [:]
        func leadsToPrivateText(_ type: FieldType, isPrivate: Bool) -> Bool {
            switch type {
            case .record(let schema):
                let fields = schema.fields.filter { leadsToPrivateText($0.type, isPrivate: isPrivate || $0.isPrivate) }
                if !fields.isEmpty { table[schema.name] = fields }
                return !fields.isEmpty
            case .list(let item, _, _): return leadsToPrivateText(item, isPrivate: isPrivate)
            default: return isPrivate && freeTextDescription(of: type, key: "") != nil
            }
        }
        for kind in ContentKind.allCases { _ = leadsToPrivateText(.record(EntitySchemas.schema(for: kind)), isPrivate: false) }
        return table
    }()

    /// How a message names a private value of this type, or nil for types whose values
    /// are not free text (yes/no, numbers, dates, choices).
    private static func freeTextDescription(of type: FieldType, key: String) -> String? {
        switch type {
        case .email: return "e-mail address"
        case .text, .markdown, .url, .reference, .mediaPath: return "\(key) value"
        case .choice, .money, .moneyOrRange, .date, .boolean, .yesNo, .integer, .list, .record: return nil
        }
    }
}

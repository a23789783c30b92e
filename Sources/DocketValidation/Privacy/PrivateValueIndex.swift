import DocketContent

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
    /// Local part → value, for the addresses of one domain.
    struct Domain: Sendable {
        var locals: [[UInt8]: Int] = [:]
        var localLengths: [Int] = []
    }

    public private(set) var values: [PrivateValue] = []
    private var domains: [[UInt8]: Domain] = [:]
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
        var owners: [[UInt8]: (owner: String, what: String)] = [:]
        for document in documents {
            for (text, type, what) in Self.privateTexts(in: document) {
                let bytes = Array(TextLength.trimmed(text).utf8).map(\.asciiLowercased)
                guard Self.isSearchable(bytes, type: type) else { continue }
                if let known = owners[bytes], !document.path.utf8.lexicographicallyPrecedes(known.owner.utf8) { continue }
                owners[bytes] = (document.path, what)
            }
        }
        self.init(values: owners.map { PrivateValue(bytes: $0.key, owner: $0.value.owner, what: $0.value.what) })
    }

    init(values: [PrivateValue]) {
        self.values = values.sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }
        var localLengths: [[UInt8]: Set<Int>] = [:]
        for (index, value) in self.values.enumerated() {
            guard Self.isAddressShaped(value.bytes), let at = value.bytes.firstIndex(of: ASCII.at) else {
                plain.append(index)
                continue
            }
            let local = Array(value.bytes[..<at])
            let domain = Array(value.bytes[(at + 1)...])
            domains[domain, default: Domain()].locals[local] = index
            localLengths[domain, default: []].insert(local.count)
            maxLocalLength = max(maxLocalLength, local.count)
            maxDomainLength = max(maxDomainLength, domain.count)
        }
        for (domain, lengths) in localLengths { domains[domain]?.localLengths = lengths.sorted() }
        domainLengths = Set(domains.keys.map(\.count)).sorted()
    }

    /// Where private values occur in `text`: byte ranges of its UTF-8 and the value found.
    /// Overlapping occurrences are all listed.
    public func occurrences(in text: [UInt8]) -> [(range: Range<Int>, value: PrivateValue)] {
        guard !values.isEmpty else { return [] }
        var found: [(Range<Int>, PrivateValue)] = []
        if !domains.isEmpty {
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
            let domainKey = text[(at + 1)..<(at + 1 + length)].map(\.asciiLowercased)
            guard let domain = domains[domainKey] else { continue }
            for localLength in domain.localLengths {
                guard at - localLength >= left else { break }
                let localKey = text[(at - localLength)..<at].map(\.asciiLowercased)
                if let valueIndex = domain.locals[localKey] {
                    found.append(((at - localLength)..<(at + 1 + length), values[valueIndex]))
                }
            }
        }
        return found
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
            for entry in entries {
                guard let inner = schema.field(entry.key.text) else { continue }
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

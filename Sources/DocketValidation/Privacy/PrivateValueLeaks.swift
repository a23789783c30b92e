import DocketContent

/// `privacy.repeated-value`: no public field may repeat a private value of the content,
/// whichever file holds it (docs/spec.md §3: private fields are never in any output). A
/// request description quoting an expert's e-mail address, a bio linking to its own
/// `mailto:` address, a skill, a link title: all would be published.
///
/// A value is found in the field as written (reported where it starts in the file), and
/// in what a reader of the built page sees: percent-decoded, Unicode lower-cased, and for
/// markdown fields the rendered HTML with its entities decoded and its tags removed
/// (`alice&#64;example.com` renders as the address; reported at the field's value).
///
/// It reads every document, so it runs over all of them on every run, `docket serve`'s
/// rebuilds included: it is one pass over the public texts looking at each `@`, cheap
/// next to the schema check, and a rebuild then needs no dependencies for it.
struct PrivateValueLeaks {
    let index: PrivateValueIndex

    func check(_ documents: [CheckedDocument]) -> [Diagnostic] {
        guard !index.isEmpty else { return [] }
        return documents.parallelMap { document -> [Diagnostic] in
            var context = CheckContext(file: document.path, fileText: document.text, limits: Limits(), media: nil)
            check(document.record, schema: EntitySchemas.schema(for: document.kind), into: &context)
            return context.diagnostics
        }.flatMap { $0 }
    }

    /// docket.yml's `title`, shown on every page: a private value in it is reported at the
    /// title's value (its problems are the configuration's, not a content file's).
    func check(title: String, at source: ConfigSource?) -> [Diagnostic] {
        guard let source else { return [] }
        let bytes = Array(title.utf8)
        var found = index.occurrences(in: bytes).map(\.value)
        found += (PublishedReadings.otherReadings(of: title) + [Array(title.lowercased().utf8)])
            .flatMap { index.occurrences(in: $0).map(\.value) }
        return Set(found).sorted { $0.bytes.lexicographicallyPrecedes($1.bytes) }.map { value in
            Diagnostic(file: source.file, position: source.position, severity: Self.rule.severity,
                       rule: Self.rule.id, message: message("title", value))
        }
    }

    private func check(_ record: Record, schema: RecordSchema, into context: inout CheckContext) {
        for field in schema.fields where !field.isPrivate {
            guard let value = record[field.key] else { continue }
            check(value.value, as: field.type, key: field.key, into: &context)
        }
    }

    private func check(_ value: FieldValue, as type: FieldType, key: String, into context: inout CheckContext) {
        switch (value, type) {
        case (.text(_, let source), _):
            scan(source, html: nil, key: key, into: &context)
        case (.markdown(let source, let html), _):
            scan(source, html: html, key: key, into: &context)
        case (.list(let items), .list(let itemType, _, _)):
            for item in items { check(item.value, as: itemType, key: key, into: &context) }
        case (.record(let record), .record(let schema)):
            check(record, schema: schema, into: &context)
        default:
            return
        }
    }

    private func scan(_ source: Scalar, html: String?, key: String, into context: inout CheckContext) {
        var reported: Set<PrivateValue> = []
        // Without `@`, `%`, `&` or a character that lower-cases to ASCII, no reading of the
        // text (nor of its markdown rendering: an `@` there comes from the source, an
        // entity or a percent escape) can spell an address. Most texts stop here.
        if index.isAnchoredOnly, !PublishedReadings.mayHideAddress(source.text) { return }
        let bytes = Array(source.text.utf8)
        for (range, value) in index.occurrences(in: bytes) {
            reported.insert(value)
            context.report(Self.rule, message(key, value), in: source, utf8Offset: range.lowerBound)
        }
        var readings = PublishedReadings.otherReadings(of: source.text)
        if PublishedReadings.hasASCIILowercaseMapping(source.text) { readings.append(Array(source.text.lowercased().utf8)) }
        if let html { readings += Self.htmlReadings(html) ?? [] }
        report(readings: readings, source: source, key: key, reported: &reported, into: &context)
    }

    private static func htmlReadings(_ html: String) -> [[UInt8]]? {
        guard let rendered = PublishedReadings.readings(ofHTML: html) else { return nil }
        return rendered + rendered.flatMap { PublishedReadings.otherReadings(of: String(decoding: $0, as: UTF8.self)) }
    }

    /// Values found only in another reading are reported once each, at the field's value.
    private func report(readings: [[UInt8]], source: Scalar, key: String, reported: inout Set<PrivateValue>, into context: inout CheckContext) {
        for reading in readings {
            for (_, value) in index.occurrences(in: reading) where !reported.contains(value) {
                reported.insert(value)
                context.report(Self.rule, message(key, value), at: source.position)
            }
        }
    }

    private func message(_ key: String, _ value: PrivateValue) -> String {
        "\(key) repeats the private \(value.what) of \(value.owner), which is never published"
    }

    static let rule = Rule.privacyRepeatedValue
}

import DocketContent

/// The checks that read one content file alone: its kind's schema, the text rules of
/// requests and firm reviews, and a request's responses listed once. `SiteValidation.run`
/// applies it to every file, then adds the rules that span files (references, proposals,
/// reviews' dates, private values repeated), which this leaves out.
///
/// Public so that one document can be checked by itself, as the micro benchmarks
/// (Benchmarks/) do.
public struct DocumentChecker: Sendable {
    let limits: Limits
    let media: MediaFolder
    let requestTexts = RequestTextRules()
    let requestResponses = RequestResponseRules()
    let reviewTexts: ReviewTextRules

    /// - Parameters:
    ///   - config: the limits and review link domains in force.
    ///   - siteRoot: the folder content paths are relative to; photos are looked up in
    ///     `siteRoot/<config.contentDir>/media`.
    public init(config: SiteConfig, siteRoot: SiteRoot) {
        limits = config.limits
        media = MediaFolder(site: siteRoot, folder: config.contentDir + "/media")
        reviewTexts = ReviewTextRules(linkDomains: config.reviewLinkDomains)
    }

    public func check(_ document: SourceDocument) -> (document: CheckedDocument, diagnostics: [Diagnostic]) {
        var checker = RecordChecker(context: CheckContext(file: document.path, fileText: document.text, limits: limits, media: media))
        let schema = EntitySchemas.schema(for: document.kind)
        // A document that is not a mapping was reported whole: none of its keys could be read.
        let record = checker.checkDocument(document.root, schema: schema)
            ?? Record(position: document.root.position, rejected: Set(schema.fields.map(\.key)))
        let checked = CheckedDocument(kind: document.kind, slug: document.slug, path: document.path, text: document.text, record: record)
        switch document.kind {
        case .request:
            requestTexts.check(checked, into: &checker.context)
            requestResponses.check(checked, into: &checker.context)
        case .firm: reviewTexts.check(checked, into: &checker.context)
        case .expert, .proposal: break
        }
        return (checked, checker.context.diagnostics)
    }
}

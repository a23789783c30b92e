import DocketContent
import DocketDomain

/// What the rules that read a document's fields need, read from its record once, when the
/// document is checked: with `DocumentDecoder`, the only code after the schema check that
/// names a field by its key. Fields that broke their rule are absent (already reported).
public struct CheckedFields: Sendable {
    /// A request's responding experts, as listed.
    public let responses: [Located<String>]
    /// False when a request's `responses` broke its rule: who responded is unknown.
    public let responsesAreKnown: Bool
    /// A request's description, to point inside it.
    public let description: Scalar?
    /// An expert's firm, and photo (a path in the media folder).
    public let firm: Located<String>?
    public let photo: Located<String>?
    /// A proposal's request and expert.
    public let request: Located<String>?
    public let expert: Located<String>?
    public let proposal: ProposalFields?
    /// A firm's reviews.
    public let reviews: [ReviewFields]

    public struct ReviewFields: Sendable {
        public let proposal: Located<String>?
        /// The review text, to point inside it.
        public let text: Scalar?
    }

    init(kind: ContentKind, record: Record) {
        responses = kind == .request ? record.texts("responses") : []
        responsesAreKnown = !record.rejected.contains("responses")
        description = kind == .request ? record.scalar("description") : nil
        firm = kind == .expert ? record.text("firm") : nil
        photo = kind == .expert ? record.text("photo") : nil
        request = kind == .proposal ? record.text("request") : nil
        expert = kind == .proposal ? record.text("expert") : nil
        proposal = kind == .proposal ? ProposalFields(record) : nil
        reviews = kind == .firm ? record.records("reviews").map { ReviewFields(proposal: $0.text("proposal"), text: $0.scalar("text")) } : []
    }
}

private extension Record {
    /// The scalar a text field was written as.
    func scalar(_ key: String) -> Scalar? {
        guard let field = self[key], case .text(_, let source) = field.value else { return nil }
        return source
    }
}

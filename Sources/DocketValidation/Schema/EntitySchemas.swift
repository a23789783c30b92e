import DocketContent
import DocketDomain

/// The content types of docs/spec.md §3 as data. The validator walks these; `docket schema` and
/// the docs print them.
public enum EntitySchemas {
    public static func schema(for kind: ContentKind) -> RecordSchema {
        switch kind {
        case .request: return request
        case .expert: return expert
        case .firm: return firm
        case .proposal: return proposal
        }
    }

    public static let budgets = ["50-100", "100-1000", "1000-10000", "10000+", "unknown"]
    public static let requestCountries = ["anywhere", "FR", "GB", "US"]
    public static let countries = ["US", "FR", "GB"]
    public static let certificationLevels = CertificationLevel.allCases.map(\.rawValue)
    public static let proposalStatuses = ProposalStatus.allCases.map(\.rawValue)
    public static let paymentStatuses = PaymentStatus.allCases.map(\.rawValue)
    public static let permissionStatuses = PermissionStatus.allCases.map(\.rawValue)
    static let webSchemes = ["http", "https"]

    public static let request = RecordSchema(name: "request", fields: [
        FieldSchema("title", rule: "request.title", required: true, .text()),
        FieldSchema("description", rule: "request.description", required: true, .text(collapsesWhitespace: true)),
        FieldSchema("budget", rule: "request.budget", required: true, .choice(budgets)),
        FieldSchema("country", rule: "request.country", required: true, .choice(requestCountries)),
        FieldSchema("name", rule: "request.name", required: true, .text()),
        FieldSchema("email", rule: "request.email", required: true, .email, private: true),
        FieldSchema("created", rule: "request.created", required: true, .date),
        FieldSchema("accepting_responses", rule: "request.accepting_responses", .boolean),
        FieldSchema("responses", rule: "request.responses", .list(of: .reference(.expert))),
    ])

    public static let certification = RecordSchema(name: "certification", fields: [
        FieldSchema("name", rule: "certification.name", required: true, .text()),
        FieldSchema("level", rule: "certification.level", required: true, .choice(certificationLevels)),
    ])

    public static let link = RecordSchema(name: "link", fields: [
        FieldSchema("title", rule: "link.title", required: true, .text()),
        FieldSchema("url", rule: "link.url", required: true, .url(schemes: webSchemes)),
    ])

    public static let expert = RecordSchema(name: "expert", fields: [
        FieldSchema("name", rule: "expert.name", required: true, .text()),
        FieldSchema("email", rule: "expert.email", required: true, .email, private: true),
        FieldSchema("country", rule: "expert.country", required: true, .choice(countries)),
        FieldSchema("firm", rule: "expert.firm", .reference(.firm)),
        FieldSchema("photo", rule: "expert.photo", .mediaPath),
        FieldSchema("certifications", rule: "expert.certifications", required: true, .list(of: .record(certification), min: 1)),
        FieldSchema("hourly_rate", rule: "expert.hourly_rate", .moneyOrRange),
        FieldSchema("bio", rule: "expert.bio", required: true, .markdown(.profile)),
        FieldSchema("skills", rule: "expert.skills", .list(of: .text(), max: 20)),
        FieldSchema("links", rule: "expert.links", .list(of: .record(link))),
    ])

    public static let review = RecordSchema(name: "review", fields: [
        FieldSchema("rating", rule: "review.rating", required: true, .integer(1...5)),
        FieldSchema("text", rule: "review.text", .text()),
        FieldSchema("author", rule: "review.author", required: true, .text()),
        FieldSchema("date", rule: "review.date", required: true, .date),
        FieldSchema("proposal", rule: "review.proposal", required: true, .reference(.proposal)),
        FieldSchema("would_work_again", rule: "review.would_work_again", .yesNo, private: true),
    ])

    public static let firm = RecordSchema(name: "firm", fields: [
        FieldSchema("name", rule: "firm.name", required: true, .text()),
        FieldSchema("country", rule: "firm.country", required: true, .choice(countries)),
        FieldSchema("about", rule: "firm.about", .markdown(.profile)),
        FieldSchema("reviews", rule: "firm.reviews", .list(of: .record(review))),
    ])

    public static let milestone = RecordSchema(name: "milestone", fields: [
        FieldSchema("title", rule: "milestone.title", required: true, .text()),
        FieldSchema("amount", rule: "milestone.amount", .money),
        FieldSchema("due", rule: "milestone.due", .date),
    ])

    public static let payment = RecordSchema(name: "payment", fields: [
        FieldSchema("amount", rule: "payment.amount", required: true, .money),
        FieldSchema("description", rule: "payment.description", required: true, .text()),
        FieldSchema("requested", rule: "payment.requested", required: true, .date),
        FieldSchema("status", rule: "payment.status", required: true, .choice(paymentStatuses)),
        FieldSchema("decided", rule: "payment.decided", .date),
        FieldSchema("final", rule: "payment.final", .boolean),
    ])

    public static let permission = RecordSchema(name: "permission", fields: [
        FieldSchema("policy", rule: "permission.policy", required: true, .choice(PermissionPolicy.all.map(\.name))),
        FieldSchema("description", rule: "permission.description", .text()),
        FieldSchema("status", rule: "permission.status", required: true, .choice(permissionStatuses)),
    ])

    public static let proposal = RecordSchema(name: "proposal", fields: [
        FieldSchema("request", rule: "proposal.request", required: true, .reference(.request)),
        FieldSchema("expert", rule: "proposal.expert", required: true, .reference(.expert)),
        FieldSchema("title", rule: "proposal.title", required: true, .text()),
        FieldSchema("status", rule: "proposal.status", .choice(proposalStatuses)),
        FieldSchema("created", rule: "proposal.created", required: true, .date),
        FieldSchema("total", rule: "proposal.total", required: true, .money),
        FieldSchema("body", rule: "proposal.body", required: true, .markdown(.proposal)),
        FieldSchema("milestones", rule: "proposal.milestones", .list(of: .record(milestone))),
        FieldSchema("payment_requests", rule: "proposal.payment_requests", .list(of: .record(payment))),
        FieldSchema("permission_requests", rule: "proposal.permission_requests", .list(of: .record(permission))),
    ])
}

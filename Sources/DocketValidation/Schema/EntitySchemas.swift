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
        FieldSchema("title", rule: .requestTitle, required: true, .text()),
        FieldSchema("description", rule: .requestDescription, required: true, .text(collapsesWhitespace: true)),
        FieldSchema("budget", rule: .requestBudget, required: true, .choice(budgets)),
        FieldSchema("country", rule: .requestCountry, required: true, .choice(requestCountries)),
        FieldSchema("name", rule: .requestName, required: true, .text()),
        FieldSchema("email", rule: .requestEmail, required: true, .email, private: true),
        FieldSchema("created", rule: .requestCreated, required: true, .date),
        FieldSchema("accepting_responses", rule: .requestAcceptingResponses, .boolean),
        FieldSchema("responses", rule: .requestResponses, .list(of: .reference(.expert))),
    ])

    public static let certification = RecordSchema(name: "certification", fields: [
        FieldSchema("name", rule: .certificationName, required: true, .text()),
        FieldSchema("level", rule: .certificationLevel, required: true, .choice(certificationLevels)),
    ])

    public static let link = RecordSchema(name: "link", fields: [
        FieldSchema("title", rule: .linkTitle, required: true, .text()),
        FieldSchema("url", rule: .linkUrl, required: true, .url(schemes: webSchemes)),
    ])

    public static let expert = RecordSchema(name: "expert", fields: [
        FieldSchema("name", rule: .expertName, required: true, .text()),
        FieldSchema("email", rule: .expertEmail, required: true, .email, private: true),
        FieldSchema("country", rule: .expertCountry, required: true, .choice(countries)),
        FieldSchema("firm", rule: .expertFirm, .reference(.firm)),
        FieldSchema("photo", rule: .expertPhoto, .mediaPath),
        FieldSchema("certifications", rule: .expertCertifications, required: true, .list(of: .record(certification), min: 1)),
        FieldSchema("hourly_rate", rule: .expertHourlyRate, .moneyOrRange),
        FieldSchema("bio", rule: .expertBio, required: true, .markdown(.profile)),
        FieldSchema("skills", rule: .expertSkills, .list(of: .text(), max: 20)),
        FieldSchema("links", rule: .expertLinks, .list(of: .record(link))),
    ])

    public static let review = RecordSchema(name: "review", fields: [
        FieldSchema("rating", rule: .reviewRating, required: true, .integer(1...5)),
        FieldSchema("text", rule: .reviewText, .text()),
        FieldSchema("author", rule: .reviewAuthor, required: true, .text()),
        FieldSchema("date", rule: .reviewDate, required: true, .date),
        FieldSchema("proposal", rule: .reviewProposal, required: true, .reference(.proposal)),
        FieldSchema("would_work_again", rule: .reviewWouldWorkAgain, .yesNo, private: true),
    ])

    public static let firm = RecordSchema(name: "firm", fields: [
        FieldSchema("name", rule: .firmName, required: true, .text()),
        FieldSchema("country", rule: .firmCountry, required: true, .choice(countries)),
        FieldSchema("about", rule: .firmAbout, .markdown(.profile)),
        FieldSchema("reviews", rule: .firmReviews, .list(of: .record(review))),
    ])

    public static let milestone = RecordSchema(name: "milestone", fields: [
        FieldSchema("title", rule: .milestoneTitle, required: true, .text()),
        FieldSchema("amount", rule: .milestoneAmount, .money),
        FieldSchema("due", rule: .milestoneDue, .date),
    ])

    public static let payment = RecordSchema(name: "payment", fields: [
        FieldSchema("amount", rule: .paymentAmount, required: true, .money),
        FieldSchema("description", rule: .paymentDescription, required: true, .text()),
        FieldSchema("requested", rule: .paymentRequested, required: true, .date),
        FieldSchema("status", rule: .paymentStatus, required: true, .choice(paymentStatuses)),
        FieldSchema("decided", rule: .paymentDecided, .date),
        FieldSchema("final", rule: .paymentFinal, .boolean),
    ])

    public static let permission = RecordSchema(name: "permission", fields: [
        FieldSchema("policy", rule: .permissionPolicy, required: true, .choice(PermissionPolicy.all.map(\.name))),
        FieldSchema("description", rule: .permissionDescription, .text()),
        FieldSchema("status", rule: .permissionStatus, required: true, .choice(permissionStatuses)),
    ])

    public static let proposal = RecordSchema(name: "proposal", fields: [
        FieldSchema("request", rule: .proposalRequest, required: true, .reference(.request)),
        FieldSchema("expert", rule: .proposalExpert, required: true, .reference(.expert)),
        FieldSchema("title", rule: .proposalTitle, required: true, .text()),
        FieldSchema("status", rule: .proposalStatus, .choice(proposalStatuses)),
        FieldSchema("created", rule: .proposalCreated, required: true, .date),
        FieldSchema("total", rule: .proposalTotal, required: true, .money),
        FieldSchema("body", rule: .proposalBody, required: true, .markdown(.proposal)),
        FieldSchema("milestones", rule: .proposalMilestones, .list(of: .record(milestone))),
        FieldSchema("payment_requests", rule: .proposalPaymentRequests, .list(of: .record(payment))),
        FieldSchema("permission_requests", rule: .proposalPermissionRequests, .list(of: .record(permission))),
    ])
}

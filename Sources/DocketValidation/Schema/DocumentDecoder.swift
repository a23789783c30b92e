import DocketContent
import DocketDomain

/// Turns a checked document into its marketplace value: the one place after the schema
/// check that reads a record's fields by key. The site model, and through it every page,
/// feed and export, starts from these values.
public enum DocumentDecoder {
    /// A document without one of its required fields: it failed validation, so asking for
    /// its value is a bug upstream.
    public struct Incomplete: Error, CustomStringConvertible, Sendable {
        public let path: String
        public var description: String { "internal error: \(path) passed validation without a required field" }
    }

    public static func expert(_ document: CheckedDocument, photo: Photo?) throws(DocumentDecoder.Incomplete) -> Expert {
        let record = document.record
        return Expert(
            slug: document.slug, name: try required(record.text("name"), document),
            country: try required(record.text("country"), document), firm: record.text("firm")?.value,
            photo: photo,
            certifications: record.records("certifications").compactMap { certification in
                guard let name = certification.text("name"), let level = certification.text("level") else { return nil }
                return Certification(name: name.value, level: level.value)
            },
            rate: hourlyRate(record), bioHTML: record.markdownHTML("bio") ?? "",
            skills: record.texts("skills").map(\.value),
            links: record.records("links").compactMap { link in
                guard let title = link.text("title"), let url = link.text("url") else { return nil }
                return WebLink(title: title.value, url: url.value)
            })
    }

    /// The firm without its experts, which come from the expert files.
    public static func firm(_ document: CheckedDocument) throws(DocumentDecoder.Incomplete) -> Firm {
        let record = document.record
        let reviews = record.records("reviews").compactMap { review -> Review? in
            guard let rating = review.integer("rating"), let author = review.text("author"),
                  let date = review.date("date"), let proposal = review.text("proposal") else { return nil }
            return Review(rating: rating, text: review.text("text")?.value, author: author.value, date: date.value, proposal: proposal.value)
        }
        return Firm(
            slug: document.slug, name: try required(record.text("name"), document),
            country: try required(record.text("country"), document), aboutHTML: record.markdownHTML("about"),
            reviews: reviews.sorted { $0.date.instant > $1.date.instant }, experts: [])
    }

    public static func request(_ document: CheckedDocument) throws(DocumentDecoder.Incomplete) -> Request {
        let record = document.record
        return Request(
            slug: document.slug, title: try required(record.text("title"), document),
            description: try required(record.text("description"), document),
            budget: try required(record.text("budget"), document), country: try required(record.text("country"), document),
            customerName: try required(record.text("name"), document), created: try required(record.date("created"), document),
            acceptingResponses: record.bool("accepting_responses") ?? true,
            responses: record.texts("responses").map(\.value))
    }

    public static func proposal(_ document: CheckedDocument, buildTime: ISODate) throws(DocumentDecoder.Incomplete) -> Proposal {
        let record = document.record
        let fields = document.fields.proposal ?? ProposalFields(record)
        let schedule = fields.schedule(at: buildTime)
        let payments = schedule.entries.compactMap { entry -> Payment? in
            let payment = entry.request
            guard let amount = payment.amount, let requested = payment.requested, let standing = entry.standing,
                  let description = payment.description else { return nil }
            return Payment(amount: amount.value, description: description, requested: requested.value,
                           standing: standing, decided: payment.decided?.value, isFinal: payment.isFinal)
        }
        let status = try required(fields.status.map { Located($0, at: record.position) }, document)
        let total = try required(fields.total, document)
        return Proposal(
            slug: document.slug, request: try required(record.text("request"), document),
            expert: try required(record.text("expert"), document), title: try required(record.text("title"), document),
            status: status, state: ProposalState(status: status, schedule: schedule),
            created: try required(record.date("created"), document),
            total: total, bodyHTML: record.markdownHTML("body") ?? "",
            milestones: record.records("milestones").compactMap { milestone in
                guard let title = milestone.text("title") else { return nil }
                return Milestone(title: title.value, amount: milestone.money("amount")?.value, due: milestone.date("due")?.value)
            },
            payments: payments,
            permissions: record.records("permission_requests").compactMap { permission in
                guard let name = permission.text("policy"), let policy = PermissionPolicy.named(name.value),
                      let status = permission.text("status").flatMap({ PermissionStatus(rawValue: $0.value) }) else { return nil }
                return Permission(policy: policy, description: permission.text("description")?.value, status: status)
            },
            account: schedule.account(total: total))
    }

    private static func hourlyRate(_ record: Record) -> HourlyRate? {
        guard let field = record["hourly_rate"] else { return nil }
        switch field.value {
        case .money(let amount): return .amount(amount)
        case .moneyRange(let min, let max): return min == max ? .amount(min) : .range(min: min, max: max)
        default: return nil
        }
    }

    /// A required field of a document that passed validation; missing means a bug upstream.
    private static func required<T>(_ value: Located<T>?, _ document: CheckedDocument) throws(Incomplete) -> T {
        guard let value else {
            throw Incomplete(path: document.path)
        }
        return value.value
    }
}

import DocketContent
import DocketDomain
import DocketValidation
import Foundation

/// Turns the checked documents of a valid site into the public `SiteModel`.
public enum SiteModelBuilder {
    public struct BuildError: Error, CustomStringConvertible, Sendable {
        public let description: String
    }

    /// - Precondition: `result` has no errors; every required field is present.
    public static func build(_ result: ValidationResult, siteRoot: String) throws(BuildError) -> SiteModel {
        var cache = SiteModelCache()
        return try build(result, siteRoot: siteRoot, reusing: &cache)
    }

    /// As `build(_:siteRoot:)`, reusing the model values of documents that did not change
    /// since the build that filled `cache` (`docket serve`).
    public static func build(_ result: ValidationResult, siteRoot: String,
                             reusing cache: inout SiteModelCache) throws(BuildError) -> SiteModel {
        let config = result.config
        let documents = result.documents
        let settings = SiteSettings(title: config.title, language: config.language, baseURL: config.baseURL,
                                    pageSize: config.pageSize, prettyURLs: config.prettyURLs)
        let mediaRoot = siteRoot + "/" + config.contentDir + "/media"
        cache.prepare(mediaRoot: mediaRoot, buildTime: result.buildTime)
        // Every order below is total, so the documents' order does not matter.
        var photos: [String: Photo] = [:]
        var experts: [Expert] = []
        for document in (documents.byKind[.expert] ?? [:]).values {
            let photo = try document.record.text("photo").map { source throws(BuildError) in
                try cache.photo(source.value) { () throws(BuildError) in try publishedPhoto(source.value, mediaRoot: mediaRoot) }
            }
            let expert = try cache.expert(for: document) { () throws(BuildError) in try self.expert(document, photo: photo) }
            if let photo = expert.photo { photos[photo.source] = photo }
            experts.append(expert)
        }
        experts.sort { ($0.name, $0.slug) < ($1.name, $1.slug) }

        // Grouped once: filtering all experts for each firm is quadratic on a large site.
        let expertsByFirm = Dictionary(grouping: experts.filter { $0.firm != nil }, by: { $0.firm! }).mapValues { $0.map(\.slug) }
        var firms: [Firm] = []
        for document in (documents.byKind[.firm] ?? [:]).values {
            let firm = try cache.firm(for: document) { () throws(BuildError) in try self.firm(document) }
            firms.append(firm.with(experts: expertsByFirm[document.slug] ?? []))
        }
        firms.sort { ($0.name, $0.slug) < ($1.name, $1.slug) }

        var requests: [Request] = []
        for document in (documents.byKind[.request] ?? [:]).values {
            requests.append(try cache.request(for: document) { () throws(BuildError) in try request(document) })
        }
        requests.sort { ($0.created.instant, $1.slug) > ($1.created.instant, $0.slug) }

        var proposals: [Proposal] = []
        for document in (documents.byKind[.proposal] ?? [:]).values {
            proposals.append(try cache.proposal(for: document) { () throws(BuildError) in
                try proposal(document, buildTime: result.buildTime)
            })
        }
        proposals.sort { $0.slug < $1.slug }
        return SiteModel(settings: settings, buildTime: result.buildTime, experts: experts, firms: firms,
                         requests: requests, proposals: proposals, photos: photos.values.sorted { $0.source < $1.source })
    }

    private static func expert(_ document: CheckedDocument, photo: Photo?) throws(BuildError) -> Expert {
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
    private static func firm(_ document: CheckedDocument) throws(BuildError) -> Firm {
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

    private static func request(_ document: CheckedDocument) throws(BuildError) -> Request {
        let record = document.record
        return Request(
            slug: document.slug, title: try required(record.text("title"), document),
            description: try required(record.text("description"), document),
            budget: try required(record.text("budget"), document), country: try required(record.text("country"), document),
            customerName: try required(record.text("name"), document), created: try required(record.date("created"), document),
            acceptingResponses: record.bool("accepting_responses") ?? true,
            responses: record.texts("responses").map(\.value))
    }

    private static func proposal(_ document: CheckedDocument, buildTime: ISODate) throws(BuildError) -> Proposal {
        let record = document.record
        let fields = ProposalFields(record)
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

    private static func publishedPhoto(_ source: String, mediaRoot: String) throws(BuildError) -> Photo {
        let bytes: [UInt8]
        do throws(RegularFile.Failure) { bytes = try RegularFile.read(mediaRoot + "/" + source) } catch {
            throw BuildError(description: "photo content/media/\(source) \(error.description)")
        }
        let name = (source as NSString).lastPathComponent
        // Only URL-safe characters in published names: no escaping needed in any link.
        let stem = String((name as NSString).deletingPathExtension.lowercased().map { $0.isASCII && ($0.isLetter || $0.isNumber) ? $0 : "-" })
        let format = ImageFormat.sniff(Array(bytes.prefix(8)))?.rawValue ?? "bin"
        let fileExtension = format == "jpeg" ? "jpg" : format
        return Photo(source: source, output: "media/\(stem)-\(ContentHash.hex(Data(bytes))).\(fileExtension)",
                     size: ImageSize(header: bytes))
    }

    /// A required field of a document that passed validation; missing means a bug upstream.
    private static func required<T>(_ value: Located<T>?, _ document: CheckedDocument) throws(BuildError) -> T {
        guard let value else {
            throw BuildError(description: "internal error: \(document.path) passed validation without a required field")
        }
        return value.value
    }
}

private extension Firm {
    func with(experts: [String]) -> Firm {
        Firm(slug: slug, name: name, country: country, aboutHTML: aboutHTML, reviews: reviews, experts: experts)
    }
}

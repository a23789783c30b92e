import DocketDomain
import DocketValidation

/// The one description of the public data export (`public/data/`): which keys each
/// entity has, in what order, and what they hold. Both the data files and their JSON
/// Schemas are made from these records.
///
/// Every value comes from the public `Site`, which has no e-mail address and no
/// private review feedback (docs/spec.md §3), so none can be exported.
enum ExportRecords {
    static func expert(_ settings: SiteSettings) -> ExportRecord<Expert> {
        ExportRecord([
            .slug("slug", "The expert's slug: its file name under content/experts/, without the extension.") { $0.slug },
            .page("page", in: "experts", "The expert's page, relative to the site root.") { page(PagePlanner.expert($0.slug), settings) },
            .optionalURL("url", "The expert's page as an absolute URL; only when docket.yml sets base_url.") { url(PagePlanner.expert($0.slug), settings) },
            .text("name", "Display name.") { $0.name },
            .choice("country", EntitySchemas.countries, "ISO 3166-1 alpha-2 country code.") { $0.country },
            .optionalSlug("firm", "Slug of the expert's firm (see firms.json).") { $0.firm },
            .optionalMediaPath("photo", "The published photo, relative to the site root.") { $0.photo?.output },
            .list("certifications", certification, "Certifications, as listed in the content.") { $0.certifications },
            ExportField("hourly_rate", .anyOf([.money, rateRange.type]), required: false,
                        "Hourly rate in US dollars: an exact decimal string (\"150.00\"), or a range {min, max}.") { expert in
                switch expert.rate {
                case .amount(let amount)?: return .string(amount.decimalText)
                case .range(let min, let max)?: return rateRange.value((min, max))
                case nil: return nil
                }
            },
            .text("bio_html", "The bio as published: HTML of the limited markdown subset (docs/spec.md §4).") { $0.bioHTML },
            .texts("skills", "Skill tags, as listed.") { $0.skills },
            .list("links", link, "Links to work, as listed.") { $0.links },
        ])
    }

    static func firm(_ settings: SiteSettings) -> ExportRecord<Firm> {
        ExportRecord([
            .slug("slug", "The firm's slug: its file name under content/firms/, without the extension.") { $0.slug },
            .page("page", in: "firms", "The firm's page, relative to the site root.") { page(PagePlanner.firm($0.slug), settings) },
            .optionalURL("url", "The firm's page as an absolute URL; only when docket.yml sets base_url.") { url(PagePlanner.firm($0.slug), settings) },
            .text("name", "The firm's name.") { $0.name },
            .choice("country", EntitySchemas.countries, "ISO 3166-1 alpha-2 country code.") { $0.country },
            .optionalText("about_html", "About the firm as published: HTML of the limited markdown subset (docs/spec.md §4).") { $0.aboutHTML },
            .slugs("experts", "Slugs of the firm's experts (see experts.json), sorted.") { $0.experts.sorted() },
            .list("reviews", review, "Reviews, newest first (as on the firm's page).") { $0.reviews },
        ])
    }

    static func request(_ settings: SiteSettings) -> ExportRecord<Request> {
        ExportRecord([
            .slug("slug", "The request's slug: its file name under content/requests/, without the extension.") { $0.slug },
            .page("page", in: "requests", "The request's page, relative to the site root.") { page(PagePlanner.request($0.slug), settings) },
            .optionalURL("url", "The request's page as an absolute URL; only when docket.yml sets base_url.") { url(PagePlanner.request($0.slug), settings) },
            .text("title", "The request's title.") { $0.title },
            .text("description", "Plain text, white space collapsed to single spaces.") { $0.description },
            .choice("budget", EntitySchemas.budgets, "Budget band in US dollars.") { $0.budget },
            .choice("country", EntitySchemas.requestCountries, "Preferred expert firm country, or anywhere.") { $0.country },
            .text("name", "The customer's preferred name, shown publicly.") { $0.customerName },
            .date("created", "When the request was made, ISO 8601 as written.") { $0.created },
            .boolean("accepting_responses", "Whether the request still takes responses.") { $0.acceptingResponses },
            .slugs("responses", "Slugs of the experts who responded (see experts.json), as listed.") { $0.responses },
        ])
    }

    static let certification = ExportRecord<Certification>([
        .text("name", "The certification's name.") { $0.name },
        .choice("level", EntitySchemas.certificationLevels, "The certification's level.") { $0.level },
    ])

    static let link = ExportRecord<WebLink>([
        .text("title", "What the link shows.") { $0.title },
        .url("url", "An http or https URL.") { $0.url },
    ])

    static let rateRange = ExportRecord<(min: Money, max: Money)>([
        ExportField("min", .money, "Lowest hourly rate, an exact decimal string in US dollars.") { .string($0.min.decimalText) },
        ExportField("max", .money, "Highest hourly rate, an exact decimal string in US dollars.") { .string($0.max.decimalText) },
    ])

    /// The public part of a review; its private feedback is not in the model at all.
    static let review = ExportRecord<Review>([
        .integer("rating", 1...5, "Stars, 1 to 5.") { $0.rating },
        .optionalText("text", "The review, plain text.") { $0.text },
        .text("author", "Who wrote the review.") { $0.author },
        .date("date", "When the review was written, ISO 8601 as written.") { $0.date },
        .slug("proposal", "Slug of the completed proposal the review is about.") { $0.proposal },
    ])

    /// How pages of the site link to it from the root: a file, or a folder with `pretty_urls`.
    static func page(_ path: SitePath, _ settings: SiteSettings) -> String {
        SitePath.home.link(to: path, pretty: settings.prettyURLs)
    }

    /// The absolute folder URL, as in the sitemap and the feed.
    static func url(_ path: SitePath, _ settings: SiteSettings) -> String? {
        settings.baseURL.map { path.absoluteURL(base: $0) }
    }
}

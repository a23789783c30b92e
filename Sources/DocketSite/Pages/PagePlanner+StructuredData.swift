import DocketDomain
import DocketValidation

/// The schema.org objects of each page, as JSON-LD (docs/decisions.md, "Structured data and
/// link previews"; docs/jsonld.schema.json is what they promise). Built from the public
/// model only, so no e-mail address and no `would_work_again` answer can reach them.
///
/// URLs: with `base_url`, absolute folder URLs and an `@id` on each entity; without it, the
/// relative links the page itself uses (JSON-LD resolves them against the page) and no `@id`.
extension PagePlanner {
    static let schemaOrg = "https://schema.org"

    /// The page's objects and its BreadcrumbList (when it has breadcrumbs), as script-safe text.
    func structuredData(_ data: [JSONObject], at path: SitePath, title: String, trail: [(String, SitePath)]) -> String? {
        var objects = data
        if !trail.isEmpty { objects.append(breadcrumbList(at: path, title: title, trail: trail)) }
        guard !objects.isEmpty else { return nil }
        let documents = objects.map { object in JSONValue.object(JSONObject([("@context", .string(Self.schemaOrg))] + object.pairs)) }
        return ScriptJSON.render(documents.count == 1 ? documents[0] : .array(documents))
    }

    /// How JSON-LD on the page at `from` names the page at `target`.
    func dataURL(of target: SitePath, from: SitePath) -> String {
        model.settings.baseURL.map { target.absoluteURL(base: $0) } ?? from.link(to: target, pretty: pretty)
    }

    func dataID(of target: SitePath, _ fragment: String) -> JSONValue? {
        model.settings.baseURL.map { .string(target.absoluteURL(base: $0) + "#" + fragment) }
    }

    /// An object of `type` with the pairs that have a value, in order.
    static func entity(_ type: String, _ pairs: [(String, JSONValue?)]) -> JSONObject {
        JSONObject([("@type", .string(type))] + pairs.compactMap { key, value in value.map { (key, $0) } })
    }

    static func text(_ value: String?) -> JSONValue? {
        value.flatMap { $0.isEmpty ? nil : .string($0) }
    }

    static func list(_ values: [JSONValue]) -> JSONValue? { values.isEmpty ? nil : .array(values) }

    // MARK: Every page

    func breadcrumbList(at path: SitePath, title: String, trail: [(String, SitePath)]) -> JSONObject {
        let steps = trail + [(title, path)]
        return Self.entity("BreadcrumbList", [("itemListElement", .array(steps.enumerated().map { index, step in
            .object(Self.entity("ListItem", [("position", .number(index + 1)), ("name", .string(step.0)),
                                             ("item", .string(dataURL(of: step.1, from: path)))]))
        }))])
    }

    func websiteData() -> JSONObject {
        Self.entity("WebSite", [("@id", dataID(of: .home, "website")), ("name", .string(model.settings.title)),
                                ("url", .string(dataURL(of: .home, from: .home))), ("inLanguage", .string(model.settings.language))])
    }

    /// One page of a listing: its items with their positions in the whole listing.
    func itemListData<Item>(_ page: ListingPage<Item>, title: String, _ describe: (Item) -> (String, SitePath)) -> JSONObject {
        Self.entity("ItemList", [
            ("name", .string(title)),
            ("numberOfItems", .number(page.itemCount)),
            ("itemListElement", .array(zip(page.items.indices, page.items).map { index, item in
                let (name, target) = describe(item)
                return .object(Self.entity("ListItem", [("position", .number(index + 1)), ("name", .string(name)),
                                                        ("url", .string(dataURL(of: target, from: page.path)))]))
            })),
        ])
    }

    // MARK: Entities

    /// The bio's first paragraph as plain text (docs/spec.md §4 profile flavour).
    func expertDescription(_ expert: Expert) -> String {
        let bio = PlainText.firstParagraph(ofHTML: expert.bioHTML)
        return bio.isEmpty ? "\(expert.name), certified cloud expert in \(DisplayText.countryInSentence(expert.country))." : bio
    }

    func firmDescription(_ firm: Firm) -> String {
        let about = firm.aboutHTML.map(PlainText.firstParagraph(ofHTML:)) ?? ""
        return about.isEmpty ? "\(firm.name), a consulting firm in \(DisplayText.countryInSentence(firm.country))." : about
    }

    func personData(_ expert: Expert, firm: Firm?) -> JSONObject {
        let path = Self.expert(expert.slug)
        let bio = PlainText.firstParagraph(ofHTML: expert.bioHTML)
        return Self.entity("Person", [
            ("@id", dataID(of: path, "person")),
            ("name", .string(expert.name)),
            ("url", .string(dataURL(of: path, from: path))),
            ("image", expert.photo.map { photo in .string(model.settings.baseURL.map { $0 + photo.output } ?? path.link(toFile: photo.output)) }),
            ("description", Self.text(bio)),
            ("knowsAbout", Self.list(expert.skills.map(JSONValue.string))),
            ("hasCredential", Self.list(expert.certifications.map { certification in
                .object(Self.entity("EducationalOccupationalCredential", [
                    ("name", .string(certification.name)), ("credentialCategory", .string("certification")),
                    ("educationalLevel", .string(DisplayText.level(certification.level))),
                ]))
            })),
            ("worksFor", firm.map { firm in
                .object(Self.entity("Organization", [("@id", dataID(of: Self.firm(firm.slug), "organization")), ("name", .string(firm.name)),
                                                     ("url", .string(dataURL(of: Self.firm(firm.slug), from: path)))]))
            }),
            ("address", .object(Self.entity("PostalAddress", [("addressCountry", .string(expert.country))]))),
        ])
    }

    func organizationData(_ firm: Firm, experts: [Expert]) -> JSONObject {
        let path = Self.firm(firm.slug)
        let ratings = firm.reviews.map(\.rating)
        return Self.entity("Organization", [
            ("@id", dataID(of: path, "organization")),
            ("name", .string(firm.name)),
            ("url", .string(dataURL(of: path, from: path))),
            ("description", Self.text(firm.aboutHTML.map(PlainText.firstParagraph(ofHTML:)))),
            ("address", .object(Self.entity("PostalAddress", [("addressCountry", .string(firm.country))]))),
            ("employee", Self.list(experts.map { expert in
                .object(Self.entity("Person", [("@id", dataID(of: Self.expert(expert.slug), "person")), ("name", .string(expert.name)),
                                               ("url", .string(dataURL(of: Self.expert(expert.slug), from: path)))]))
            })),
            ("aggregateRating", DisplayText.average(of: ratings).map { average in
                .object(Self.entity("AggregateRating", [("ratingValue", .decimal(average)), ("reviewCount", .number(ratings.count)),
                                                        ("bestRating", .number(5)), ("worstRating", .number(1))]))
            }),
            // Rating, author, date and text: never `would_work_again`, which the model does not hold.
            ("review", Self.list(firm.reviews.map { review in
                .object(Self.entity("Review", [
                    ("reviewRating", .object(Self.entity("Rating", [("ratingValue", .number(review.rating)), ("bestRating", .number(5)),
                                                                    ("worstRating", .number(1))]))),
                    ("author", .object(Self.entity("Person", [("name", .string(review.author))]))),
                    ("datePublished", .string(DisplayText.date(review.date))),
                    ("reviewBody", Self.text(review.text)),
                ]))
            })),
        ])
    }

    /// A request is a schema.org `Demand`: a public announcement that someone seeks a
    /// service, with the budget as its price range and the preferred country as its region.
    func demandData(_ request: Request) -> JSONObject {
        let path = Self.request(request.slug)
        return Self.entity("Demand", [
            ("@id", dataID(of: path, "demand")),
            ("name", .string(request.title)),
            ("url", .string(dataURL(of: path, from: path))),
            ("description", Self.text(request.description)),
            ("validFrom", .string(DisplayText.date(request.created))),
            ("eligibleRegion", request.country == "anywhere" ? nil : .string(request.country)),
            ("priceSpecification", Self.budgetRange[request.budget].map { range in
                .object(Self.entity("PriceSpecification", [("priceCurrency", .string("USD")), ("minPrice", .number(range.min)),
                                                           ("maxPrice", range.max.map(JSONValue.number))]))
            }),
        ])
    }

    /// The budgets of docs/spec.md §3 as US dollar ranges; "unknown" has none.
    static let budgetRange: [String: (min: Int, max: Int?)] = [
        "50-100": (50, 100), "100-1000": (100, 1000), "1000-10000": (1000, 10000), "10000+": (10000, nil),
    ]
}

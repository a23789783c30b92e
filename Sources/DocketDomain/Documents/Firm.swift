/// A firm and its reviews as pages show them: decoded once from a checked file by
/// `DocumentDecoder`. A review's private `would_work_again` has no place here.
public struct Firm: Sendable {
    public let slug: String
    public let name: String
    public let country: String
    public let aboutHTML: String?
    /// Newest first.
    public let reviews: [Review]
    /// Slugs of the experts whose `firm` names this firm, by name.
    public let experts: [String]

    public init(slug: String, name: String, country: String, aboutHTML: String?, reviews: [Review], experts: [String]) {
        self.slug = slug
        self.name = name
        self.country = country
        self.aboutHTML = aboutHTML
        self.reviews = reviews
        self.experts = experts
    }
}

public struct Review: Sendable {
    public let rating: Int
    public let text: String?
    public let author: String
    public let date: ISODate
    public let proposal: String

    public init(rating: Int, text: String?, author: String, date: ISODate, proposal: String) {
        self.rating = rating
        self.text = text
        self.author = author
        self.date = date
        self.proposal = proposal
    }
}

/// A customer request as pages show it: decoded once by `DocumentDecoder`; the customer's
/// e-mail address has no place here.
public struct Request: Sendable {
    public let slug: String
    public let title: String
    /// White space already collapsed (docs/spec.md §3).
    public let description: String
    public let budget: String
    public let country: String
    public let customerName: String
    public let created: ISODate
    public let acceptingResponses: Bool
    /// Expert slugs, as listed.
    public let responses: [String]

    public init(slug: String, title: String, description: String, budget: String, country: String, customerName: String, created: ISODate, acceptingResponses: Bool, responses: [String]) {
        self.slug = slug
        self.title = title
        self.description = description
        self.budget = budget
        self.country = country
        self.customerName = customerName
        self.created = created
        self.acceptingResponses = acceptingResponses
        self.responses = responses
    }
}

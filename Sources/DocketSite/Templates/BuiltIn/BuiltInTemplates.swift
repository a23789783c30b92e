/// The templates and stylesheet compiled into the binary, so `docket` needs no files
/// beside it. Each lives in its own file as a string literal.
enum BuiltInTemplates {
    static func source(of name: TemplateName) -> String {
        switch name {
        case .layout: return layout
        case .home: return home
        case .expertList: return expertList
        case .expert: return expert
        case .firmList: return firmList
        case .firm: return firm
        case .requestList: return requestList
        case .request: return request
        case .proposal: return proposal
        case .notFound: return notFound
        case .expertCard: return expertCard
        case .requestCard: return requestCard
        case .reviews: return reviews
        case .pagination: return pagination
        }
    }
}

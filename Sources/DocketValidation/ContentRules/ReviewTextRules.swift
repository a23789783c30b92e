import DocketContent
import DocketValues

/// A review text may not publish a phone number or a postal address, nor link off the
/// allowed domains. It reads the firm's own file only, so it runs with the schema check.
struct ReviewTextRules {
    let linkDomains: [String]
    private let detector: ReviewTextDetector

    init(linkDomains: [String]) {
        self.linkDomains = linkDomains
        detector = ReviewTextDetector(allowedLinkHosts: HostAllowList(linkDomains))
    }

    func check(_ firm: CheckedDocument, into context: inout CheckContext) {
        for review in firm.fields.reviews { checkText(of: review, into: &context) }
    }

    private func checkText(of review: CheckedFields.ReviewFields, into context: inout CheckContext) {
        guard let source = review.text else { return }
        for problem in detector.problems(in: source.text) {
            switch problem.kind {
            case .disallowedURL(let host):
                context.report(.reviewLinkDomain, "text links to \(host), which is not one of review_link_domains (\(linkDomains.joined(separator: ", ")))",
                               in: source, utf8Offset: problem.offset)
            case .phoneNumber:
                context.report(.reviewContactDetails, "text holds a phone number, which reviews may not publish", in: source, utf8Offset: problem.offset)
            case .postalAddress:
                context.report(.reviewContactDetails, "text holds a postal address, which reviews may not publish", in: source, utf8Offset: problem.offset)
            }
        }
    }
}

import DocketValues

// How diagnostics name what a detector found.

extension ContactDetector.Kind {
    var phrase: String {
        switch self {
        case .email: return "an e-mail address"
        case .phoneNumber: return "a phone number"
        case .url: return "a URL"
        }
    }
}

extension MarkupDetector.Kind {
    var phrase: String {
        switch self {
        case .htmlTag: return "an HTML tag"
        case .htmlComment: return "an HTML comment"
        case .htmlEntity: return "an HTML entity"
        case .strongEmphasis: return "markdown bold text"
        case .emphasis: return "markdown italic text"
        case .link: return "a markdown link"
        case .image: return "a markdown image"
        case .codeSpan: return "markdown code"
        case .codeFence: return "a markdown code block"
        case .heading: return "a markdown heading"
        case .listItem: return "a markdown list item"
        case .blockQuote: return "a markdown block quote"
        case .thematicBreak: return "a markdown horizontal rule"
        }
    }
}

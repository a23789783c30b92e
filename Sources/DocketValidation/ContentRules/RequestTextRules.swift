import DocketContent
import DocketValues

/// The request form asks customers not to share contact details, and shows the
/// description as plain text: both deserve a warning at the place they occur.
struct RequestTextRules {
    func check(_ document: CheckedDocument, into context: inout CheckContext) {
        guard let source = document.fields.description else { return }
        for match in ContactDetector.matches(in: source.text) {
            context.report(.requestContactDetails,
                           "description holds \(match.kind.phrase); customers should not share contact details in a request",
                           in: source, utf8Offset: match.offset)
        }
        if let markup = MarkupDetector.matches(in: source.text).first {
            context.report(.requestMarkup,
                           "description holds \(markup.kind.phrase); it is plain text and will be shown literally",
                           in: source, utf8Offset: markup.offset)
        }
    }
}

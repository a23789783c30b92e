/// A markdown construct outside the subset, named for the author reading
/// `docket validate`'s warning.
enum Construct: Sendable {
    case blockQuote, codeBlock, htmlBlock, thematicBreak, table, footnoteDefinition
    case heading, deepHeading, setextHeading, taskListItem, customBlock
    case codeSpan, inlineHTML, image, autolink, strikethrough, footnoteReference, customInline

    /// Shown as a paragraph of its own rather than inside the surrounding text.
    var isBlock: Bool {
        switch self {
        case .blockQuote, .codeBlock, .htmlBlock, .thematicBreak, .table, .footnoteDefinition,
             .heading, .deepHeading, .setextHeading, .customBlock:
            true
        case .taskListItem, .codeSpan, .inlineHTML, .image, .autolink, .strikethrough,
             .footnoteReference, .customInline:
            false
        }
    }

    private var name: (noun: String, isPlural: Bool) {
        switch self {
        case .blockQuote: ("block quotes", true)
        case .codeBlock: ("code blocks", true)
        case .htmlBlock: ("HTML blocks", true)
        case .thematicBreak: ("thematic breaks", true)
        case .table: ("tables", true)
        case .footnoteDefinition: ("footnote definitions", true)
        case .heading: ("headings", true)
        case .deepHeading: ("headings deeper than ###", true)
        case .setextHeading: ("underlined (setext) headings", true)
        case .taskListItem: ("task list checkboxes", true)
        case .customBlock, .customInline: ("custom nodes", true)
        case .codeSpan: ("code spans", true)
        case .inlineHTML: ("inline HTML", false)
        case .image: ("images", true)
        case .autolink: ("autolinks", true)
        case .strikethrough: ("strikethrough", false)
        case .footnoteReference: ("footnote references", true)
        }
    }

    func message(in flavour: MarkdownFlavour) -> String {
        let (noun, isPlural) = name
        return "\(noun) \(isPlural ? "are" : "is") not part of the \(flavour.rawValue) markdown subset; shown as text"
    }

    static let linkSchemeMessage =
        "links may only point to http, https or mailto URLs; this one is shown as text"
}

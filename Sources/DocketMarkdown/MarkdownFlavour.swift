/// Which part of the markdown subset a field may use (docs/spec.md §4).
public enum MarkdownFlavour: String, Sendable, CaseIterable {
    /// Proposal bodies: paragraphs, breaks, emphasis, links, lists.
    case proposal
    /// Bios and firm pages: the proposal flavour plus headings `#`–`###`.
    case profile

    /// The deepest ATX heading level the flavour renders (0: none).
    var deepestHeading: Int {
        switch self {
        case .proposal: 0
        case .profile: 3
        }
    }

    /// Headings sit two levels below the page's own `<h1>`/`<h2>`.
    static let headingShift = 2
}

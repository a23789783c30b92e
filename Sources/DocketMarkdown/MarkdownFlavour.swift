/// Which part of the markdown subset a field may use (SPEC §4).
public enum MarkdownFlavour: String, Sendable, CaseIterable {
    /// Proposal bodies: paragraphs, breaks, emphasis, links, lists.
    case proposal
    /// Bios and firm pages: the proposal flavour plus headings `#`–`###`.
    case profile
}

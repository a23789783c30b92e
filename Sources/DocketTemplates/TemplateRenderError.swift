/// A template that parsed but cannot be rendered.
public enum TemplateRenderError: Error, Sendable, Equatable {
    /// No template has this name (the page's own; a missing partial renders nothing).
    case noTemplate(String)
    /// Sections, blocks and partials nest deeper than `TemplateRenderer.maximumDepth`: a
    /// partial that includes itself, or a block whose override holds the same block.
    /// Without the limit the stack would overflow and the process die.
    /// `at` is the partial, or the `$block`, that was being entered at the limit.
    case nestedTooDeeply(template: String, at: String)

    public var message: String {
        switch self {
        case .noTemplate(let name): "there is no template named “\(name)”"
        case .nestedTooDeeply(let template, let at):
            at.hasPrefix("$")
                ? "block \(at) holds itself: nesting passed \(TemplateRenderer.maximumDepth) levels while rendering “\(template)”"
                : "“\(at)” includes itself: nesting passed \(TemplateRenderer.maximumDepth) levels while rendering “\(template)”"
        }
    }
}

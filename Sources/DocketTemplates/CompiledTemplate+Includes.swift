/// A `{{>name}}` or `{{<name}}` a template holds, with where its tag starts.
public struct PartialInclude: Sendable, Equatable {
    public let name: String
    public let tag: TagLocation
}

extension CompiledTemplate {
    /// Every partial this template includes by a name written in it, nested sections,
    /// blocks and overrides included, in the order they appear. `{{>*name}}` names its
    /// partial through a value, so only rendering knows it: it is left out.
    ///
    /// Rendering follows the Mustache spec and renders a missing partial as nothing;
    /// callers that know every template there is (`TemplateSet`) report these instead.
    public var includes: [PartialInclude] {
        var found: [PartialInclude] = []
        collectIncludes(into: &found)
        return found.sorted { ($0.tag.line, $0.tag.column) < ($1.tag.line, $1.tag.column) }
    }

    private func collectIncludes(into found: inout [PartialInclude]) {
        for token in tokens {
            switch token {
            case .section(_, let body), .invertedSection(_, let body), .blockOverride(_, let body):
                body.collectIncludes(into: &found)
            case .block(_, let defaultBody, _):
                defaultBody.collectIncludes(into: &found)
            case .partial(let name, let dynamic, _, let overrides, let tag):
                if !dynamic { found.append(PartialInclude(name: name, tag: tag)) }
                for override in (overrides ?? [:]).values { override.collectIncludes(into: &found) }
            case .text, .variable, .escaping:
                break
            }
        }
    }
}

/// Templates by name: the pages and the partials they include (`{{>name}}`, `{{<name}}`).
public struct TemplateLibrary: Sendable {
    private var templates: [String: CompiledTemplate] = [:]

    public init() {}

    public subscript(name: String) -> CompiledTemplate? {
        templates[name]
    }

    /// Parses `text` and adds it as `name`, replacing a template of that name.
    public mutating func register(_ text: String, named name: String) throws(TemplateSyntaxError) {
        templates[name] = try TemplateParser.parse(text)
    }

    /// The named template rendered with `context` as its outermost value, as UTF-8.
    public func render(_ context: TemplateData, with name: String) throws(TemplateRenderError) -> [UInt8] {
        guard let template = templates[name] else { throw .noTemplate(name) }
        var renderer = TemplateRenderer(library: self, context: context)
        renderer.render(template, TemplateRenderer.Frame())
        if renderer.tooDeep { throw .nestedTooDeeply(template: name, at: renderer.tooDeepAt ?? name) }
        return renderer.output
    }
}

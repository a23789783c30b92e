/// One page to write: where, with which template, from which context. Planning is
/// separate from rendering so that pages render on every core, in any order.
public struct PlannedPage: Sendable {
    public let path: SitePath
    public let template: TemplateName
    public let context: any PageContext
    /// Written as this file instead of `path.file` (the 404 page lives at `404.html`).
    public let fileOverride: String?

    public init(path: SitePath, template: TemplateName, context: any PageContext, fileOverride: String? = nil) {
        self.path = path
        self.template = template
        self.context = context
        self.fileOverride = fileOverride
    }

    public var file: String { fileOverride ?? path.file }
}

/// The built-in templates; a `templates/<name>.mustache` file overrides one of them.
public enum TemplateName: String, Sendable, CaseIterable {
    case layout, home, expertList = "expert-list", expert, firmList = "firm-list", firm
    case requestList = "request-list", request, proposal, notFound = "404"
    /// Partials the page templates include.
    case expertCard = "expert-card", requestCard = "request-card", reviews, pagination
}

/// What a page template receives: a plain struct of public fields (docs/templates.md).
public typealias PageContext = Encodable & Sendable

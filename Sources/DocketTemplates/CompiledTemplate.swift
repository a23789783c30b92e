/// A parsed template: what the renderer walks for every page. Names are split and
/// transforms resolved once here, so rendering never looks at template text again.
public struct CompiledTemplate: Sendable {
    let tokens: [TemplateToken]
}

enum TemplateToken: Sendable {
    case text(String)
    case variable(ValueReference, escaped: Bool)
    case section(ValueReference, CompiledTemplate)
    case invertedSection(ValueReference, CompiledTemplate)
    /// `{{$name}}…{{/name}}` outside an inheriting partial: the default, unless overridden.
    case block(name: String, default: CompiledTemplate, indentation: String?)
    /// `{{$name}}…{{/name}}` directly inside `{{<partial}}`: an override for that partial.
    case blockOverride(name: String, CompiledTemplate)
    /// `{{>name}}` and `{{<name}}…{{/name}}`; `dynamic` names it through a value (`{{>*name}}`).
    /// `tag` is where the tag starts, to report a partial that does not exist.
    case partial(name: String, dynamic: Bool, indentation: String?, overrides: [String: CompiledTemplate]?, tag: TagLocation)
    /// `{{% CONTENT_TYPE: TEXT}}` turns escaping off for the rest of the template (`HTML` on).
    case escaping(Bool)
}

/// Where a tag starts in its template: 1-based line and column (characters).
public struct TagLocation: Sendable, Equatable {
    public let line: Int
    public let column: Int
}

/// A `{{name}}` as written: which value, found how, with which transforms applied.
struct ValueReference: Sendable, Equatable {
    enum Lookup: Sendable, Equatable {
        /// `{{.}}`, and a section named by nothing: the innermost value.
        case current
        /// `{{first()}}`: the position in the list being iterated.
        case listPosition
        /// `{{.a.b}}`: from the innermost value only.
        case anchored([String])
        /// `{{a.b}}`: `a` from the innermost value that has it, then `b` inside that.
        case climbing([String])
    }

    let lookup: Lookup
    /// Applied innermost first: `{{empty(reversed(list))}}` is `[.reversed, .empty]`.
    let transforms: [TemplateTransform]
}

import DocketContent
import DocketTemplates
import DocketValidation

/// A user template that includes a partial no template provides (neither a file of the
/// templates folder nor a built-in template). Mustache renders such a partial as nothing,
/// which would publish pages with a part silently missing; Docket reports it at the tag
/// instead, as a diagnostic with a rule id (docs/decisions.md, "docket check and templates").
enum MissingPartials {
    static func check(_ library: TemplateLibrary, userTemplates: some Sequence<String>, shownAs folder: String) throws(DocketError) {
        var diagnostics: [Diagnostic] = []
        for name in userTemplates {
            guard let template = library[name] else { continue }
            for include in template.includes where library[include.name] == nil {
                diagnostics.append(Diagnostic(
                    file: folder + "/" + name + ".mustache",
                    position: SourcePosition(line: include.tag.line, column: include.tag.column),
                    severity: Rule.templatePartial.severity, rule: Rule.templatePartial.id,
                    message: "includes the partial “\(include.name)”, but there is no template of that name (neither \(folder)/\(include.name).mustache nor a built-in one)"))
            }
        }
        guard let first = diagnostics.sorted().first else { return }
        throw DocketError(.templates, file: first.file, line: first.position.line, column: first.position.column,
                            message: first.message, diagnostics: diagnostics.sorted())
    }
}

import DocketContent

/// A request lists each responding expert once (docs/spec.md §3, Request `responses`):
/// a second mention is reported where it is written, the first one stands.
struct RequestResponseRules {
    func check(_ document: CheckedDocument, into context: inout CheckContext) {
        var seen: [String: SourcePosition] = [:]
        for expert in document.fields.responses {
            if let first = seen[expert.value] {
                context.report(.requestResponses,
                               "responses lists expert '\(expert.value)' twice (first on line \(first.line)); list each expert once",
                               at: expert.position)
            } else {
                seen[expert.value] = expert.position
            }
        }
    }
}

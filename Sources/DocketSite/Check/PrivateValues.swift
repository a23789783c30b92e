import DocketContent
import DocketValidation

/// The content's private values, read only to prove they were not published.
public enum PrivateValues {
    /// Every e-mail address of every request and expert (the fields the schema marks private).
    public static func emails(in result: ValidationResult) -> [String] {
        var values: Set<String> = []
        for kind in [ContentKind.request, .expert] {
            let schema = EntitySchemas.schema(for: kind)
            let privateKeys = schema.fields.filter(\.isPrivate).map(\.key)
            for document in result.documents.all(kind) {
                for key in privateKeys {
                    if let value = document.record.text(key)?.value { values.insert(value) }
                }
            }
        }
        return values.sorted()
    }
}

import DocketContent
import DocketValidation

/// The content's private values, read only to prove they were not published.
public enum PrivateValues {
    /// Every value of every field the schema marks private, nested ones included (a
    /// request's and an expert's e-mail today), as validation found them.
    public static func emails(in result: ValidationResult) -> [String] {
        result.privateValues.values.map { String(decoding: $0.bytes, as: UTF8.self) }.sorted()
    }
}

import DocketText
import DocketValidation
import Foundation

/// The public data export under `data/`: `experts.json`, `firms.json` and
/// `requests.json`, a JSON Schema for each beside it, and `experts.csv` for
/// spreadsheets. The build writes these files and `docket serve` answers the same paths.
///
/// Each data file is `{"$schema": "<name>.schema.json", "<name>": [...]}`, entities
/// sorted by slug, keys in the order of `ExportRecords`, pretty-printed with a final
/// newline, so the same content gives the same bytes (docs/decisions.md).
public enum SiteExport {
    public static let folder = "data"

    /// Every file of the export, by path relative to the output root.
    public static func files(of model: Site) -> [String: Data] {
        Dictionary(uniqueKeysWithValues: documents.flatMap { document in
            [(document.dataPath, document.data(model)), (document.schemaPath, document.schema(model.settings))]
        } + [(csvPath, ExpertsCSV.write(model))])
    }

    /// The export file at `path` (relative to the output root), or nil if `path` is not one:
    /// only that file is made, for `docket serve`.
    public static func file(at path: String, of model: Site) -> Data? {
        if path == csvPath { return ExpertsCSV.write(model) }
        for document in documents {
            if path == document.dataPath { return document.data(model) }
            if path == document.schemaPath { return document.schema(model.settings) }
        }
        return nil
    }

    public static let csvPath = folder + "/experts.csv"

    /// Every path `files(of:)` writes, sorted.
    public static var paths: [String] {
        (documents.flatMap { [$0.dataPath, $0.schemaPath] } + [csvPath]).sorted()
    }

    /// One data file and its schema.
    struct Document: Sendable {
        /// The file's name without `.json`, and the key of its list.
        let name: String
        /// The `$defs` name of one entity in the schema.
        let entity: String
        let summary: String
        let type: @Sendable (SiteSettings) -> ExportType
        let values: @Sendable (Site) -> [JSONValue]

        var dataPath: String { SiteExport.folder + "/" + name + ".json" }
        var schemaPath: String { SiteExport.folder + "/" + name + ".schema.json" }
        var schemaName: String { name + ".schema.json" }

        func data(_ model: Site) -> Data {
            let document = JSONValue.object(JSONObject([
                ("$schema", .string(schemaName)),
                (name, .array(values(model))),
            ]))
            return Data((document.rendered() + "\n").utf8)
        }

        func schema(_ settings: SiteSettings) -> Data {
            var schema = JSONObject([("$schema", .string(JSONSchemaGenerator.draft))])
            if let base = settings.baseURL { schema["$id"] = .string(base + schemaPath) }
            schema["title"] = .string("\(settings.title.withoutForbiddenCodePoints): \(name)")
            schema["description"] = .string(summary)
            schema["type"] = .string("object")
            schema["properties"] = .object(JSONObject([
                ("$schema", .object(JSONObject([("const", .string(schemaName)), ("description", .string("This schema, relative to the data file."))]))),
                (name, .object(JSONObject([("type", .string("array")), ("items", .object(JSONObject([("$ref", .string("#/$defs/\(entity)"))])))]))),
            ]))
            schema["required"] = .array([.string(name)])
            schema["additionalProperties"] = .bool(false)
            schema["$defs"] = .object(JSONObject([(entity, .object(type(settings).schema))]))
            return Data((JSONValue.object(schema).rendered() + "\n").utf8)
        }
    }

    static let documents: [Document] = [
        Document(name: "experts", entity: "expert",
                 summary: "Every expert of the site, sorted by slug, with public fields only.",
                 type: { ExportRecords.expert($0).type },
                 values: { model in
                     let record = ExportRecords.expert(model.settings)
                     return model.experts.sorted { $0.slug < $1.slug }.map(record.value)
                 }),
        Document(name: "firms", entity: "firm",
                 summary: "Every firm of the site, sorted by slug, with its experts and public reviews.",
                 type: { ExportRecords.firm($0).type },
                 values: { model in
                     let record = ExportRecords.firm(model.settings)
                     return model.firms.sorted { $0.slug < $1.slug }.map(record.value)
                 }),
        Document(name: "requests", entity: "request",
                 summary: "Every customer request of the site, sorted by slug, with public fields only.",
                 type: { ExportRecords.request($0).type },
                 values: { model in
                     let record = ExportRecords.request(model.settings)
                     return model.requests.sorted { $0.slug < $1.slug }.map(record.value)
                 }),
    ]
}

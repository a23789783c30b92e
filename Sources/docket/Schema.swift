import ArgumentParser
import DocketContent
import DocketValidation
import Foundation

struct Schema: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Print the JSON Schema (draft 2020-12) of a content type, or of all of them, for editors."
    )

    @OptionGroup var site: SiteOptions

    @Argument(help: "expert, firm, request or proposal; all types when left out.")
    var type: ContentKind?

    func run() throws {
        // docket.yml's `limits` apply, so the editor checks the limits this site uses.
        let limits = try site.settings().limits
        let schema = type.map { JSONSchemaGenerator.schema(for: $0, limits: limits) } ?? JSONSchemaGenerator.all(limits: limits)
        FileHandle.standardOutput.write(Data((schema.rendered() + "\n").utf8))
    }
}

import ArgumentParser
import DocketReporting
import DocketValidation
import Foundation

struct Rules: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List every rule Docket checks, with its id, severity and default limits."
    )

    func run() {
        FileHandle.standardOutput.write(Data(RuleDocs.markdownTable().utf8))
    }
}

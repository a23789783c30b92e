import ArgumentParser
import DocketReporting
import DocketValidation
import Foundation

struct Validate: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check all content and report every problem at once.",
        discussion: "Exit 1 when there is an error (with --strict, also a warning), else 0."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: "How to print diagnostics: text, json, github, junit or sarif.")
    var format: DiagnosticFormat = .text

    @Flag(help: "Treat warnings as errors for the exit code.")
    var strict = false

    func run() throws {
        let result = try site.validate()
        ProcessLifetime.keepUntilExit(result)
        let report = format.render(site.shown(result.diagnostics), files: result.documents.paths.map(site.shown), strict: strict)
        FileHandle.standardOutput.write(Data(report.utf8))
        let summary = "\(result.errorCount) error\(result.errorCount == 1 ? "" : "s"), \(result.warningCount) warning\(result.warningCount == 1 ? "" : "s") in \(result.documents.count) content files\n"
        FileHandle.standardError.write(Data(summary.utf8))
        if result.errorCount > 0 || (strict && result.warningCount > 0) {
            throw ExitCode(1)
        }
    }
}

extension DiagnosticFormat: ExpressibleByArgument {}

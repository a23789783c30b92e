import ArgumentParser
import DocketSite
import DocketValidation
import Foundation

struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate the content, then build the site.",
        discussion: "With any error, prints the diagnostics, writes nothing, and exits 1."
    )

    @OptionGroup var site: SiteOptions

    @Option(help: ArgumentHelp("Where to write the site (default: output_dir of docket.yml, public).", valueName: "dir"))
    var output: String?

    @Flag(help: "Replace a non-empty output folder that Docket did not create.")
    var force = false

    @Flag(help: "Run `docket check` on the result.")
    var check = false

    func run() throws {
        let result = try site.validate()
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        if result.errorCount > 0 {
            FileHandle.standardError.write(Data(DiagnosticFormat.text.render(result.diagnostics).utf8))
            FileHandle.standardError.write(Data("\(result.errorCount) errors: nothing was written\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardError.write(Data(DiagnosticFormat.text.render(warnings).utf8))
        let templates: TemplateSet
        do {
            templates = try TemplateSet.load(overrides: site.siteRoot + "/" + result.config.templatesDir)
        } catch {
            throw commandFailure(error.description)
        }
        let destination = output ?? site.siteRoot + "/" + result.config.outputDir
        let progress = TerminalProgress.onStandardError()
        var report: SiteBuilder.Progress?
        if let progress { report = { rendered, total in progress.update(rendered, total) } }
        do {
            let summary = try SiteBuilder(result: result, siteRoot: site.siteRoot, templates: templates)
                .build(into: destination, force: force, progress: report)
            progress?.finish()
            FileHandle.standardError.write(Data("built \(summary.pageCount) pages (\(summary.fileCount) files) into \(output ?? result.config.outputDir)\n".utf8))
        } catch {
            progress?.finish()
            throw commandFailure(error.description)
        }
        if check {
            try Check.check(folder: destination, result: result)
        }
    }
}

/// A command that could not run (docs/spec.md §6): its message on stderr, and exit 2, never the
/// 1 that means "the content has errors".
func commandFailure(_ message: String) -> ExitCode {
    FileHandle.standardError.write(Data("docket: \(message)\n".utf8))
    return ExitCode(2)
}

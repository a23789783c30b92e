import ArgumentParser
import DocketReporting
import DocketSite
import DocketText
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

    @Flag(help: "Run `docket check` on the new site before it replaces the output.")
    var check = false

    func run() throws {
        let result = try site.validate()
        ProcessLifetime.keepUntilExit(result)
        let warnings = result.diagnostics.filter { $0.severity == .warning }
        if result.errorCount > 0 {
            FileHandle.standardError.write(Data(DiagnosticFormat.text.render(site.shown(result.diagnostics)).utf8))
            FileHandle.standardError.write(Data("\(result.errorCount) error\(result.errorCount == 1 ? "" : "s"): nothing was written\n".utf8))
            throw ExitCode(1)
        }
        FileHandle.standardError.write(Data(DiagnosticFormat.text.render(site.shown(warnings)).utf8))
        let templates: TemplateSet
        do {
            templates = try TemplateSet.load(overrides: site.siteRoot.templatesFolder(of: result.config), shownAs: result.config.templatesDir)
        } catch where !error.diagnostics.isEmpty {
            FileHandle.standardError.write(Data(DiagnosticFormat.text.render(site.shown(error.diagnostics)).utf8))
            FileHandle.standardError.write(Data("\(error.diagnostics.count) error\(error.diagnostics.count == 1 ? "" : "s") in the templates: nothing was written\n".utf8))
            throw ExitCode(1)
        } catch {
            throw commandFailure(error.description)
        }
        if output == nil {
            do { try OutputGuard.refuseLinks(in: result.config.outputDir, under: site.siteRoot) } catch { throw commandFailure(error.description) }
        }
        let destination = output ?? site.siteRoot.outputFolder(of: result.config)
        let progress = TerminalProgress.onStandardError()
        var report: SiteBuilder.Progress?
        if let progress { report = { rendered, total in progress.update(rendered, total) } }
        // `--check` reads the new site in its staging folder, before it replaces the
        // output: a site that fails its check is never published (docs/decisions.md).
        var checkFailure: ExitCode?
        let verify: ((String) -> String?)? = !check ? nil : { staging in
            progress?.finish()
            do { try Check.check(folder: staging, result: result, shownAs: output ?? result.config.outputDir) } catch {
                checkFailure = error as? ExitCode ?? ExitCode(2)
                return "docket check found problems in the new site: the previous site was left as it was"
            }
            return nil
        }
        do {
            let summary = try SiteBuilder(result: result, siteRoot: site.siteRoot, templates: templates)
                .build(into: destination, force: force, progress: report, verify: verify)
            progress?.finish()
            FileHandle.standardError.write(Data("built \(summary.pageCount) pages (\(summary.fileCount) files) into \(output ?? result.config.outputDir)\n".utf8))
            FileHandle.standardError.write(Data(summary.notes.map { "warning: \($0)\n" }.joined().utf8))
        } catch {
            progress?.finish()
            if let checkFailure {
                FileHandle.standardError.write(Data((error.description + "\n").utf8))
                throw checkFailure
            }
            throw commandFailure(error.description)
        }
    }
}

/// A command that could not run (docs/spec.md §6): its message on stderr, and exit 2, never the
/// 1 that means "the content has errors".
func commandFailure(_ message: String) -> ExitCode {
    // The message may name a file of the content, whose name can hold control characters.
    FileHandle.standardError.write(Data("docket: \(TerminalText.escape(message))\n".utf8))
    return ExitCode(2)
}

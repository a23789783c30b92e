import DocketContent
import Foundation

/// Why a command could not do its work, at any stage: the one error type the library's
/// throwing functions share. It names the file (and the line and column, when known) and
/// the stage, so a caller can tell a broken template from a folder it may not replace.
/// Content problems are not errors but `Diagnostic`s; an error that carries some (a
/// template's missing partials) prints them instead of its message.
public struct DocketError: Error, CustomStringConvertible, Sendable {
    public enum Stage: String, Sendable {
        /// docket.yml, the site folder, the build time: nothing could be checked.
        case setup
        /// A template: read, parsed, or rendered.
        case templates
        /// Turning the checked content into the site (a photo that cannot be read).
        case site
        /// Writing the output folder.
        case output
        /// `docket serve`'s watching.
        case preview
        /// Finding the site `docket check` reads.
        case check
    }

    public let stage: Stage
    public let file: String?
    public let line: Int?
    public let column: Int?
    public let message: String
    /// Located problems found in one pass (`template.partial`), reported like content errors.
    public var diagnostics: [Diagnostic]

    public init(_ stage: Stage, file: String? = nil, line: Int? = nil, column: Int? = nil, message: String,
                diagnostics: [Diagnostic] = []) {
        self.stage = stage
        self.file = file
        self.line = line
        self.column = column
        self.message = message
        self.diagnostics = diagnostics
    }

    public var description: String {
        guard diagnostics.isEmpty else { return diagnostics.map(\.textLine).joined(separator: "\n") }
        guard let file else { return message }
        return "\(file)\(line.map { ":\($0)" } ?? "")\(column.map { ":\($0)" } ?? ""): \(message)"
    }
}

import Foundation
import Mustache

/// A template that could not be used: its name, the line, and what is wrong. The command
/// stops with exit 2 (it could not run), naming the file to fix.
public struct TemplateError: Error, CustomStringConvertible, Sendable {
    public let file: String
    public let line: Int?
    public let column: Int?
    public let message: String

    public var description: String {
        "\(file)\(line.map { ":\($0)" } ?? "")\(column.map { ":\($0)" } ?? ""): \(message)"
    }
}

/// The built-in templates, with `templates/*.mustache` files layered on top: a file named
/// like a built-in template replaces it, any other name adds a partial.
public struct TemplateSet: Sendable {
    let library: MustacheLibrary
    /// The stylesheet and any other assets, by output path (`assets/docket.css`).
    public let assets: [String: Data]

    /// - Parameter overrides: the templates folder; nil or missing uses the built-ins only.
    public static func load(overrides folder: String?) throws(TemplateError) -> TemplateSet {
        var library = MustacheLibrary()
        for name in TemplateName.allCases {
            try register(BuiltInTemplates.source(of: name), named: name.rawValue, file: "built-in template \(name.rawValue)", into: &library)
        }
        var assets = ["assets/docket.css": Data(BuiltInTemplates.stylesheet.utf8)]
        if let folder, FileManager.default.fileExists(atPath: folder) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where name.hasSuffix(".mustache") && !name.hasPrefix(".") {
                let path = folder + "/" + name
                guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
                    throw TemplateError(file: path, line: nil, column: nil, message: "cannot be read as UTF-8 text")
                }
                try register(text, named: String(name.dropLast(".mustache".count)), file: path, into: &library)
            }
            assets.merge(try TemplateAssets.read(folder + "/assets"), uniquingKeysWith: { _, override in override })
        }
        return TemplateSet(library: library, assets: assets)
    }

    private static func register(_ source: String, named name: String, file: String, into library: inout MustacheLibrary) throws(TemplateError) {
        do {
            library.register(try MustacheTemplate(string: source), named: name)
        } catch let error as MustacheTemplate.ParserError {
            throw TemplateError(file: file, line: error.context.lineNumber, column: error.context.columnNumber,
                                message: "template syntax error: \(TemplateSet.explain(error.error)) in “\(error.context.line.trimmingCharacters(in: .whitespaces))”")
        } catch {
            throw TemplateError(file: file, line: nil, column: nil, message: "template syntax error: \(error)")
        }
    }

    static func explain(_ error: Error) -> String {
        switch error as? MustacheTemplate.Error {
        case .sectionCloseNameIncorrect?: return "a section is closed with a different name than it was opened"
        case .unfinishedName?: return "a tag is not closed"
        case .expectedSectionEnd?: return "a section is opened but never closed"
        case .invalidSetDelimiter?: return "a set-delimiter tag is malformed"
        default: return "\(error)"
        }
    }

    /// The page's HTML; nil when its template is missing (cannot happen for built-ins).
    public func render(_ page: PlannedPage) -> String? {
        library.render(TemplateValue.box(page.context), withTemplate: page.template.rawValue)
    }
}

/// Files under `templates/assets/`, published under `assets/`.
enum TemplateAssets {
    static func read(_ folder: String) throws(TemplateError) -> [String: Data] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
        var assets: [String: Data] = [:]
        while let relative = enumerator.nextObject() as? String {
            let path = folder + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                throw TemplateError(file: path, line: nil, column: nil, message: "is a symbolic link; template assets must be real files")
            }
            guard let data = FileManager.default.contents(atPath: path) else {
                throw TemplateError(file: path, line: nil, column: nil, message: "cannot be read")
            }
            assets["assets/" + relative] = data
        }
        return assets
    }
}

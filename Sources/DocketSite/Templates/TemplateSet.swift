import DocketContent
import DocketTemplates
import DocketText
import DocketValidation
import Foundation


/// The built-in templates, with `templates/*.mustache` files layered on top: a file named
/// like a built-in template replaces it, any other name adds a partial.
public struct TemplateSet: Sendable {
    let library: TemplateLibrary
    /// Where each template came from, for messages: a path, or "built-in template NAME".
    let sources: [String: String]
    /// The stylesheet and any other assets, by output path (`assets/docket.css`).
    public let assets: [String: Data]

    /// - Parameters:
    ///   - overrides: the templates folder; nil or missing uses the built-ins only.
    ///   - shownAs: that folder as diagnostics name it, relative to the site root
    ///     (`templates`); nil names it as `overrides` does.
    public static func load(overrides folder: String?, shownAs shownFolder: String? = nil) throws(DocketError) -> TemplateSet {
        var library = TemplateLibrary()
        var sources: [String: String] = [:]
        for name in TemplateName.allCases {
            sources[name.rawValue] = "built-in template \(name.rawValue)"
            try register(BuiltInTemplates.source(of: name), named: name.rawValue, file: sources[name.rawValue]!, into: &library)
        }
        var assets = ["assets/docket.css": Data(BuiltInTemplates.stylesheet.utf8)]
        if let folder, FileManager.default.fileExists(atPath: folder) {
            let names = (try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []
            for name in names.sorted() where name.hasSuffix(".mustache") && !name.hasPrefix(".") {
                let path = folder + "/" + name
                let bytes: [UInt8]
                // A link to a shared template is followed; what it names must be a file.
                do throws(RegularFile.Failure) { bytes = try RegularFile.read(path, followingLinks: true) } catch {
                    throw DocketError(.templates, file: path, line: nil, column: nil, message: error.description)
                }
                guard let text = String(validating: bytes, as: UTF8.self) else {
                    throw DocketError(.templates, file: path, line: nil, column: nil, message: "cannot be read as UTF-8 text")
                }
                let templateName = String(name.dropLast(".mustache".count))
                sources[templateName] = path
                try register(text, named: templateName, file: path, into: &library)
            }
            assets.merge(try TemplateAssets.read(folder + "/assets"), uniquingKeysWith: { _, override in override })
            try MissingPartials.check(library, userTemplates: sources.filter { $0.value.hasPrefix(folder + "/") }.keys,
                                      shownAs: shownFolder ?? folder)
        }
        return TemplateSet(library: library, sources: sources, assets: assets)
    }

    private static func register(_ source: String, named name: String, file: String, into library: inout TemplateLibrary) throws(DocketError) {
        do {
            try library.register(source, named: name)
        } catch {
            throw DocketError(.templates, file: file, line: error.line, column: error.column,
                                message: "template syntax error: \(error.message) in “\(error.lineText.trimmingCharacters(in: .whitespaces))”")
        }
    }

    /// The page's HTML.
    public func render(_ page: PlannedPage) throws(DocketError) -> String {
        String(decoding: try renderBytes(page), as: UTF8.self)
    }

    /// The page's HTML as the UTF-8 bytes written to its file.
    public func renderBytes(_ page: PlannedPage) throws(DocketError) -> [UInt8] {
        let name = page.template.rawValue
        let file = sources[name] ?? "template \(name)"
        do {
            return try library.render(try Self.encoder.encode(page.context), with: name)
        } catch let error as TemplateRenderError {
            // Name the file to fix: the partial that recurses, when it is one.
            var culprit = file
            if case .nestedTooDeeply(_, let at) = error, let source = sources[at] { culprit = source }
            throw DocketError(.templates, file: culprit, line: nil, column: nil, message: "\(error.message), for \(page.file)")
        } catch {
            throw DocketError(.templates, file: file, line: nil, column: nil, message: "cannot be given the context of \(page.file): \(error)")
        }
    }

    /// Every text leaves out what HTML and XML forbid, markdown HTML included.
    private static let encoder = TemplateDataEncoder(textFilter: { $0.withoutForbiddenCodePoints })
}

/// Files under `templates/assets/`, published under `assets/`.
enum TemplateAssets {
    static func read(_ folder: String) throws(DocketError) -> [String: Data] {
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return [:] }
        var assets: [String: Data] = [:]
        while let relative = enumerator.nextObject() as? String {
            let path = folder + "/" + relative
            var isDirectory: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory), !isDirectory.boolValue,
                  !(relative as NSString).lastPathComponent.hasPrefix(".") else { continue }
            if (try? FileManager.default.destinationOfSymbolicLink(atPath: path)) != nil {
                throw DocketError(.templates, file: path, line: nil, column: nil, message: "is a symbolic link; template assets must be real files")
            }
            do throws(RegularFile.Failure) { assets["assets/" + relative] = Data(try RegularFile.read(path)) } catch {
                throw DocketError(.templates, file: path, line: nil, column: nil, message: error.description)
            }
        }
        return assets
    }
}

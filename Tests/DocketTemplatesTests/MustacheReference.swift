import DocketTemplates
import Mustache

/// swift-mustache 2.1, the dialect's reference: the same template and data rendered by it,
/// with the data in the shape Docket gave it before (dictionaries, arrays of Any).
enum MustacheReference {
    struct Outcome: Equatable, CustomStringConvertible {
        let output: String?

        var description: String { output.map { "rendered \($0.debugDescription)" } ?? "refused" }
    }

    static func render(_ template: String, _ data: TemplateData, partials: [String: String]) -> Outcome {
        var library = MustacheLibrary()
        do {
            library.register(try MustacheTemplate(string: template), named: "page")
            for (name, text) in partials { library.register(try MustacheTemplate(string: text), named: name) }
        } catch {
            return Outcome(output: nil)
        }
        return Outcome(output: library.render(any(data), withTemplate: "page"))
    }

    static func renderWithDocket(_ template: String, _ data: TemplateData, partials: [String: String]) -> Outcome {
        var library = TemplateLibrary()
        do {
            try library.register(template, named: "page")
            for (name, text) in partials { try library.register(text, named: name) }
            return Outcome(output: String(decoding: try library.render(data, with: "page"), as: UTF8.self))
        } catch {
            return Outcome(output: nil)
        }
    }

    static func any(_ data: TemplateData) -> Any {
        switch data {
        case .text(let text): text
        case .number(let number): number
        case .flag(let flag): flag
        case .list(let items): ReferenceList(items: items.map(any))
        case .object(let object): ReferenceObject(fields: Dictionary(uniqueKeysWithValues: object.fields.map { ($0.key, any($0.value)) }))
        }
    }
}

/// An object as swift-mustache sees a dictionary, but printing as nothing, as Docket's
/// objects do (a dictionary prints its Swift description, in no fixed order).
struct ReferenceObject: MustacheParent, MustacheTransformable, CustomStringConvertible {
    let fields: [String: Any]

    func child(named name: String) -> Any? { fields[name] }
    var description: String { "" }

    func transform(_ name: String) -> Any? {
        switch name {
        case "count": fields.count
        case "empty": fields.isEmpty
        case "sorted": ReferenceList(items: fields.sorted { $0.key < $1.key }.map { ReferenceObject(fields: ["key": $0.key, "value": $0.value]) })
        default: nil
        }
    }
}

/// A list as swift-mustache sees an array, with Docket's documented differences: it
/// prints as nothing, the first or last of an empty list is no value, and lists of texts
/// or numbers sort.
struct ReferenceList: MustacheSequence, MustacheTransformable, CustomStringConvertible {
    let items: [Any]

    func makeIterator() -> IndexingIterator<[Any]> { items.makeIterator() }
    var description: String { "" }

    func transform(_ name: String) -> Any? {
        switch name {
        case "first": items.first
        case "last": items.last
        case "reversed": ReferenceList(items: items.reversed())
        case "count": items.count
        case "empty": items.isEmpty
        case "sorted":
            if let texts = items as? [String] { ReferenceList(items: texts.sorted()) }
            else if let numbers = items as? [Int] { ReferenceList(items: numbers.sorted()) }
            else { nil }
        default: nil
        }
    }
}

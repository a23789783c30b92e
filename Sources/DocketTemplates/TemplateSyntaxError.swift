/// A template that does not parse: where (1-based line and column, and that line's text)
/// and what is wrong.
public struct TemplateSyntaxError: Error, Sendable, Equatable {
    public enum Problem: Error, Sendable, Equatable {
        case sectionClosedWithAnotherName
        case unfinishedTag
        case sectionNeverClosed
        case malformedSetDelimiters
        case transformOnBlock
        case tagInsideInheritingPartial
        case malformedPragma
        case unknownPragma
        case nestedTooDeeply
    }

    public let problem: Problem
    public let line: Int
    public let column: Int
    public let lineText: String

    public var message: String {
        switch problem {
        case .sectionClosedWithAnotherName: "a section is closed with a different name than it was opened"
        case .unfinishedTag: "a tag is not closed, or its name has a character a name cannot have"
        case .sectionNeverClosed: "a section is opened but never closed"
        case .malformedSetDelimiters: "a set-delimiter tag is malformed"
        case .transformOnBlock: "a block ({{$name}}) cannot have a transform"
        case .tagInsideInheritingPartial: "only blocks ({{$name}}) can be inside an inheriting partial ({{<name}})"
        case .malformedPragma: "a pragma tag ({{% NAME: value}}) is malformed"
        case .unknownPragma: "unknown pragma; only CONTENT_TYPE: HTML or TEXT exists"
        case .nestedTooDeeply: "sections nest more than \(TemplateParser.maximumNesting) deep"
        }
    }
}

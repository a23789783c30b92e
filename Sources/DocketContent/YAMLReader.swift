internal import CYaml

/// Reads a YAML content file into a `ContentNode` tree.
///
/// It drives libyaml, the parser inside Yams, event by event rather than through Yams'
/// `Parser`, whose composer does not fit untrusted content: it recurses once per nesting
/// level, hashes whole key subtrees to find duplicates (an alias to a large anchor as a
/// key takes minutes), and reports a duplicate at its first occurrence. Here the tree is
/// built iteratively by `YAMLComposer`.
///
/// Scalars are never typed: `yes`, `12.50` and `2026-11-21` stay text with their style,
/// and each field's rule decides what it accepts. Tags (`!!str`, `!!int`, `!custom`) are
/// refused for that reason: they would claim a type the validator does not honour. Merge
/// keys (`<<`) are ordinary keys. A file holds exactly one document.
public enum YAMLReader {
    public static func read(_ text: String) throws(ParseError) -> ContentNode {
        guard let root = try readIfPresent(text) else { throw emptyFile }
        return root
    }

    /// The document `text` holds, or nil when it holds none (it is empty or only comments).
    public static func readIfPresent(_ text: String) throws(ParseError) -> ContentNode? {
        var text = text
        let result = text.withUTF8 { bytes in
            Result { () throws(ParseError) in try readDocument(bytes) }
        }
        return try result.get()
    }

    private static func readDocument(_ bytes: UnsafeBufferPointer<UInt8>) throws(ParseError) -> ContentNode? {
        guard let base = bytes.baseAddress, !bytes.isEmpty else { return nil }
        // The parser keeps a pointer to itself for string input, so it must not move.
        let parser = UnsafeMutablePointer<yaml_parser_t>.allocate(capacity: 1)
        defer { parser.deallocate() }
        guard yaml_parser_initialize(parser) == 1 else { fatalError("libyaml could not allocate its parser") }
        defer { yaml_parser_delete(parser) }
        yaml_parser_set_input_string(parser, base, bytes.count)

        var marks = YAMLMarks(bytes)
        var composer = YAMLComposer()
        var documents = 0
        var event = yaml_event_t()
        while true {
            guard yaml_parser_parse(parser, &event) == 1 else {
                throw syntaxError(parser.pointee, marks: &marks)
            }
            defer { yaml_event_delete(&event) }
            switch event.type {
            case YAML_STREAM_END_EVENT:
                return composer.root
            case YAML_DOCUMENT_START_EVENT:
                documents += 1
                guard documents == 1 else {
                    throw ParseError(
                        rule: Rule.yamlSyntax.id,
                        message: "a content file holds one YAML document; a second one starts here",
                        position: marks.position(ofCharacter: Int(event.start_mark.index))
                    )
                }
            case YAML_SCALAR_EVENT:
                let data = event.data.scalar
                let start = Int(event.start_mark.index)
                try refuseTag(data.tag, at: start, marks: &marks)
                let text = String(decoding: UnsafeBufferPointer(start: data.value, count: data.length), as: UTF8.self)
                let style = Scalar.Style(data.style)
                // An empty scalar has no token of its own to point at past the anchor.
                let position = data.anchor == nil || (text.isEmpty && style == .plain)
                    ? marks.position(ofCharacter: start)
                    : marks.positionAfterProperties(startingAt: start)
                try composer.scalar(Scalar(text: text, style: style, position: position), anchor: name(data.anchor))
            case YAML_ALIAS_EVENT:
                try composer.alias(name(event.data.alias.anchor)!, at: marks.position(ofCharacter: Int(event.start_mark.index)))
            case YAML_SEQUENCE_START_EVENT:
                let data = event.data.sequence_start
                let position = try collectionPosition(anchor: data.anchor, tag: data.tag, event: event, marks: &marks)
                try composer.startCollection(isMapping: false, anchor: name(data.anchor), at: position)
            case YAML_MAPPING_START_EVENT:
                let data = event.data.mapping_start
                let position = try collectionPosition(anchor: data.anchor, tag: data.tag, event: event, marks: &marks)
                try composer.startCollection(isMapping: true, anchor: name(data.anchor), at: position)
            case YAML_SEQUENCE_END_EVENT, YAML_MAPPING_END_EVENT:
                try composer.endCollection()
            default:
                break
            }
        }
    }

    private static let emptyFile = ParseError(rule: Rule.yamlSyntax.id, message: "the file holds no YAML document", position: .fileStart)

    private static func collectionPosition(
        anchor: UnsafeMutablePointer<yaml_char_t>?, tag: UnsafeMutablePointer<yaml_char_t>?,
        event: yaml_event_t, marks: inout YAMLMarks
    ) throws(ParseError) -> SourcePosition {
        let start = Int(event.start_mark.index)
        try refuseTag(tag, at: start, marks: &marks)
        return anchor == nil ? marks.position(ofCharacter: start) : marks.positionAfterProperties(startingAt: start)
    }

    private static func refuseTag(_ tag: UnsafeMutablePointer<yaml_char_t>?, at start: Int, marks: inout YAMLMarks) throws(ParseError) {
        guard let tag else { return }
        throw ParseError(rule: Rule.yamlTag.id, message: tagMessage(String(cString: tag)), position: marks.position(ofCharacter: start))
    }

    /// The tag is named only when it is one of YAML's own (`!!str`): any other is text the
    /// author wrote, and may be a private value that merely starts with `!` (an e-mail
    /// address such as `!ada@example.com` is valid), which no message may quote.
    static func tagMessage(_ tag: String) -> String {
        let prefix = "tag:yaml.org,2002:"
        let name = tag.hasPrefix(prefix) ? tag.dropFirst(prefix.count) : ""
        let shown = knownTags.contains(String(name)) ? "tags such as '!!\(name)' are" : "YAML tags (a value starting with '!') are"
        return "\(shown) not supported: values are read as written "
            + "and each field decides its type (quote a value to make it text)"
    }

    /// The tags of the YAML 1.1 type repository (yaml.org/type), safe to name.
    private static let knownTags: Set<String> = ["str", "int", "float", "bool", "null", "map", "seq", "binary",
                                                 "timestamp", "set", "omap", "pairs", "merge", "value", "yaml"]

    private static func name(_ anchor: UnsafeMutablePointer<yaml_char_t>?) -> String? {
        anchor.map { String(cString: $0) }
    }
}

extension Scalar.Style {
    init(_ style: yaml_scalar_style_t) {
        switch style {
        case YAML_SINGLE_QUOTED_SCALAR_STYLE: self = .singleQuoted
        case YAML_DOUBLE_QUOTED_SCALAR_STYLE: self = .doubleQuoted
        case YAML_LITERAL_SCALAR_STYLE: self = .literal
        case YAML_FOLDED_SCALAR_STYLE: self = .folded
        default: self = .plain
        }
    }
}

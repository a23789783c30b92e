internal import CYaml

extension YAMLReader {
    /// libyaml's complaint as a diagnostic: its problem where it found it, and what it was
    /// reading when that started ("could not find expected ':' (while scanning a simple
    /// key that starts at line 2, column 1)").
    static func syntaxError(_ parser: yaml_parser_t, marks: inout YAMLMarks) -> ParseError {
        let problem = parser.problem.map { String(cString: $0) } ?? "the YAML could not be read"
        switch parser.error {
        case YAML_READER_ERROR:
            // The reader names a byte offset and the character it refused.
            let position = marks.position(ofByte: Int(parser.problem_offset))
            var message = problem
            if parser.problem_value >= 0, let scalar = Unicode.Scalar(UInt32(parser.problem_value)) {
                message = "\(problem) (found \(scalar.codePointDescription))"
            }
            return ParseError(rule: Rule.yamlSyntax.id, message: message, position: position)
        case YAML_SCANNER_ERROR, YAML_PARSER_ERROR:
            let position = marks.position(ofCharacter: Int(parser.problem_mark.index))
            // libyaml's own limit (1000) counts levels its scanner has read ahead, so on
            // one long line it can trip before the composer's lower one.
            if problem.hasPrefix("Maximum nesting level reached") { return YAMLComposer.depthError(at: position) }
            var message = problem
            if let context = parser.context.map({ String(cString: $0) }) {
                let start = marks.position(ofCharacter: Int(parser.context_mark.index))
                message += start == position
                    ? " (\(context))"
                    : " (\(context) that starts at line \(start.line), column \(start.column))"
            }
            return ParseError(rule: Rule.yamlSyntax.id, message: message, position: position)
        default:
            return ParseError(rule: Rule.yamlSyntax.id, message: problem, position: .fileStart)
        }
    }
}

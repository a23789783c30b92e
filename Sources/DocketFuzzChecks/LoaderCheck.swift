import DocketContent

/// Content bytes are read as both YAML and JSON. Whatever they hold, a reader returns a
/// tree or a diagnostic, and every position it gives names a character of the file;
/// every value character maps back to a character of the file that could have produced it.
enum LoaderCheck {
    static func problems(with input: [UInt8]) -> [String] {
        let text: String
        do throws(ParseError) {
            text = try ContentText.decode(input)
        } catch {
            return error.rule == Rule.fileEncoding.id ? [] : ["decoding failed with rule \(error.rule)"]
        }
        let source = SourceText(text)
        var problems: [String] = []
        for format in [Format.yaml, .json] {
            do throws(ParseError) {
                let root = try format.read(text)
                problems += PositionCheck.treeProblems(root, in: source).map { "\(format.rawValue): \($0)" }
            } catch {
                if source.utf8Offset(of: error.position) == nil {
                    problems.append("\(format.rawValue): \(error.rule) at \(error.position), outside the file")
                }
            }
        }
        return problems
    }

    private enum Format: String {
        case yaml = "YAML", json = "JSON"

        func read(_ text: String) throws(ParseError) -> ContentNode {
            switch self {
            case .yaml: try YAMLReader.read(text)
            case .json: try JSONReader.read(text)
            }
        }
    }
}

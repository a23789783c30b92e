//
// Derived from swift-mustache 2.1.1, Sources/Mustache/Template+Parser.swift
// (part of the Hummingbird server framework project). Copyright (c) the Hummingbird authors.
// Licensed under the Apache License, Version 2.0 (LICENSES/Apache-2.0.txt).
// Changed by the Docket authors; see NOTICE.
// SPDX-License-Identifier: Apache-2.0
//

/// The pieces of a tag: text up to it, names, delimiters, pragmas, standalone lines.
extension TemplateParser {
    static let spaceOrTab: Set<Character> = [" ", "\t"]
    private static let nameCharactersWithoutBrackets = Set<Character>("0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ.-_?*")
    private static let nameCharacters = nameCharactersWithoutBrackets.union(["(", ")"])
    private static let partialNameCharacters = nameCharacters.union(["/"])

    /// Text up to the next start delimiter (consumed) or newline (not consumed).
    static func readUntilDelimiterOrNewline(_ scanner: inout TemplateScanner, state: State) throws(TemplateScanner.Overflow) -> String {
        guard let delimiterStart = state.startDelimiter.first else { return "" }
        var text = ""
        while !scanner.reachedEnd {
            text += try scanner.read(until: { $0 == "\n" || $0 == "\r\n" || $0 == delimiterStart }, throwOnOverflow: false)
            if scanner.current.isNewline {
                break
            } else if scanner.current == delimiterStart {
                if try scanner.read(string: state.startDelimiter) { break }
                text.append(delimiterStart)
                scanner.advance()
            }
        }
        return text
    }

    /// A tag's name up to and including the end delimiter: `name`, or `t2(t1(name))` as
    /// `("name", ["t2", "t1"])`.
    static func parseName(_ scanner: inout TemplateScanner, state: State) throws -> (String, [String]) {
        scanner.read(while: \.isWhitespace)
        let text = scanner.read(while: nameCharacters)
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw Failure.unfinishedTag }

        var name = TemplateScanner(text)
        let first = name.read(while: nameCharactersWithoutBrackets)
        if name.reachedEnd { return (text, []) }
        guard name.current == "(" else { throw Failure.unfinishedTag }
        name.advance()
        var transforms = [first]
        while true {
            let part = name.read(while: nameCharactersWithoutBrackets)
            switch name.current {
            case ")":
                name.advance()
                // One closing bracket for each transform, and nothing after them.
                guard name.read(while: [")"]).count + 1 == transforms.count, name.reachedEnd else { throw Failure.unfinishedTag }
                return (part, transforms)
            case "(":
                name.advance()
                transforms.append(part)
            default:
                throw Failure.unfinishedTag
            }
        }
    }

    static func parsePartialName(_ scanner: inout TemplateScanner, state: State) throws -> String {
        scanner.read(while: \.isWhitespace)
        let text = scanner.read(while: partialNameCharacters)
        scanner.read(while: \.isWhitespace)
        guard try scanner.read(string: state.endDelimiter) else { throw Failure.unfinishedTag }
        return text
    }

    /// `{{=<% %>=}}`.
    static func setDelimiters(_ scanner: inout TemplateScanner, state: State) throws -> State {
        let start: String
        let end: String
        do {
            scanner.read(while: \.isWhitespace)
            start = try scanner.read(until: \.isWhitespace, throwOnOverflow: true)
            scanner.read(while: \.isWhitespace)
            end = try scanner.read(until: { $0 == "=" || $0.isWhitespace }, throwOnOverflow: true)
            scanner.read(while: \.isWhitespace)
        } catch {
            throw Failure.malformedSetDelimiters
        }
        guard try scanner.read("="), try scanner.read(string: state.endDelimiter) else { throw Failure.malformedSetDelimiters }
        guard !start.isEmpty, !end.isEmpty else { throw Failure.malformedSetDelimiters }
        var state = state
        state.startDelimiter = start
        state.endDelimiter = end
        state.isInheritingPartialTopLevel = false
        return state
    }

    /// `{{% CONTENT_TYPE: TEXT}}` (or `HTML`), the one pragma of the dialect.
    static func readPragma(_ scanner: inout TemplateScanner, state: State) throws -> TemplateToken {
        let variable: String
        let value: String
        do {
            scanner.read(while: \.isWhitespace)
            variable = scanner.read(while: nameCharactersWithoutBrackets)
            scanner.read(while: \.isWhitespace)
            guard try scanner.read(":") else { throw Failure.malformedPragma }
            scanner.read(while: \.isWhitespace)
            value = scanner.read(while: nameCharactersWithoutBrackets)
            scanner.read(while: \.isWhitespace)
            guard try scanner.read(string: state.endDelimiter) else { throw Failure.malformedPragma }
        } catch {
            throw Failure.malformedPragma
        }
        guard !variable.isEmpty, !value.isEmpty else { throw Failure.malformedPragma }
        switch (variable, value) {
        case ("CONTENT_TYPE", "HTML"): return .escaping(true)
        case ("CONTENT_TYPE", "TEXT"): return .escaping(false)
        default: throw Failure.unknownPragma
        }
    }

    /// Whether a tag stands alone on its line; if so, the rest of the line (spaces and the
    /// newline) is consumed, so the line leaves nothing in the output.
    static func isStandalone(_ scanner: inout TemplateScanner, state: State) -> Bool {
        guard state.newLine else { return false }
        if scanner.reachedEnd { return true }
        var ahead = scanner
        ahead.read(while: spaceOrTab)
        guard ahead.current.isNewline else { return false }
        ahead.advance()
        scanner.position = ahead.position
        return true
    }

    static func reference(_ name: String, _ transforms: [String]) -> ValueReference {
        let lookup: ValueReference.Lookup
        if name == "." {
            lookup = .current
        } else if name.isEmpty, !transforms.isEmpty {
            lookup = .listPosition
        } else {
            let parts = name.split(separator: ".").map(String.init)
            if name.first == "." {
                lookup = parts.isEmpty ? .current : .anchored(parts)
            } else {
                lookup = parts.isEmpty ? .current : .climbing(parts)
            }
        }
        return ValueReference(lookup: lookup, transforms: transforms.reversed().map(TemplateTransform.init(name:)))
    }
}

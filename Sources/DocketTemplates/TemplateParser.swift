//
// Derived from swift-mustache 2.1.1, Sources/Mustache/Template+Parser.swift
// (part of the Hummingbird server framework project). Copyright (c) the Hummingbird authors.
// Licensed under the Apache License, Version 2.0 (LICENSES/Apache-2.0.txt).
// Changed by the Docket authors; see NOTICE.
// SPDX-License-Identifier: Apache-2.0
//

/// Mustache text to a `CompiledTemplate`, in the swift-mustache 2.1 dialect: the same
/// tags, the same standalone-line and indentation rules, the same errors. The structure
/// follows swift-mustache's parser on purpose (its quirks included) so that templates
/// written for it render the same; `TemplateDialectTests` compare the two.
enum TemplateParser {
    struct State {
        var sectionName: String?
        var sectionTransforms: [String] = []
        /// Where the open section's tag starts, to report a section that is never closed.
        var sectionStart = 0
        var newLine = true
        var isInheritingPartial = false
        var isInheritingPartialTopLevel = false
        var startDelimiter = "{{"
        var endDelimiter = "}}"
        var partialDefinitionIndent: String?
        /// Sections inside sections so far; parsing recurses once per level.
        var nesting = 0

        func entering(section name: String, transforms: [String] = [], at start: Int, newLine: Bool) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = transforms
            state.sectionStart = start
            state.nesting += 1
            state.isInheritingPartialTopLevel = false
            if !newLine { state.newLine = false }
            return state
        }

        func entering(inheritingPartial name: String, at start: Int) -> State {
            var state = self
            state.sectionName = name
            state.sectionTransforms = []
            state.sectionStart = start
            state.nesting += 1
            state.newLine = true
            state.isInheritingPartial = true
            state.isInheritingPartialTopLevel = true
            return state
        }
    }

    typealias Failure = TemplateSyntaxError.Problem

    static func parse(_ text: String) throws(TemplateSyntaxError) -> CompiledTemplate {
        var scanner = TemplateScanner(text)
        do {
            return CompiledTemplate(tokens: try parse(&scanner, state: State()))
        } catch let problem as Failure {
            let location = scanner.location
            throw TemplateSyntaxError(problem: problem, line: location.line, column: location.column, lineText: location.text)
        } catch {
            // The scanner ran out of text inside a tag.
            let location = scanner.location
            throw TemplateSyntaxError(problem: .unfinishedTag, line: location.line, column: location.column, lineText: location.text)
        }
    }

    /// Sections nested deeper than this are refused: parsing (and rendering) recurse once
    /// per level, and a hostile template must not overflow the stack.
    static let maximumNesting = 100

    static func parse(_ scanner: inout TemplateScanner, state initial: State) throws -> [TemplateToken] {
        guard initial.nesting <= maximumNesting else {
            scanner.position = initial.sectionStart
            throw Failure.nestedTooDeeply
        }
        var tokens: [TemplateToken] = []
        var state = initial
        var whiteSpaceBefore = ""
        while !scanner.reachedEnd {
            if state.newLine {
                let whiteSpace = scanner.read(while: spaceOrTab)
                if state.isInheritingPartial, !state.isInheritingPartialTopLevel {
                    // Inside a block override the first line's indent is the block's own.
                    if let indent = state.partialDefinitionIndent {
                        whiteSpaceBefore = String(whiteSpace.dropFirst(indent.count))
                    } else {
                        state.partialDefinitionIndent = whiteSpace
                    }
                } else {
                    whiteSpaceBefore = whiteSpace
                }
            }
            let text = try readUntilDelimiterOrNewline(&scanner, state: state)
            if scanner.current.isNewline {
                tokens.append(.text(whiteSpaceBefore + text + String(scanner.current)))
                state.newLine = true
                scanner.advance()
                continue
            }
            if !text.isEmpty {
                tokens.append(.text(whiteSpaceBefore + text))
                whiteSpaceBefore = ""
                state.newLine = false
            }
            if scanner.reachedEnd { break }
            let tagStart = scanner.position - state.startDelimiter.count
            var setNewLine = false
            switch scanner.current {
            case "#", "^":
                let inverted = scanner.current == "^"
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let body = CompiledTemplate(tokens: try parse(&scanner, state: state.entering(section: name, transforms: transforms, at: tagStart, newLine: setNewLine)))
                let reference = reference(name, transforms)
                tokens.append(inverted ? .invertedSection(reference, body) : .section(reference, body))

            case "/":
                scanner.advance()
                let namePosition = scanner.position
                let (name, transforms) = try parseName(&scanner, state: state)
                guard name == state.sectionName, transforms == state.sectionTransforms else {
                    scanner.position = namePosition
                    throw Failure.sectionClosedWithAnotherName
                }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                } else if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                return tokens

            case "!":
                scanner.advance()
                try scanner.skip(past: state.endDelimiter)
                setNewLine = isStandalone(&scanner, state: state)

            case "{", "&":
                let triple = scanner.current == "{"
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                if triple {
                    guard try scanner.read("}") else { throw Failure.unfinishedTag }
                }
                tokens.append(.variable(reference(name, transforms), escaped: false))

            case ">":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                var dynamic = false
                if scanner.current == "*" {
                    scanner.advance()
                    dynamic = true
                }
                let name = try parsePartialName(&scanner, state: state)
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                    tokens.append(.partial(name: name, dynamic: dynamic, indentation: whiteSpaceBefore, overrides: nil, tag: scanner.tagLocation(at: tagStart)))
                } else {
                    tokens.append(.partial(name: name, dynamic: dynamic, indentation: nil, overrides: nil, tag: scanner.tagLocation(at: tagStart)))
                }
                whiteSpaceBefore = ""

            case "<":
                scanner.advance()
                scanner.read(while: \.isWhitespace)
                let sectionName = try parsePartialName(&scanner, state: state)
                let dynamic = sectionName.first == "*"
                let name = dynamic ? String(sectionName.dropFirst()) : sectionName
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                }
                if isStandalone(&scanner, state: state) {
                    setNewLine = true
                }
                let body = try parse(&scanner, state: state.entering(inheritingPartial: sectionName, at: tagStart))
                var overrides: [String: CompiledTemplate] = [:]
                for token in body {
                    switch token {
                    case .blockOverride(let name, let template): overrides[name] = template
                    case .text: break
                    default: throw Failure.tagInsideInheritingPartial
                    }
                }
                tokens.append(.partial(name: name, dynamic: dynamic, indentation: whiteSpaceBefore, overrides: overrides, tag: scanner.tagLocation(at: tagStart)))
                whiteSpaceBefore = ""

            case "$":
                scanner.advance()
                let (name, transforms) = try parseName(&scanner, state: state)
                guard transforms.isEmpty else { throw Failure.transformOnBlock }
                if state.isInheritingPartialTopLevel {
                    if isStandalone(&scanner, state: state) {
                        setNewLine = true
                    }
                    let body = try parse(&scanner, state: state.entering(section: name, at: tagStart, newLine: setNewLine))
                    tokens.append(.blockOverride(name: name, CompiledTemplate(tokens: body)))
                } else {
                    if !whiteSpaceBefore.isEmpty {
                        tokens.append(.text(whiteSpaceBefore))
                    }
                    if isStandalone(&scanner, state: state) {
                        setNewLine = true
                    }
                    let body = try parse(&scanner, state: state.entering(section: name, at: tagStart, newLine: setNewLine))
                    tokens.append(.block(name: name, default: CompiledTemplate(tokens: body), indentation: whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }

            case "=":
                scanner.advance()
                state = try setDelimiters(&scanner, state: state)
                setNewLine = isStandalone(&scanner, state: state)

            case "%":
                scanner.advance()
                tokens.append(try readPragma(&scanner, state: state))
                setNewLine = isStandalone(&scanner, state: state)

            default:
                if !whiteSpaceBefore.isEmpty {
                    tokens.append(.text(whiteSpaceBefore))
                    whiteSpaceBefore = ""
                }
                let (name, transforms) = try parseName(&scanner, state: state)
                tokens.append(.variable(reference(name, transforms), escaped: true))
            }
            state.newLine = setNewLine
        }
        guard state.sectionName == nil else {
            // Reported at the tag that opened it, not at the end of the file.
            scanner.position = state.sectionStart
            throw Failure.sectionNeverClosed
        }
        return tokens
    }
}

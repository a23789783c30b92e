//
// Derived from swift-mustache 2.1.1, Sources/Mustache/Parser.swift
// (part of the Hummingbird server framework project). Copyright (c) the Hummingbird authors.
// Licensed under the Apache License, Version 2.0 (LICENSES/Apache-2.0.txt).
// Changed by the Docket authors; see NOTICE.
// SPDX-License-Identifier: Apache-2.0
//

/// A cursor over a template's characters (grapheme clusters, as swift-mustache reads them,
/// so that "\r\n" is one newline and a delimiter followed by a combining mark is not a
/// delimiter). Parsing happens once per template; rendering never touches this.
struct TemplateScanner {
    struct Overflow: Error {}

    let characters: [Character]
    var position = 0

    init(_ text: String) {
        characters = Array(text)
    }

    var reachedEnd: Bool { position == characters.count }

    /// The current character, or NUL at the end (which is neither a newline nor a space).
    var current: Character { reachedEnd ? "\0" : characters[position] }

    mutating func advance() { position += 1 }

    /// Consumes `character` when it is next; throws at the end.
    mutating func read(_ character: Character) throws(Overflow) -> Bool {
        guard !reachedEnd else { throw Overflow() }
        guard characters[position] == character else { return false }
        position += 1
        return true
    }

    /// Consumes `text` when it comes next; throws when fewer characters are left.
    mutating func read(string text: String) throws(Overflow) -> Bool {
        let wanted = Array(text)
        guard !wanted.isEmpty else { return true }
        guard characters.count - position >= wanted.count else { throw Overflow() }
        guard characters[position..<position + wanted.count].elementsEqual(wanted) else { return false }
        position += wanted.count
        return true
    }

    @discardableResult
    mutating func read(while matches: (Character) -> Bool) -> String {
        let start = position
        while !reachedEnd, matches(characters[position]) { position += 1 }
        return String(characters[start..<position])
    }

    @discardableResult
    mutating func read(while set: Set<Character>) -> String {
        read(while: { set.contains($0) })
    }

    /// Reads up to the first character that `stops`; at the end, throws (leaving the
    /// position unchanged) or returns the rest, as `throwOnOverflow` says.
    mutating func read(until stops: (Character) -> Bool, throwOnOverflow: Bool) throws(Overflow) -> String {
        let start = position
        while !reachedEnd {
            if stops(characters[position]) { return String(characters[start..<position]) }
            position += 1
        }
        if throwOnOverflow {
            position = start
            throw Overflow()
        }
        return String(characters[start..<position])
    }

    /// Skips past the first occurrence of `text` (a comment's end), matching as
    /// swift-mustache does: a partial match restarts at the next character.
    mutating func skip(past text: String) throws(Overflow) {
        let wanted = Array(text)
        guard !wanted.isEmpty else { return }
        let start = position
        var matched = 0
        while !reachedEnd {
            if characters[position] == wanted[matched] {
                matched += 1
                if matched == wanted.count {
                    position += 1
                    return
                }
            } else {
                matched = 0
            }
            position += 1
        }
        position = start
        throw Overflow()
    }

    /// Line (1-based, counting every kind of newline before the position), column (1-based,
    /// characters since the last "\n") and the text of that line, for error messages.
    var location: (line: Int, column: Int, text: String) {
        location(at: position)
    }

    /// `location` of another position: where a tag started, say.
    func location(at position: Int) -> (line: Int, column: Int, text: String) {
        var lineStart = position
        while lineStart > 0, characters[lineStart - 1] != "\n" { lineStart -= 1 }
        var lineEnd = lineStart
        while lineEnd < characters.count, characters[lineEnd] != "\n" { lineEnd += 1 }
        let line = characters[..<position].reduce(1) { $1.isNewline ? $0 + 1 : $0 }
        return (line, position - lineStart + 1, String(characters[lineStart..<lineEnd]))
    }
}

extension TemplateScanner {
    func tagLocation(at position: Int) -> TagLocation {
        let location = location(at: position)
        return TagLocation(line: location.line, column: location.column)
    }
}

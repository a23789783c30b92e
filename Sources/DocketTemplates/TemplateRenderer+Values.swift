import DocketText

//
// Derived from swift-mustache 2.1.1, Sources/Mustache/Template+Render.swift and Context.swift
// (part of the Hummingbird server framework project). Copyright (c) the Hummingbird authors.
// Licensed under the Apache License, Version 2.0 (LICENSES/Apache-2.0.txt).
// Changed by the Docket authors; see NOTICE.
// SPDX-License-Identifier: Apache-2.0
//

/// Finding the value a tag names, and writing it.
extension TemplateRenderer {
    func resolve(_ reference: ValueReference, _ frame: Frame) -> TemplateData? {
        var transforms = reference.transforms[...]
        var found: TemplateData?
        switch reference.lookup {
        case .current:
            found = stack.last
        case .listPosition:
            // `first()`: the first transform reads the list position, the rest its result.
            guard let position = frame.position, let transform = transforms.popFirst() else { return nil }
            found = transform.apply(to: position)
        case .anchored(let names):
            found = stack.last.flatMap { Self.descend(from: $0, through: names[...]) }
        case .climbing(let names):
            for value in stack.reversed() {
                if let child = Self.child(names[0], of: value) {
                    found = Self.descend(from: child, through: names.dropFirst())
                    break
                }
            }
        }
        guard var value = found else { return nil }
        for transform in transforms {
            guard let next = transform.apply(to: value) else { return nil }
            value = next
        }
        return value
    }

    private static func child(_ name: String, of value: TemplateData) -> TemplateData? {
        guard case .object(let object) = value else { return nil }
        return object[name]
    }

    private static func descend(from value: TemplateData, through names: ArraySlice<String>) -> TemplateData? {
        var value = value
        for name in names {
            guard let child = child(name, of: value) else { return nil }
            value = child
        }
        return value
    }

    /// Texts and numbers print; `true`/`false` print as words; a list or an object prints
    /// nothing (swift-mustache printed Swift's debug description of it).
    mutating func append(_ value: TemplateData, escaped: Bool) {
        switch value {
        case .text(let text):
            if escaped { HTMLEscaping.append(text, to: &output) } else { output.append(contentsOf: text.utf8) }
        case .number(let number):
            output.append(contentsOf: String(number).utf8)
        case .flag(let on):
            output.append(contentsOf: (on ? "true" : "false").utf8)
        case .list, .object:
            break
        }
    }
}

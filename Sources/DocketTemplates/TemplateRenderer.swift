//
// Derived from swift-mustache 2.1.1, Sources/Mustache/Template+Render.swift and Context.swift
// (part of the Hummingbird server framework project). Copyright (c) the Hummingbird authors.
// Licensed under the Apache License, Version 2.0 (LICENSES/Apache-2.0.txt).
// Changed by the Docket authors; see NOTICE.
// SPDX-License-Identifier: Apache-2.0
//

/// Walks a compiled template over a context and appends UTF-8 bytes: one value stack
/// shared by the whole render (pushed and popped, never copied), and what else a tag can
/// change passed down in a small `Frame`.
struct TemplateRenderer {
    /// What swift-mustache keeps in its context besides the stack.
    struct Frame {
        /// Inside a section over a list: where in it.
        var position: ListPosition?
        /// Put before every line a standalone partial or block renders after its first.
        var indentation: String?
        /// Blocks filled in by the `{{<partial}}` being rendered, outermost first.
        var overrides: [String: CompiledTemplate]?
        /// `{{% CONTENT_TYPE: TEXT}}` turns it off for the rest of a template.
        var escaping = true
    }

    /// How deep sections, blocks and partials may nest while rendering.
    static let maximumDepth = 200

    let library: TemplateLibrary
    var output: [UInt8] = []
    var stack: [TemplateData]
    private var depth = 0
    /// Set once nesting went past `maximumDepth`; from then on nothing more is rendered.
    private(set) var tooDeep = false
    /// The partial (or `$block`) being entered when that happened: the one that recurses.
    private(set) var tooDeepAt: String?

    init(library: TemplateLibrary, context: TemplateData) {
        self.library = library
        stack = [context]
        stack.reserveCapacity(16)
    }

    mutating func render(_ template: CompiledTemplate, _ frame: Frame) {
        guard !tooDeep else { return }
        depth += 1
        defer { depth -= 1 }
        guard depth <= Self.maximumDepth else {
            tooDeep = true
            return
        }
        var frame = frame
        guard let indentation = frame.indentation, !indentation.isEmpty else {
            for token in template.tokens { render(token, &frame) }
            return
        }
        let start = output.count
        for token in template.tokens {
            let before = output.count
            let atLineStart = before > start && output[before - 1] == UInt8(ascii: "\n")
                && !(before - 1 > start && output[before - 2] == UInt8(ascii: "\r"))
            render(token, &frame)
            if atLineStart, output.count > before {
                output.insert(contentsOf: indentation.utf8, at: before)
            }
        }
    }

    private mutating func render(_ token: TemplateToken, _ frame: inout Frame) {
        switch token {
        case .text(let text):
            output.append(contentsOf: text.utf8)
        case .variable(let reference, let escaped):
            guard let value = resolve(reference, frame) else { return }
            append(value, escaped: escaped && frame.escaping)
        case .section(let reference, let body):
            renderSection(resolve(reference, frame), body, frame)
        case .invertedSection(let reference, let body):
            renderInvertedSection(resolve(reference, frame), body, frame)
        case .block(let name, let defaultBody, let indentation):
            var inner = frame
            inner.position = nil
            inner.indentation = Self.indent(frame.indentation, by: indentation)
            enter("$" + name)
            render(frame.overrides?[name] ?? defaultBody, inner)
        case .blockOverride:
            // Only ever inside `{{<partial}}`, whose body is never rendered itself.
            break
        case .partial(let name, let dynamic, let indentation, let overrides, _):
            renderPartial(name, dynamic: dynamic, indentation: indentation, overrides: overrides, frame)
        case .escaping(let on):
            frame.escaping = on
        }
    }

    private mutating func renderSection(_ value: TemplateData?, _ body: CompiledTemplate, _ frame: Frame) {
        switch value {
        case .list(let items):
            var inner = frame
            for (index, item) in items.enumerated() {
                inner.position = ListPosition(index: index, isLast: index == items.count - 1)
                stack.append(item)
                render(body, inner)
                stack.removeLast()
            }
        case .flag(let on):
            if on { render(body, frame) }
        case nil:
            break
        case let value?:
            var inner = frame
            inner.position = nil
            stack.append(value)
            render(body, inner)
            stack.removeLast()
        }
    }

    private mutating func renderInvertedSection(_ value: TemplateData?, _ body: CompiledTemplate, _ frame: Frame) {
        switch value {
        case .list(let items):
            guard items.isEmpty else { return }
            var inner = frame
            inner.position = nil
            stack.append(.list(items))
            render(body, inner)
            stack.removeLast()
        case .flag(let on):
            if !on { render(body, frame) }
        case nil:
            render(body, frame)
        case .some:
            break
        }
    }

    private mutating func renderPartial(_ name: String, dynamic: Bool, indentation: String?,
                                        overrides: [String: CompiledTemplate]?, _ frame: Frame) {
        var templateName = name
        if dynamic {
            guard case .text(let named)? = resolve(TemplateParser.reference(name, []), frame) else { return }
            templateName = named
        }
        guard let template = library[templateName] else { return }
        var inner = Frame()
        inner.indentation = Self.indent(frame.indentation, by: indentation)
        // An outer partial's overrides win over an inner one's.
        inner.overrides = overrides.map { frame.overrides?.merging($0) { outer, _ in outer } ?? $0 } ?? frame.overrides
        enter(templateName)
        render(template, inner)
    }

    /// Notes which partial or block is about to be rendered, if it is the one too deep.
    private mutating func enter(_ name: String) {
        if depth + 1 > Self.maximumDepth, tooDeepAt == nil { tooDeepAt = name }
    }

    private static func indent(_ indentation: String?, by more: String?) -> String? {
        guard let more else { return indentation }
        return (indentation ?? "") + more
    }
}

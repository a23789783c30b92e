//
// Derived from swift-mustache 2.1.1, Sources/Mustache/Transform.swift
// (part of the Hummingbird server framework project). Copyright (c) the Hummingbird authors.
// Licensed under the Apache License, Version 2.0 (LICENSES/Apache-2.0.txt).
// Changed by the Docket authors; see NOTICE.
// SPDX-License-Identifier: Apache-2.0
//

import Foundation

/// The transforms of the swift-mustache dialect (`{{count(list)}}`, `{{#empty(list)}}`),
/// on the values a context can hold. A transform that does not apply to a value, or a name
/// that is no transform, gives no value: the tag renders nothing, a section is skipped.
enum TemplateTransform: Sendable, Equatable {
    case empty, count, first, last, reversed, sorted
    case capitalized, lowercased, uppercased
    case equalZero, plusOne, minusOne, even, odd
    case index
    case unknown

    init(name: String) {
        switch name {
        case "empty": self = .empty
        case "count": self = .count
        case "first": self = .first
        case "last": self = .last
        case "reversed": self = .reversed
        case "sorted": self = .sorted
        case "capitalized": self = .capitalized
        case "lowercased": self = .lowercased
        case "uppercased": self = .uppercased
        case "equalzero": self = .equalZero
        case "plusone": self = .plusOne
        case "minusone": self = .minusOne
        case "even": self = .even
        case "odd": self = .odd
        case "index": self = .index
        default: self = .unknown
        }
    }

    func apply(to value: TemplateData) -> TemplateData? {
        switch value {
        case .text(let text): apply(toText: text)
        case .number(let number): apply(toNumber: number)
        case .flag: nil
        case .list(let items): apply(toList: items)
        case .object(let object): apply(toObject: object)
        }
    }

    private func apply(toText text: String) -> TemplateData? {
        switch self {
        case .empty: .flag(text.isEmpty)
        case .capitalized: .text(text.capitalized)
        case .lowercased: .text(text.lowercased())
        case .uppercased: .text(text.uppercased())
        case .reversed: .text(String(text.reversed()))
        default: nil
        }
    }

    private func apply(toNumber number: Int) -> TemplateData? {
        switch self {
        case .equalZero: .flag(number == 0)
        case .plusOne: .number(number &+ 1)
        case .minusOne: .number(number &- 1)
        case .even: .flag(number & 1 == 0)
        case .odd: .flag(number & 1 == 1)
        default: nil
        }
    }

    private func apply(toList items: [TemplateData]) -> TemplateData? {
        switch self {
        case .empty: .flag(items.isEmpty)
        case .count: .number(items.count)
        // An empty list has no first item: the section is skipped (swift-mustache entered it).
        case .first: items.first
        case .last: items.last
        case .reversed: .list(items.reversed())
        case .sorted: Self.sorted(items)
        default: nil
        }
    }

    /// Lists of texts or of numbers sort; any other list does not.
    private static func sorted(_ items: [TemplateData]) -> TemplateData? {
        let texts = items.compactMap { if case .text(let text) = $0 { text } else { nil } }
        if texts.count == items.count { return .list(texts.sorted().map(TemplateData.text)) }
        let numbers = items.compactMap { if case .number(let number) = $0 { number } else { nil } }
        if numbers.count == items.count { return .list(numbers.sorted().map(TemplateData.number)) }
        return nil
    }

    private func apply(toObject object: TemplateObject) -> TemplateData? {
        switch self {
        case .empty: .flag(object.isEmpty)
        case .count: .number(object.count)
        // `{{#sorted(object)}}{{key}}: {{value}}{{/sorted(object)}}`, keys in order.
        case .sorted: .list(object.sortedByKey.map { .object(TemplateObject(["key": .text($0.key), "value": $0.value])) })
        default: nil
        }
    }

    /// `{{#first()}}` and the like, inside a section over a list.
    func apply(to position: ListPosition) -> TemplateData? {
        switch self {
        case .first: .flag(position.index == 0)
        case .last: .flag(position.isLast)
        case .index: .number(position.index)
        case .even: .flag(position.index & 1 == 0)
        case .odd: .flag(position.index & 1 == 1)
        default: nil
        }
    }
}

/// Where the renderer is in a list: what `first()`, `last()`, `index()` read.
struct ListPosition {
    let index: Int
    let isLast: Bool
}

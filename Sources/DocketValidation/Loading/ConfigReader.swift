import DocketContent
import DocketDomain
import DocketText
import DocketValues
import Foundation

/// Reads docket.yml into a `SiteConfig`. Its problems are diagnostics like any content
/// file's, at their positions; keys with problems keep their defaults.
struct ConfigReader {
    let path: String
    private(set) var diagnostics: [Diagnostic] = []
    /// Where `title` was written: it is on every page, so a private value in it is
    /// reported there (PrivateValueLeaks).
    private(set) var titleSource: ConfigSource?

    init(path: String) {
        self.path = path
    }

    mutating func read(text: String) -> SiteConfig {
        var config = SiteConfig()
        let root: ContentNode
        do {
            // An empty docket.yml, or one of comments only, sets nothing: every key has a default.
            guard let document = try YAMLReader.readIfPresent(text) else { return config }
            root = document
        } catch {
            report(RuleTable.rule(error.rule), error.message, at: error.position)
            return config
        }
        if case .scalar(let scalar) = root, scalar.isNull { return config }
        guard case .mapping(let entries, _) = root else {
            report(.configSyntax, "docket.yml holds a mapping of keys to values, not \(root.kindDescription)", at: root.position)
            return config
        }
        for entry in entries {
            apply(entry, to: &config)
        }
        checkOutputFolder(of: &config, entries: entries)
        return config
    }

    /// A build replaces the output folder whole: it may not be, hold or sit inside the
    /// content or templates folder.
    private mutating func checkOutputFolder(of config: inout SiteConfig, entries: [MappingEntry]) {
        func overlaps(_ a: String, _ b: String) -> Bool { a == b || a.hasPrefix(b + "/") || b.hasPrefix(a + "/") }
        func position(of key: String) -> SourcePosition? { entries.last { $0.key.text == key }?.value.position }
        for (key, folder) in [("content_dir", config.contentDir), ("templates_dir", config.templatesDir)]
        where overlaps(config.outputDir, folder) {
            // At output_dir when it is written, else at the folder that moved onto it.
            guard let at = position(of: "output_dir") ?? position(of: key) else { continue }
            report(.configValue, "output_dir may not be, hold or sit inside \(key): every build replaces it whole", at: at)
            config.outputDir = SiteConfig().outputDir
            return
        }
    }

    private mutating func apply(_ entry: MappingEntry, to config: inout SiteConfig) {
        let key = entry.key.text
        let value = entry.value
        switch key {
        case "title":
            if let title = text(value, key) {
                config.title = title
                titleSource = ConfigSource(file: path, position: value.position)
            }
        case "base_url": baseURL(value).map { config.baseURL = $0 }
        case "language": language(value).map { config.language = $0 }
        case "content_dir": folder(value, key).map { config.contentDir = $0 }
        case "templates_dir": folder(value, key).map { config.templatesDir = $0 }
        case "output_dir": folder(value, key).map { config.outputDir = $0 }
        case "page_size": integer(value, key, 1...10_000).map { config.pageSize = $0 }
        case "max_file_size": integer(value, key, 1...(1 << 30)).map { config.maxFileSize = $0 }
        case "pretty_urls": boolean(value, key).map { config.prettyURLs = $0 }
        case "review_link_domains": domains(value).map { config.reviewLinkDomains = $0 }
        case "limits": config.limits = limits(value)
        default:
            var message = "unknown key '\(key)' in docket.yml"
            if let hint = Suggestion.closest(to: key, among: SiteConfig.keys) { message += "; did you mean '\(hint)'?" }
            report(.configUnknownKey, message, at: entry.key.position)
        }
    }

    private mutating func report(_ rule: Rule, _ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(file: path, position: position, severity: rule.severity, rule: rule.id, message: message))
    }

    private mutating func scalar(_ node: ContentNode, _ key: String, _ expectation: String) -> Scalar? {
        guard case .scalar(let scalar) = node, !scalar.isNull else {
            report(.configValue, "\(key) must be \(expectation)", at: node.position)
            return nil
        }
        return scalar
    }

    private mutating func text(_ node: ContentNode, _ key: String) -> String? {
        guard let scalar = scalar(node, key, "text") else { return nil }
        let text = String(TextLength.trimmed(scalar.text))
        guard !text.isEmpty else {
            report(.configValue, "\(key) must not be empty", at: scalar.position)
            return nil
        }
        return text
    }

    private mutating func baseURL(_ node: ContentNode) -> String? {
        guard let url = text(node, "base_url") else { return nil }
        if let problem = BaseURLRules.problem(url) {
            report(.configValue, problem, at: node.position)
            return nil
        }
        return url.hasSuffix("/") ? url : url + "/"
    }

    private mutating func language(_ node: ContentNode) -> String? {
        guard let tag = text(node, "language") else { return nil }
        let parts = tag.split(separator: "-", omittingEmptySubsequences: false)
        let valid = (2...3).contains(parts[0].count) && parts[0].allSatisfy { $0.isASCII && $0.isLetter }
            && parts.dropFirst().allSatisfy { (1...8).contains($0.count) && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
        guard valid else {
            report(.configValue, "language must be a language tag such as en, fr or en-GB", at: node.position)
            return nil
        }
        return tag
    }

    /// A folder relative to the site root that stays inside it (not the root itself: `.`),
    /// with no control or bidirectional-control character in its name.
    private mutating func folder(_ node: ContentNode, _ key: String) -> String? {
        guard let path = text(node, key) else { return nil }
        if path.unicodeScalars.contains(where: \.isControlOrBidi) {
            report(.configValue, "\(key) may not hold control characters or bidirectional controls", at: node.position)
            return nil
        }
        let parts = path.split(separator: "/").filter { $0 != "." }
        guard !path.hasPrefix("/"), !parts.contains(".."), !parts.isEmpty else {
            report(.configValue, "\(key) must be a folder inside the site, relative to docket.yml (got \"\(path)\")", at: node.position)
            return nil
        }
        return parts.joined(separator: "/")
    }

    private mutating func integer(_ node: ContentNode, _ key: String, _ range: ClosedRange<Int>) -> Int? {
        guard let scalar = scalar(node, key, "a whole number") else { return nil }
        guard scalar.isUnquoted, let value = Int(scalar.text), range.contains(value) else {
            report(.configValue, "\(key) must be a whole number from \(range.lowerBound) to \(range.upperBound) (got \"\(scalar.text)\")", at: scalar.position)
            return nil
        }
        return value
    }

    private mutating func boolean(_ node: ContentNode, _ key: String) -> Bool? {
        guard let scalar = scalar(node, key, "true or false") else { return nil }
        switch (scalar.isUnquoted, scalar.text) {
        case (true, "true"), (true, "True"), (true, "TRUE"), (true, "yes"): return true
        case (true, "false"), (true, "False"), (true, "FALSE"), (true, "no"): return false
        default:
            report(.configValue, "\(key) must be true or false (got \"\(scalar.text)\")", at: scalar.position)
            return nil
        }
    }

    private mutating func domains(_ node: ContentNode) -> [String]? {
        guard case .sequence(let items, _) = node else {
            report(.configValue, "review_link_domains must be a list of domain names", at: node.position)
            return nil
        }
        var domains: [String] = []
        for item in items {
            guard let domain = text(item, "each review_link_domains entry") else { continue }
            let name = domain.lowercased()
            guard name.contains("."), !name.hasSuffix("."), HostName.isValid(name, strictASCII: true) else {
                report(.configValue, "review_link_domains entry \"\(domain)\" is not a domain name such as amazon.com", at: item.position)
                continue
            }
            domains.append(name)
        }
        return domains
    }

    private mutating func limits(_ node: ContentNode) -> Limits {
        var overrides: [String: LengthLimit] = [:]
        guard case .mapping(let entries, _) = node else {
            if case .scalar(let scalar) = node, scalar.isNull { return Limits() }
            report(.configLimits, "limits must map rule ids to {min, max}, such as request.title: {min: 5, max: 200}", at: node.position)
            return Limits()
        }
        let overridable = RuleTable.all.filter { $0.length != nil }.map(\.id)
        for entry in entries {
            let id = entry.key.text
            guard let defaultLimit = RuleTable.byID[id]?.length else {
                var message = "limits names '\(id)', which is not a length rule"
                if let hint = Suggestion.closest(to: id, among: overridable) { message += "; did you mean '\(hint)'?" }
                report(.configLimits, message, at: entry.key.position)
                continue
            }
            if let limit = limit(entry.value, id: id, default: defaultLimit) { overrides[id] = limit }
        }
        return Limits(overrides: overrides)
    }

    private mutating func limit(_ node: ContentNode, id: String, default defaultLimit: LengthLimit) -> LengthLimit? {
        guard case .mapping(let entries, let position) = node else {
            report(.configLimits, "limits.\(id) must be {min, max} (either may be left out)", at: node.position)
            return nil
        }
        var limit = defaultLimit
        for entry in entries {
            guard entry.key.text == "min" || entry.key.text == "max" else {
                report(.configLimits, "limits.\(id) takes min and max, not '\(entry.key.text)'", at: entry.key.position)
                return nil
            }
            guard let value = integer(entry.value, "limits.\(id).\(entry.key.text)", 0...1_000_000) else { return nil }
            if entry.key.text == "min" { limit.min = value } else { limit.max = value }
        }
        if let max = limit.max, limit.min > max {
            report(.configLimits, "limits.\(id) has min \(limit.min) above max \(max)", at: position)
            return nil
        }
        return limit
    }
}

/// A place in docket.yml: its path as diagnostics show it, and a value's position.
struct ConfigSource: Sendable {
    var file: String
    var position: SourcePosition
}

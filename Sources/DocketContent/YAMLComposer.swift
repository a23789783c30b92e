/// Builds the `ContentNode` tree from YAML events without recursion, enforcing what the
/// readers promise: scalar keys without duplicates, bounded depth, bounded aliases.
///
/// An alias shares the anchored node's value instead of copying it, but costs its full
/// expanded size against `ContentLimits.maxAliasExpansion`: whoever walks the tree walks
/// every expansion.
struct YAMLComposer {
    private struct Collection {
        let isMapping: Bool
        let position: SourcePosition
        let anchor: String?
        var items: [ContentNode] = []
        var entries: [MappingEntry] = []
        var pendingKey: Scalar?
        var keys = KeyRegistry()
        /// Nodes in this collection once aliases are expanded, itself included.
        var size = 1
        /// Collections from this one down to its deepest, itself included.
        var height = 1
    }

    /// A finished node with what an alias to it would cost.
    private struct Measured {
        let node: ContentNode
        let size: Int
        let height: Int
    }

    private var stack: [Collection] = []
    private var anchors: [String: Measured] = [:]
    private var aliasExpansion = 0
    private(set) var root: ContentNode?

    mutating func scalar(_ scalar: Scalar, anchor: String?) throws(ParseError) {
        let measured = Measured(node: .scalar(scalar), size: 1, height: 0)
        if let anchor { anchors[anchor] = measured }
        try add(measured, keyPosition: scalar.position)
    }

    mutating func alias(_ name: String, at position: SourcePosition) throws(ParseError) {
        guard let target = anchors[name] else {
            // Not named: an unquoted address starting with `*` reads as an alias of its
            // local part (`*ada@example.com`), in a file whose values are then unknown.
            throw ParseError(rule: Rule.yamlSyntax.id, message: "this alias (a value starting with '*') names no anchor defined before it; quote a value that starts with '*'", position: position)
        }
        aliasExpansion += target.size
        guard aliasExpansion <= ContentLimits.maxAliasExpansion else {
            throw ParseError(
                rule: Rule.yamlAliasLimit.id,
                message: "aliases expand to more than \(ContentLimits.maxAliasExpansion) nodes; "
                    + "the file repeats an anchor too often (an alias bomb?)",
                position: position
            )
        }
        guard stack.count + target.height <= ContentLimits.maxDepth else { throw Self.depthError(at: position) }
        try add(target, keyPosition: position)
    }

    mutating func startCollection(isMapping: Bool, anchor: String?, at position: SourcePosition) throws(ParseError) {
        guard stack.count < ContentLimits.maxDepth else { throw Self.depthError(at: position) }
        stack.append(Collection(isMapping: isMapping, position: position, anchor: anchor))
    }

    mutating func endCollection() throws(ParseError) {
        let finished = stack.removeLast()
        let node: ContentNode = finished.isMapping
            ? .mapping(finished.entries, at: finished.position)
            : .sequence(finished.items, at: finished.position)
        let measured = Measured(node: node, size: finished.size, height: finished.height)
        if let anchor = finished.anchor { anchors[anchor] = measured }
        try add(measured, keyPosition: finished.position)
    }

    /// Hangs a finished node on the collection being built, as an item, a key or a value.
    private mutating func add(_ measured: Measured, keyPosition: SourcePosition) throws(ParseError) {
        guard !stack.isEmpty else {
            root = measured.node
            return
        }
        let last = stack.count - 1
        stack[last].size += measured.size
        stack[last].height = max(stack[last].height, measured.height + 1)
        guard stack[last].isMapping else {
            stack[last].items.append(measured.node)
            return
        }
        if let key = stack[last].pendingKey {
            stack[last].entries.append(MappingEntry(key: key, value: measured.node))
            stack[last].pendingKey = nil
            return
        }
        guard case .scalar(let key) = measured.node else {
            throw ParseError(
                rule: Rule.yamlSyntax.id,
                message: "a mapping key must be text, not \(measured.node.kindDescription)",
                position: keyPosition
            )
        }
        if let first = stack[last].keys.insert(key.text, at: keyPosition) {
            throw .duplicateKey(key.text, rule: Rule.yamlDuplicateKey.id, at: keyPosition, first: first)
        }
        stack[last].pendingKey = key
    }

    static func depthError(at position: SourcePosition) -> ParseError {
        ParseError(
            rule: Rule.yamlDepth.id,
            message: "lists and mappings nest deeper than \(ContentLimits.maxDepth) levels",
            position: position
        )
    }
}

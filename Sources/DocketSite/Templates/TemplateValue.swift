/// A page context as swift-mustache reads it fastest: structs become dictionaries once,
/// before rendering. swift-mustache looks up every `{{name}}` by reflecting on the value
/// (and on each enclosing section's value until it finds the name); on a 10,000-entity
/// site that reflection was half of the build. Dictionaries are looked up by hashing.
///
/// Semantics are unchanged: a nil optional leaves its key out, exactly as reflection
/// reports it missing, so the lookup goes on to the enclosing section either way.
enum TemplateValue {
    static func box(_ value: Any) -> Any {
        boxOrNil(value) ?? value
    }

    /// nil for `Optional.none`, else the value with every struct inside made a dictionary.
    private static func boxOrNil(_ value: Any) -> Any? {
        // Leaves by their exact type: a metatype comparison, no dynamic cast.
        let type = type(of: value)
        if type == String.self { return (value as! String).withoutForbiddenCodePoints }
        if type == Int.self || type == Bool.self { return value }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.flatMap { boxOrNil($0.value) }
        case .collection, .set:
            return mirror.children.compactMap { boxOrNil($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                if let label = child.label, let field = boxOrNil(child.value) { fields[label] = field }
            }
            return fields
        default:
            return value
        }
    }
}

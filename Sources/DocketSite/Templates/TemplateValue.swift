/// A page context as swift-mustache reads it fastest: structs become dictionaries once,
/// before rendering. swift-mustache looks up every `{{name}}` by reflecting on the value
/// (and on each enclosing section's value until it finds the name); on a 10,000-entity
/// site that reflection was half of the build. Dictionaries are looked up by hashing.
///
/// Semantics are unchanged: a nil optional leaves its key out, exactly as reflection
/// reports it missing, so the lookup goes on to the enclosing section either way.
enum TemplateValue {
    static func box(_ value: Any) -> Any {
        switch value {
        case let text as String: return text
        case let number as Int: return number
        case let flag as Bool: return flag
        default: break
        }
        let mirror = Mirror(reflecting: value)
        switch mirror.displayStyle {
        case .optional:
            return mirror.children.first.map { box($0.value) } as Any
        case .collection, .set:
            return mirror.children.map { box($0.value) }
        case .struct, .class:
            var fields: [String: Any] = [:]
            fields.reserveCapacity(Int(mirror.children.count))
            for child in mirror.children {
                guard let label = child.label, let field = unwrapped(box(child.value)) else { continue }
                fields[label] = field
            }
            return fields
        default:
            return value
        }
    }

    /// nil for a boxed `Optional.none`, the value otherwise.
    private static func unwrapped(_ value: Any) -> Any? {
        let mirror = Mirror(reflecting: value)
        guard mirror.displayStyle == .optional else { return value }
        return mirror.children.first?.value
    }
}

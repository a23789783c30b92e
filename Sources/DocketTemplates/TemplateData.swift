/// A value a template reads: what a page context becomes before rendering (see
/// `TemplateDataEncoder`). There is no null: a missing optional is a missing key, and the
/// lookup goes on to the enclosing section's value, as Mustache wants.
public enum TemplateData: Sendable {
    case text(String)
    case number(Int)
    case flag(Bool)
    case list([TemplateData])
    case object(TemplateObject)
}

/// Named values, in the order they were added. Contexts have a handful of fields each, so
/// a linear search is faster than hashing the name.
public struct TemplateObject: Sendable {
    private var keys: [String]
    private var values: [TemplateData]

    public init() {
        keys = []
        values = []
    }

    public init(_ fields: KeyValuePairs<String, TemplateData>) {
        self.init()
        for (key, value) in fields { self[key] = value }
    }

    public var count: Int { keys.count }
    public var isEmpty: Bool { keys.isEmpty }

    public subscript(key: String) -> TemplateData? {
        get {
            let length = key.utf8.count
            for index in keys.indices where keys[index].utf8.count == length && keys[index] == key {
                return values[index]
            }
            return nil
        }
        set {
            if let index = keys.firstIndex(of: key) {
                if let newValue { values[index] = newValue } else { keys.remove(at: index); values.remove(at: index) }
            } else if let newValue {
                keys.append(key)
                values.append(newValue)
            }
        }
    }

    /// Appends a field known not to be present yet (what an encoder of a struct does).
    mutating func append(_ key: String, _ value: TemplateData) {
        keys.append(key)
        values.append(value)
    }

    mutating func reserveCapacity(_ capacity: Int) {
        keys.reserveCapacity(capacity)
        values.reserveCapacity(capacity)
    }

    /// The fields in the order they were added.
    public var fields: [(key: String, value: TemplateData)] {
        zip(keys, values).map { (key: $0, value: $1) }
    }

    var sortedByKey: [(key: String, value: TemplateData)] {
        fields.sorted { $0.key < $1.key }
    }
}

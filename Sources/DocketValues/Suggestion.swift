/// "Did you mean …?" hints for misspelt keys and values.
public enum Suggestion {
    /// The candidate nearest to `word`, if one is near enough to be a likely typo.
    ///
    /// Distance is optimal-string-alignment Damerau–Levenshtein on lower-cased Unicode
    /// scalars (a swap of neighbours such as `titel` → `title` costs 1). A candidate is
    /// close when the distance is at most a third of the longer word's length, and at
    /// least 1 and at most 3 edits, so short words only match one-edit typos and nothing
    /// matches a word that is mostly different. Ties go to the earliest candidate, so the
    /// caller's order (the schema's field order) decides.
    public static func closest(to word: String, among candidates: [String]) -> String? {
        let target = Array(word.lowercased().unicodeScalars)
        guard !target.isEmpty else { return nil }
        var best: (candidate: String, distance: Int)?
        for candidate in candidates {
            let scalars = Array(candidate.lowercased().unicodeScalars)
            let allowed = min(3, max(1, max(target.count, scalars.count) / 3))
            let limit = min(allowed, (best?.distance ?? Int.max) - 1)
            guard limit >= 0, abs(scalars.count - target.count) <= limit else { continue }
            let distance = editDistance(target, scalars)
            if distance <= limit { best = (candidate, distance) }
        }
        return best?.candidate
    }

    /// Optimal string alignment distance: insertions, deletions, substitutions and
    /// transpositions of adjacent characters each cost 1.
    static func editDistance(_ a: [Unicode.Scalar], _ b: [Unicode.Scalar]) -> Int {
        if a.isEmpty { return b.count }
        if b.isEmpty { return a.count }
        let width = b.count + 1
        var beforePrevious = [Int](repeating: 0, count: width)
        var previous = Array(0...b.count)
        var current = [Int](repeating: 0, count: width)
        for i in 1...a.count {
            current[0] = i
            for j in 1...b.count {
                let cost = a[i - 1] == b[j - 1] ? 0 : 1
                var value = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + cost)
                if i > 1, j > 1, a[i - 1] == b[j - 2], a[i - 2] == b[j - 1] {
                    value = min(value, beforePrevious[j - 2] + 1)
                }
                current[j] = value
            }
            (beforePrevious, previous, current) = (previous, current, beforePrevious)
        }
        return previous[b.count]
    }
}

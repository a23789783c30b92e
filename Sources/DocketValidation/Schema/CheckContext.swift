import DocketContent
import Foundation

/// What checking one file needs to know, and where its diagnostics go.
struct CheckContext {
    let file: String
    let fileText: String
    let limits: Limits
    /// Where photo paths are looked up; nil for the checks that run on already-checked
    /// records (cross-file rules, the privacy pass), which never see a photo path.
    let media: MediaFolder?
    var diagnostics: [Diagnostic] = []

    mutating func report(_ rule: Rule, _ message: String, at position: SourcePosition) {
        diagnostics.append(Diagnostic(file: file, position: position,
                                      severity: rule.severity,
                                      rule: rule.id, message: message))
    }

    /// Reports a finding at a byte offset inside a scalar's value, at its place in the file.
    mutating func report(_ rule: Rule, _ message: String, in scalar: Scalar, utf8Offset: Int) {
        let position = ScalarSourceMap(scalar: scalar, text: fileText).position(ofUTF8Offset: utf8Offset)
        report(rule, message, at: position)
    }
}

/// Length limits in force: the rule table's defaults with docket.yml's `limits` on top.
public struct Limits: Sendable {
    var overrides: [String: LengthLimit]

    public init(overrides: [String: LengthLimit] = [:]) {
        self.overrides = overrides
    }

    public func limit(for rule: Rule) -> LengthLimit? {
        overrides[rule.id] ?? rule.length
    }
}

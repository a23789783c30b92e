import DocketContent
@testable import DocketValidation
import Testing
import DocketTestSupport

/// No diagnostic quotes a private value: messages of private fields never echo what was
/// written, and the last guard before reporting redacts any private value a message holds.
@Suite struct DiagnosticRedactionTests {
    private let index = PrivateValueIndex(values: [
        PrivateValue(bytes: Array("ada@example.com".utf8), owner: "content/experts/ada.yml", what: "e-mail address"),
    ])

    @Test func aMessageHoldingAPrivateValueHasItReplaced() {
        let diagnostic = Diagnostic(file: "content/experts/bob.yml", position: .fileStart, severity: .error,
                                    rule: "expert.firm", message: "firm must name a firm by its slug (got \"ADA@example.com\"), not ada@example.com.uk")
        let redacted = DiagnosticRedaction.redact([diagnostic], index: index)
        #expect(redacted.map(\.message) == ["firm must name a firm by its slug (got \"[private]\"), not [private].uk"])
        #expect(redacted.map(\.file) == [diagnostic.file])
        #expect(DiagnosticRedaction.redact("nothing private here: bob@example.com", index: index) == "nothing private here: bob@example.com")
    }

    /// Through the whole validation: a slug field holding the expert's address is quoted
    /// by the reference rule's message, and redacted before it is reported.
    @Test func validationRedactsWhatARuleQuoted() throws {
        let site = SiteFixture.valid(replacing: SiteFixture.proposalPath, with: ValidContent.proposal
            .replacingLine("expert: ada", with: "expert: Ada@Example.com"))
        let messages = try site.validate().messages("proposal.expert")
        #expect(messages == ["expert must name an expert by its slug (got \"[private]\")"])
    }

    /// A private field's own problems never quote it, whatever its type (a private choice
    /// field, as a future schema might have, would otherwise echo "(got …)" and a hint).
    @Test func privateFieldMessagesNeverQuoteTheValue() {
        let schema = RecordSchema(name: "secret", fields: [
            FieldSchema("level", rule: .requestEmail, .choice(["adb@example.com"]), private: true),
            FieldSchema("codes", rule: .requestEmail, .list(of: .choice(["x"])), private: true),
            FieldSchema("email", rule: .requestEmail, .email, private: true),
        ])
        let text = "level: ada@example.com\ncodes: [ada@example.com]\nemail: ada@example.com extra\n"
        var checker = RecordChecker(context: CheckContext(file: "f.yml", fileText: text, limits: Limits(), media: nil))
        _ = checker.checkDocument(try! YAMLReader.read(text), schema: schema)
        let messages = checker.context.diagnostics.map(\.message)
        #expect(messages.count == 3)
        #expect(messages.allSatisfy { !$0.contains("ada@") && !$0.contains("did you mean") }, "\(messages)")
    }

    /// An e-mail field's problems: invalid, too long, the wrong type. None quotes it.
    @Test(arguments: ["\"ada@@example.com\"", "\"\(String(repeating: "a", count: 250))@example.com\"", "[ada@example.com]", "ada@exa mple.com"])
    func emailFieldMessagesNeverQuoteTheValue(value: String) throws {
        let site = SiteFixture.valid(replacing: SiteFixture.expertPath, with: ValidContent.expert
            .replacingLine("email: ada@example.com", with: "email: \(value)"))
        let messages = try site.validate().messages("expert.email")
        #expect(messages.count == 1)
        #expect(messages.allSatisfy { !$0.contains("ada@") && !$0.contains("aaaa") }, "\(messages)")
    }
}

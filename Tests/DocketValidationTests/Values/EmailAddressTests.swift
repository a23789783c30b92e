import DocketValidation
import DocketValues
import Testing

@Suite struct EmailAddressTests {
    static let label63 = String(repeating: "a", count: 63)
    static let label64 = String(repeating: "a", count: 64)

    @Test(arguments: [
        "marymajor@example.com",
        "a@b",                                    // single-label domain is valid in WHATWG
        "a@localhost",
        "first.last+tag@sub.example.co.uk",
        ".dot.first.and..double.and.last.@example.com", // WHATWG allows any dots in the local part
        "!#$%&'*+/=?^_`{|}~-@example.com",        // every allowed punctuation mark
        "x@\(label63).com",                       // 63-character label
        "x@a-b.c-d",                              // inner hyphens
        "x@a--b.com",
        "x@1.2.3.4",                              // digits-only labels
        "x@\(label63).\(label63).\(label63).\(String(repeating: "a", count: 57))",
    ])
    func accepts(address: String) {
        #expect(EmailAddress.isValid(address))
    }

    @Test(arguments: [
        "",
        "@",
        "@example.com",          // empty local part
        "mary@",                 // empty domain
        "mary",
        "mary@@example.com",
        "mary@exa@mple.com",
        "mary@-example.com",     // hyphen at label start
        "mary@example-.com",     // hyphen at label end
        "mary@example.-com",
        "mary@.example.com",     // empty label
        "mary@example..com",
        "mary@example.com.",     // trailing dot
        "x@\(label64).com",      // 64-character label
        "x@a.\(label64)",
        "mary major@example.com",
        "mary@exam ple.com",
        " mary@example.com",     // no trimming
        "mary@example.com ",
        "\"mary\"@example.com",  // quotes are not in the set
        "mary(comment)@example.com",
        "mary@[127.0.0.1]",      // no IP literals
        "mary@example_underscore.com",
        "josé@example.com",      // no Unicode
        "mary@exämple.com",
        "mary@example.com\n",
    ])
    func rejects(address: String) {
        #expect(!EmailAddress.isValid(address))
    }

    @Test func lengthLimitIsTheCallersAndCountsCharacters() {
        let address = String(repeating: "a", count: 64) + "@" + Self.label63 + "." + Self.label63 + "." + String(repeating: "b", count: 61)
        #expect(EmailAddress.isValid(address))
        #expect(TextLength.count(address) == 254)
        #expect(TextLength.count(address) <= EmailAddress.maximumLength)
        #expect(TextLength.count(address + "b") > EmailAddress.maximumLength)
    }
}

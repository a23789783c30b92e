import DocketValidation
import DocketValues
import Testing

@Suite struct ContactDetectorTests {
    private func found(_ text: String) -> [String] {
        ContactDetector.matches(in: text).texts(in: text)
    }

    private func kinds(_ text: String) -> [ContactDetector.Kind] {
        ContactDetector.matches(in: text).map(\.kind)
    }

    // MARK: Phone numbers

    @Test(arguments: [
        ("Call me on +33 1 23 45 67 89 please", "+33 1 23 45 67 89"),
        ("Office: (555) 123-4567.", "(555) 123-4567"),
        ("my cell 555-123-4567", "555-123-4567"),
        ("ring 07700 900123 after six", "07700 900123"),
        ("tél. 01.23.45.67.89", "01.23.45.67.89"),
        ("06 12 34 56 78", "06 12 34 56 78"),
        ("Tel:+442079460958", "+442079460958"),
        ("Tel:0612345678", "0612345678"),
        ("5551234567 is my number", "5551234567"),
        ("+1 (555) 123-4567", "+1 (555) 123-4567"),
        ("+44 (0)20 7946 0958", "+44 (0)20 7946 0958"),
        ("1-800-555-1234", "1-800-555-1234"),
        ("020 7946 0958", "020 7946 0958"),
        ("555.123.4567", "555.123.4567"),
        ("(555)123-4567", "(555)123-4567"),
        ("call 555 - 123 - 4567 now", "555 - 123 - 4567"),
        ("numéro : 06\u{A0}12\u{A0}34\u{A0}56\u{A0}78", "06\u{A0}12\u{A0}34\u{A0}56\u{A0}78"),
        ("1234567", nil),                  // a bare 7-digit run is just a number
        ("555-1234", nil),                 // two hyphenated groups read as a range
    ] as [(String, String?)])
    func findsPhoneNumbers(text: String, expected: String?) {
        let phones = ContactDetector.matches(in: text).filter { $0.kind == .phoneNumber }
        #expect(phones.texts(in: text) == (expected.map { [$0] } ?? []))
    }

    @Test func phoneDigitLimitsAreSevenToFifteen() {
        #expect(found("+1 234 56") == [])                      // 6 digits
        #expect(found("+1 234 567") == ["+1 234 567"])         // 7 digits
        #expect(found("+123 456 789 012 345") == ["+123 456 789 012 345"]) // 15 digits
        #expect(found("+123 456 789 012 3456") == [])          // 16 digits
        #expect(found("4111 1111 1111 1111") == [])            // a card number is not a phone
        #expect(found("12-34-56") == [])                       // 6 digits, no +
        #expect(found("12-34-567") == ["12-34-567"])           // 7 digits
        #expect(found("5551234567") == ["5551234567"])         // bare run: 10 digits
        #expect(found("555123456") == [])                      // 9
        #expect(found("05551234567") == ["05551234567"])       // 11 with a trunk 0
        #expect(found("95551234567") == [])                    // 11 without
    }

    @Test(arguments: [
        "The go-live date is 2026-11-21.",
        "Deadline 21/11/2026 or 1.12.2026 at the latest",
        "Started 2026-11-21 14:05 and finished 2026-11-22 09:30",
        "Budget is $1,200.50 or $1200000 at most",
        "We expect 1 200 000 € of savings, or 1.200.000 euros",
        "between 100-1000 and 10000-100000 users",
        "Years 2019-2026, 2019 to 2026",
        "Upgrade from version 1.2.3 to 10.0.19041.1234",
        "Servers 192.168.100.200 and 10.0.0.1",
        "Pi is 3.14159265358",
        "ratio 1/1000000",
        "Account 1234-5678-9012 and arn:aws:iam::123456789012:role/Admin",
        "Instances i-0123456789abcdef0 and ami-12345678 in sg-0123456",
        "Order #12345678 and invoice INV-2026-000123",
        "Costs 12000000$ a year, 1000000€",
        "we store 12345678901234567890 rows",
        "ISBN 978-3-16-148410-0",
        "100 200 300 users",
        "Meeting at 10:30, 11:45 and 14:00",
        "About 75 email boxes, 3 years of content and 2 weeks",
    ])
    func ignoresNumbersThatAreNotPhones(text: String) {
        #expect(kinds(text).filter { $0 == .phoneNumber } == [])
    }

    // MARK: E-mail addresses

    @Test(arguments: [
        ("write to marymajor@example.com today", "marymajor@example.com"),
        ("(mary.major+iq@mail.example.co.uk)", "mary.major+iq@mail.example.co.uk"),
        ("Contact: a_b-c@x-y.io.", "a_b-c@x-y.io"),
        ("...john@example.org", "john@example.org"),
        ("MARY@EXAMPLE.COM", "MARY@EXAMPLE.COM"),
    ])
    func findsEmailAddresses(text: String, expected: String) {
        let matches = ContactDetector.matches(in: text)
        #expect(matches.map(\.kind) == [.email])
        #expect(matches.texts(in: text) == [expected])
    }

    @Test(arguments: [
        "ping @alice on chat",
        "user@localhost",
        "meet @ 5pm",
        "a@b",
        "email me at mary at example dot com",
        "x@example.c",
        "x@-example.com",
    ])
    func ignoresThingsThatAreNotAddresses(text: String) {
        #expect(kinds(text).filter { $0 == .email } == [])
    }

    // MARK: URLs

    @Test(arguments: [
        ("see https://example.com/path?q=1#frag.", "https://example.com/path?q=1#frag"),
        ("HTTP://EXAMPLE.COM", "HTTP://EXAMPLE.COM"),
        ("(see http://example.com/a_(b))", "http://example.com/a_(b)"),
        ("(see http://example.com/a)", "http://example.com/a"),
        ("go to www.example.org, then", "www.example.org"),
        ("our site example.com/path is slow", "example.com/path"),
        ("our site example.com is slow", "example.com"),
        ("shop.example.co.uk:8080/cart!", "shop.example.co.uk:8080/cart"),
        ("<https://example.com>", "https://example.com"),
        ("\"https://example.com/é\"", "https://example.com/é"),
        ("Amazon.com is where we buy", "Amazon.com"),
        ("host my-app.dev please", "my-app.dev"),
    ])
    func findsURLs(text: String, expected: String) {
        let matches = ContactDetector.matches(in: text)
        #expect(matches.map(\.kind) == [.url])
        #expect(matches.texts(in: text) == [expected])
    }

    @Test(arguments: [
        "We run ASP.NET and Node.js on VB.NET",
        "e.g. this, i.e. that, U.S. based",
        "edit index.html, main.tf, deploy.sh, app.py and README.md",
        "version 2.0 and 1.2.3",
        "files like backup.zip or movie.mov",
        "http:// alone",
        "done.Great work",
        "the www is big",
    ])
    func ignoresThingsThatAreNotURLs(text: String) {
        #expect(kinds(text).filter { $0 == .url } == [])
    }

    // MARK: Together

    @Test func reportsEachThingOnceInOrderWithByteOffsets() {
        let text = "Émile: bob@example.com, https://bob@example.com/x or 555-123-4567"
        let matches = ContactDetector.matches(in: text)
        #expect(matches.map(\.kind) == [.email, .url, .phoneNumber])
        #expect(matches.texts(in: text) == ["bob@example.com", "https://bob@example.com/x", "555-123-4567"])
        // "Émile: " is 8 bytes: É takes two.
        #expect(matches[0].offset == 8)
        #expect(matches[0].length == 15)
        #expect(matches[0].byteRange == 8..<23)
    }

    @Test func cleanDescriptionHasNothing() {
        let text = """
            We want to move to AWS and need help with migrating our WordPress site from our \
            existing host provider. We have custom themes and 3 years' worth of content, about \
            75 email boxes, and a budget of $1,000 to $10,000. We think we want to use Amazon \
            Lightsail (version 2.0 of our stack) and finish within 2 weeks, by 2026-12-01.
            """
        #expect(ContactDetector.matches(in: text) == [])
    }
}

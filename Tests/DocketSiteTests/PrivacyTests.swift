import DocketValues
import Foundation
import Testing
import DocketTestSupport

/// Private fields never reach the output (docs/spec.md §3): no e-mail address of the content and
/// nothing of `would_work_again`, in any file, however encoded.
@Suite struct PrivacyTests {
    /// The ways a text can hide in a file: as is, HTML-entity-encoded, percent-encoded.
    static func readings(of text: String) -> [String] {
        let entities = decodeEntities(text)
        return [text, entities, text.removingPercentEncoding ?? text, entities.removingPercentEncoding ?? entities,
                decodeEntities(text.removingPercentEncoding ?? text)].map { $0.lowercased() }
    }

    /// Decodes numeric character references and the named ones an address could use.
    static func decodeEntities(_ text: String) -> String {
        let named = ["amp": "&", "commat": "@", "period": ".", "lt": "<", "gt": ">", "quot": "\"", "apos": "'",
                     "lowbar": "_", "hyphen": "-", "dash": "-", "plus": "+", "nbsp": " "]
        let pattern = try! NSRegularExpression(pattern: "&(#[0-9]+|#[xX][0-9a-fA-F]+|[a-zA-Z]+);?")
        var result = ""
        var last = text.startIndex
        for match in pattern.matches(in: text, range: NSRange(text.startIndex..., in: text)) {
            let range = Range(match.range, in: text)!
            let name = String(text[Range(match.range(at: 1), in: text)!])
            var replacement: String?
            if name.hasPrefix("#x") || name.hasPrefix("#X") {
                replacement = UInt32(name.dropFirst(2), radix: 16).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else if name.hasPrefix("#") {
                replacement = UInt32(name.dropFirst()).flatMap(Unicode.Scalar.init).map { String(Character($0)) }
            } else {
                replacement = named[name.lowercased()]
            }
            result += text[last..<range.lowerBound] + (replacement ?? String(text[range]))
            last = range.upperBound
        }
        return result + text[last...]
    }

    @Test func theDecoderSeesThroughEncodings() {
        for encoded in ["ada&#64;example.com", "ada&#x40;example&#46;com", "ada&commat;example&period;com", "ada%40example.com",
                        "&#97;&#100;&#97;&#64;&#101;&#120;&#97;&#109;&#112;&#108;&#101;&#46;&#99;&#111;&#109;", "ADA@EXAMPLE.COM"] {
            #expect(Self.readings(of: encoded).contains { $0.contains("ada@example.com") }, "\(encoded)")
        }
    }

    @Test func theSampleHasAddressesToLookFor() {
        let addresses = Sample.emailAddresses()
        #expect(addresses.count == 19, "\(addresses)")
        #expect(addresses.contains("maya.okafor@harborlight.example.com"))
        #expect(addresses.contains("g.perrin@example.fr"), "addresses in JSON files are found too")
    }

    @Test func noEmailAddressAppearsInAnyFile() throws {
        let addresses = Sample.emailAddresses().map { $0.lowercased() }
        #expect(!addresses.isEmpty)
        for file in Sample.site.files {
            let data = try #require(Sample.site.data(file))
            let text = String(decoding: data, as: UTF8.self)
            for reading in Self.readings(of: text) {
                for address in addresses {
                    #expect(!reading.contains(address), "\(file) holds \(address)")
                }
            }
        }
    }

    /// The local part of an address alone is no leak, but an address's user and domain
    /// side by side (as in a `mailto:` link) would be: no `mailto:` to any content address.
    @Test func noMailtoLinksToContentAddresses() throws {
        let addresses = Set(Sample.emailAddresses().map { $0.lowercased() })
        for file in Sample.site.htmlFiles {
            let page = try Sample.site.page(file)
            for anchor in page.document.all("a") {
                guard let href = anchor["href"]?.lowercased(), href.hasPrefix("mailto:") else { continue }
                let address = String(href.dropFirst("mailto:".count).prefix { $0 != "?" })
                #expect(!addresses.contains(address.removingPercentEncoding ?? address), "\(file) links to \(address)")
            }
        }
    }

    @Test func noWouldWorkAgainKeyInAnyFile() throws {
        for file in Sample.site.files {
            let text = String(decoding: try #require(Sample.site.data(file)), as: UTF8.self)
            for reading in Self.readings(of: text) {
                for spelling in ["would_work_again", "would work again", "would-work-again", "wouldworkagain", "work again"] {
                    #expect(!reading.contains(spelling), "\(file) mentions \(spelling)")
                }
            }
        }
    }

    /// The value of `would_work_again` cannot change a single byte of the output: flipping
    /// every review's answer builds the same site.
    @Test func theWouldWorkAgainValueChangesNothing() throws {
        let site = SiteFixture.sample()
        defer { site.delete() }
        let before = try site.build(into: site.root + "/before").snapshot()
        var flipped = 0
        for firm in try FileManager.default.contentsOfDirectory(atPath: site.root + "/content/firms") {
            let path = "content/firms/" + firm
            let text = site.read(path)
            let lines = text.components(separatedBy: "\n").map { line -> String in
                guard let range = line.range(of: "would_work_again: ") else { return line }
                flipped += 1
                let value = line[range.upperBound...]
                return line[..<range.upperBound] + (value == "yes" ? "no" : "yes")
            }
            site.write(path, lines.joined(separator: "\n"))
        }
        #expect(flipped == 4)
        let after = try site.build(into: site.root + "/after").snapshot()
        #expect(before.keys.sorted() == after.keys.sorted())
        for (file, data) in before where after[file] != data {
            Issue.record("\(file) changed when would_work_again changed")
        }
    }

    /// A fixture whose private values are distinctive words, so any leak would show.
    @Test func privateValuesOfEveryEntityStayOut() throws {
        let site = SiteFixture.valid()
        defer { site.delete() }
        site.write("content/requests/harden-network.yml", ValidContent.request.replacingOccurrences(of: "jeanne@example.com", with: "zqx.customer+private@example.net"))
        site.write("content/experts/ada.yml", ValidContent.expert.replacingOccurrences(of: "ada@example.com", with: "\"qzv.expert@private.example\""))
        let built = try site.build()
        for file in built.files {
            let text = String(decoding: try #require(built.data(file)), as: UTF8.self)
            for reading in Self.readings(of: text) {
                #expect(!reading.contains("zqx.customer"), "\(file) holds the customer's address")
                #expect(!reading.contains("private.example"), "\(file) holds the expert's address")
                #expect(!reading.contains("would_work_again"), "\(file) holds would_work_again")
            }
        }
    }
}

import Foundation
import Testing

/// The test helpers are the oracle of every other test here: check them on known cases.
@Suite struct SupportTests {
    @Test(arguments: [
        ("../../index.html", "experts/ada/index.html", "index.html"),
        ("../../firms/x/index.html#reviews", "experts/ada/index.html", "firms/x/index.html"),
        ("../", "requests/page/2/index.html", "requests/page/"),
        ("../../", "requests/page/2/index.html", "requests/"),
        ("./", "index.html", ""),
        ("experts/", "index.html", "experts/"),
        ("page/2/index.html?x=1", "requests/index.html", "requests/page/2/index.html"),
        ("media/a%20b.png", "index.html", "media/a b.png"),
    ])
    func resolvesRelativeLinks(href: String, page: String, target: String) {
        #expect(SitePaths.resolve(href, from: page) == target)
    }

    @Test func absoluteAndOutsideLinksDoNotResolve() {
        for href in ["https://example.com/", "http://x", "//cdn.example/x.css", "mailto:a@example.com", "#main", "data:text/plain,x"] {
            #expect(SitePaths.resolve(href, from: "index.html") == nil, "\(href)")
            #expect(href.hasPrefix("#") || SitePaths.isAbsolute(href), "\(href)")
        }
        #expect(SitePaths.resolve("../x.html", from: "index.html") == nil, "climbing out of the site")
        #expect(!SitePaths.isAbsolute("../experts/index.html"))
    }

    @Test func textKeepsCellsApartAndLabelsFindTheirValues() throws {
        let html = """
        <html><body><main><table><tr><td>Fee</td><td>$3.00</td></tr></table>
        <dl><dt>Amount remaining</dt><dd>$8.00</dd></dl><p>Total: <b>$9.00</b></p><p>a <a href="#">link</a>.</p></main></body></html>
        """
        let main = try #require(Markup.html(Data(html.utf8))?.first("main"))
        #expect(main.first("table")?.text == "Fee $3.00")
        #expect(main.value(labelled: "Remaining") == "$8.00")
        #expect(main.value(labelled: "Total") == "$9.00")
        #expect(main.value(labelled: "Fee") == "$3.00")
        #expect(main.all("p").last?.text == "a link.")
        #expect(main.smallest(containing: ["Fee", "$3.00"])?.name == "tr")
    }

    @Test func xmlThatIsNotWellFormedIsRejected() {
        #expect(Markup.xml(Data("<a><b></a>".utf8)) == nil)
        #expect(Markup.xml(Data("<a>&</a>".utf8)) == nil)
        #expect(Markup.xml(Data("<a x='1'>t</a>".utf8))?["x"] == "1")
    }
}

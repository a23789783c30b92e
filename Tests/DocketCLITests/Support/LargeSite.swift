import DocketDomain
import Foundation
import DocketTestSupport

extension ValidContent {
    /// Another valid expert of the same firm, told apart by its number.
    static func expert(number: Int) -> (path: String, text: String) {
        ("content/experts/expert-\(number).yml",
         expert.replacingOccurrences(of: "name: Ada Byron", with: "name: Expert Number \(number)")
             .replacingOccurrences(of: "ada@example.com", with: "expert\(number)@example.com"))
    }
}

extension CLISite {
    /// The valid documents and `experts` more experts: a site whose build spends long
    /// enough writing (about a second for 400 in a debug build) for a test to act while
    /// it does.
    static func large(experts: Int) -> CLISite {
        let site = valid()
        for number in 0..<experts {
            let (path, text) = ValidContent.expert(number: number)
            site.write(path, text)
        }
        return site
    }

    /// Starts docket in the site's folder and returns at once.
    func start(_ arguments: [String], through launcher: [String] = []) throws -> DocketProcess.Running {
        try DocketProcess.start(arguments, in: root, through: launcher)
    }

    /// Hidden entries beside `public/` other than the build lock: what a build left behind.
    var leftovers: [String] {
        ((try? FileManager.default.contentsOfDirectory(atPath: root)) ?? [])
            .filter { $0.hasPrefix(".public.") && $0 != ".public.docket-lock" }.sorted()
    }

    /// Every file of `public/` by path, with its bytes.
    var published: [String: Data] {
        BuildCommandTests.snapshot(root + "/public")
    }
}

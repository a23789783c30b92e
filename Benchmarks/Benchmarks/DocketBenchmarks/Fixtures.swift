import DocketContent
import DocketDomain
import DocketValidation
import Foundation

/// The inputs of the benchmarks.
///
/// Single documents are copies kept in Benchmarks/Fixtures, so that their numbers stay
/// comparable while the sample site changes. Whole-site benchmarks read the repository's
/// sample site (content/, docket.yml), which is kept valid as the schema changes; a copy
/// would not be.
enum Fixtures {
    /// This file is Benchmarks/Benchmarks/DocketBenchmarks/Fixtures.swift in any clone.
    static let repositoryRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent()
        .deletingLastPathComponent().deletingLastPathComponent().path

    static let sampleSite = repositoryRoot

    /// A fixed "now", so that the 10-day auto-approval decides the same way on every run.
    static let buildTime: ISODate = {
        switch BuildTime.parse(now: "2026-11-20T12:00:00Z") {
        case .success(let date): date
        case .failure(let error): fatalError("build time: \(error)")
        }
    }()

    /// An expert profile with a markdown bio, in YAML (1.8 kB).
    static let expertProfileYAML = text("expert-profile.yml")
    /// A request, in JSON (0.9 kB).
    static let requestJSON = text("request.json")
    /// The bodies of several sample proposals, just under the 10 000-character limit of
    /// `proposal.body`.
    static let longProposalBody = text("long-proposal-body.md")

    static let expertProfile: SourceDocument = {
        do {
            return SourceDocument(kind: .expert, slug: "maya-okafor", path: "content/experts/maya-okafor.yml",
                                  text: expertProfileYAML, root: try YAMLReader.read(expertProfileYAML))
        } catch {
            fatalError("Fixtures/expert-profile.yml: \(error)")
        }
    }()

    static let expertBio: String = {
        guard case .mapping(let entries, _) = expertProfile.root,
              case .scalar(let bio)? = entries.first(where: { $0.key.text == "bio" })?.value
        else { fatalError("Fixtures/expert-profile.yml has no bio") }
        return bio.text
    }()

    private static func text(_ name: String) -> String {
        let path = repositoryRoot + "/Benchmarks/Fixtures/" + name
        guard let data = FileManager.default.contents(atPath: path) else { fatalError("cannot read \(path)") }
        return String(decoding: data, as: UTF8.self)
    }
}

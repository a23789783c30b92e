import Foundation
import Testing

/// The repository stands alone (issue 13, points 13–15): nothing it builds or tests reads
/// a folder beside it, every citation in the code names a document in it, and code derived
/// from another project carries that project's licence notice.
@Suite struct RepositoryStandsAloneTests {
    static let root = URL(fileURLWithPath: BuildCommandTests.repository)

    /// Every text file of the folders that build, test or run the project.
    static func files(under folders: [String]) -> [(path: String, text: String)] {
        var found: [(String, String)] = []
        for folder in folders {
            let base = root.appendingPathComponent(folder)
            guard let walker = FileManager.default.enumerator(at: base, includingPropertiesForKeys: [.isRegularFileKey]) else { continue }
            for case let url as URL in walker {
                let relative = String(url.path.dropFirst(root.path.count + 1))
                if url.lastPathComponent.hasPrefix(".build") || url.lastPathComponent == "Data"
                    || url.lastPathComponent == "Corpus" || url.lastPathComponent == "Regressions" {
                    walker.skipDescendants()
                    continue
                }
                guard (try? url.resourceValues(forKeys: [.isRegularFileKey]).isRegularFile) == true,
                      let data = try? Data(contentsOf: url), let text = String(data: data, encoding: .utf8)
                else { continue }
                found.append((relative, text))
            }
        }
        return found
    }

    static let codeFolders = ["Sources", "Tests", "scripts", ".ci", "Fuzz", "Benchmarks", "tests"]

    @Test func nothingReadsAFolderBesideTheRepository() {
        // Spelled in pieces so that this file does not find itself.
        let needles = ["../" + "shared", "DOCKET_" + "SHARED", "shared" + "/peer-tests", "shared" + "/bench"]
        let outside = Self.files(under: Self.codeFolders).filter { file in
            needles.contains { file.text.contains($0) }
        }
        #expect(outside.map(\.path) == [])
    }

    @Test func theTestDataTheSuiteReadsIsInTheRepositoryWithItsLicence() throws {
        let spec = Self.root.appendingPathComponent("Tests/DocketMarkdownTests/Data/gfm-spec-0.29.txt")
        let text = try String(contentsOf: spec, encoding: .utf8)
        #expect(text.contains("license: '[CC-BY-SA 4.0]"))
        let note = try String(contentsOf: spec.deletingLastPathComponent().appendingPathComponent("README.md"), encoding: .utf8)
        #expect(note.contains("CC-BY-SA 4.0"))
    }

    /// A comment that cites the specification names docs/spec.md and a section it has.
    @Test func everySpecificationCitationNamesASectionOfDocsSpec() throws {
        let spec = try String(contentsOf: Self.root.appendingPathComponent("docs/spec.md"), encoding: .utf8)
        let sections = Set(spec.split(separator: "\n").compactMap { line -> Int? in
            guard line.hasPrefix("## ") else { return nil }
            return Int(line.dropFirst(3).prefix { $0.isNumber })
        })
        #expect(sections == Set(1...6))
        var bare: [String] = []
        var unknown: [String] = []
        for file in Self.files(under: Self.codeFolders + ["docs"]) {
            if file.text.contains("SPEC" + " §") || file.text.contains("SPEC" + ".md") { bare.append(file.path) }
            var rest = file.text[...]
            while let range = rest.range(of: "docs/spec.md §") {
                // "§n" in prose names the form, not a section.
                if let number = Int(rest[range.upperBound...].prefix { $0.isNumber }), !sections.contains(number) {
                    unknown.append(file.path)
                }
                rest = rest[range.upperBound...]
            }
        }
        #expect(bare == [], "cite docs/spec.md §n, the copy in the repository")
        #expect(unknown == [])
    }

    /// NOTICE names each file derived from swift-mustache; each exists and says so in its header.
    @Test func derivedFilesCarryTheirLicenceNotice() throws {
        let notice = try String(contentsOf: Self.root.appendingPathComponent("NOTICE"), encoding: .utf8)
        let license = try String(contentsOf: Self.root.appendingPathComponent("LICENSES/Apache-2.0.txt"), encoding: .utf8)
        #expect(license.contains("Apache License") && license.contains("Version 2.0, January 2004"))
        let derived = ["TemplateParser.swift", "TemplateParser+Tags.swift", "TemplateScanner.swift",
                       "TemplateRenderer.swift", "TemplateRenderer+Values.swift", "TemplateTransform.swift"]
        for name in derived {
            #expect(notice.contains(name), "NOTICE lists \(name)")
            let text = try String(contentsOf: Self.root.appendingPathComponent("Sources/DocketTemplates/\(name)"), encoding: .utf8)
            let header = text.split(separator: "\n").prefix(8).joined(separator: "\n")
            #expect(header.contains("Derived from swift-mustache") && header.contains("SPDX-License-Identifier: Apache-2.0"), "\(name)")
        }
    }

    /// The watcher is inotify and the swap renameat2, Linux calls with no other path: the
    /// manifests claim no other platform.
    @Test func manifestsClaimNoPlatformTheCodeDoesNotBuildOn() throws {
        for manifest in ["Package.swift", "Fuzz/Package.swift", "Benchmarks/Package.swift"] {
            let text = try String(contentsOf: Self.root.appendingPathComponent(manifest), encoding: .utf8)
            #expect(!text.contains("platforms:"), "\(manifest)")
        }
        let watcher = try String(contentsOf: Self.root.appendingPathComponent("Sources/CDocketSystem/docket_watch.c"), encoding: .utf8)
        #expect(watcher.contains("inotify"))
    }
}

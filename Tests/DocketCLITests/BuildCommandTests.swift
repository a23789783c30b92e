import Foundation
import Testing

/// `docket build` as a user runs it (docs/spec.md §6): exit codes, messages, what is written.
@Suite struct BuildCommandTests {
    static let repository: String = {
        var url = URL(fileURLWithPath: #filePath)
        for _ in 0..<3 { url.deleteLastPathComponent() }
        return url.path
    }()

    /// The `docket` executable SwiftPM built beside the test bundle.
    static func docket() throws -> String {
        try DocketProcess.executable().path
    }

    struct Run {
        let status: Int32
        let stdout: String
        let stderr: String
    }

    static func run(_ arguments: [String], in folder: String, environment: [String: String] = [:]) throws -> Run {
        let outcome = try DocketProcess.run(arguments, in: folder, sourceDateEpoch: environment["SOURCE_DATE_EPOCH"],
                                            environment: environment.filter { $0.key != "SOURCE_DATE_EPOCH" })
        return Run(status: outcome.status, stdout: outcome.stdout, stderr: outcome.stderr)
    }

    static func temporaryFolder(_ label: String) -> String {
        let path = NSTemporaryDirectory() + "docket-cli-tests/" + label + "-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    /// A copy of the sample site (content/ and docket.yml only: no templates folder), alone
    /// in a folder of its own that `cleanUp` removes with everything put beside it.
    static func sampleSite() throws -> String {
        let root = temporaryFolder("run") + "/site"
        try copySample(to: root)
        return root
    }

    static func copySample(to root: String) throws {
        try FileManager.default.createDirectory(atPath: root, withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: repository + "/content", toPath: root + "/content")
        try FileManager.default.copyItem(atPath: repository + "/docket.yml", toPath: root + "/docket.yml")
    }

    /// A new folder beside the site, removed with it.
    static func beside(_ site: String, _ label: String) -> String {
        let path = (site as NSString).deletingLastPathComponent + "/" + label + "-" + UUID().uuidString
        try! FileManager.default.createDirectory(atPath: path, withIntermediateDirectories: true)
        return path
    }

    static func cleanUp(_ site: String) {
        try? FileManager.default.removeItem(atPath: (site as NSString).deletingLastPathComponent)
    }

    static func snapshot(_ folder: String) -> [String: Data] {
        var files: [String: Data] = [:]
        guard let enumerator = FileManager.default.enumerator(atPath: folder) else { return files }
        while let relative = enumerator.nextObject() as? String {
            var isDirectory: ObjCBool = false
            if FileManager.default.fileExists(atPath: folder + "/" + relative, isDirectory: &isDirectory), !isDirectory.boolValue {
                files[relative] = FileManager.default.contents(atPath: folder + "/" + relative)
            }
        }
        return files
    }

    @Test func theBinaryIsThere() throws {
        let path = try Self.docket()
        #expect(FileManager.default.isExecutableFile(atPath: path))
    }

    @Test func buildsTheSampleIntoAnOutputFolder() throws {
        let site = try Self.sampleSite()
        defer { Self.cleanUp(site) }
        let output = Self.beside(site, "out") + "/public"
        let run = try Self.run(["build", "--now", "2026-11-22", "--output", output], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        for file in ["index.html", "404.html", "sitemap.xml", "requests/feed.xml", "requests/feed.json", "experts/maya-okafor/index.html",
                     "proposals/ecs-fargate-replatform/index.html", "assets/docket.css"] {
            #expect(FileManager.default.fileExists(atPath: output + "/" + file), "no \(file)")
        }
        #expect(!FileManager.default.fileExists(atPath: site + "/templates"), "the sample has no templates folder")
        #expect(!FileManager.default.fileExists(atPath: site + "/public"), "wrote into the default output instead of --output")
    }

    @Test func buildsIntoTheDefaultOutputFolder() throws {
        let site = try Self.sampleSite()
        defer { Self.cleanUp(site) }
        let run = try Self.run(["build", "--now", "2026-11-22"], in: site)
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: site + "/public/index.html"))
    }

    /// `--config` names the site: its folder is the site root, wherever the command runs.
    @Test func buildsWithAConfigFileFromElsewhere() throws {
        let site = try Self.sampleSite()
        defer { Self.cleanUp(site) }
        let output = Self.beside(site, "out") + "/site"
        let run = try Self.run(["build", "--config", site + "/docket.yml", "--now", "2026-11-22", "--output", output], in: Self.beside(site, "cwd"))
        #expect(run.status == 0, "\(run.stderr)")
        #expect(FileManager.default.fileExists(atPath: output + "/experts/maya-okafor/index.html"))
    }

    @Test func contentErrorsExitOneAndWriteNothing() throws {
        let site = try Self.sampleSite()
        defer { Self.cleanUp(site) }
        let request = site + "/content/requests/route53-dns-cutover.yml"
        let text = try String(contentsOfFile: request, encoding: .utf8)
        try text.replacingOccurrences(of: "title: Move our domain DNS to Route 53 over a weekend", with: "title: DNS move").write(toFile: request, atomically: true, encoding: .utf8)
        let output = Self.beside(site, "out") + "/public"
        let run = try Self.run(["build", "--now", "2026-11-22", "--output", output], in: site)
        #expect(run.status == 1)
        #expect(run.stderr.contains("content/requests/route53-dns-cutover.yml:1:"), "\(run.stderr)")
        #expect(run.stderr.contains("[request.title]"))
        #expect(!FileManager.default.fileExists(atPath: output), "an output folder was written")
        let parent = (output as NSString).deletingLastPathComponent
        #expect(try FileManager.default.contentsOfDirectory(atPath: parent).isEmpty, "files were written beside the output")
    }

    @Test func contentErrorsLeaveThePreviousOutputAsItWas() throws {
        let site = try Self.sampleSite()
        defer { Self.cleanUp(site) }
        #expect(try Self.run(["build", "--now", "2026-11-22"], in: site).status == 0)
        let before = Self.snapshot(site + "/public")
        try "title: x\n".write(toFile: site + "/content/requests/broken.yml", atomically: true, encoding: .utf8)
        let run = try Self.run(["build", "--now", "2026-11-22"], in: site)
        #expect(run.status == 1)
        #expect(Self.snapshot(site + "/public") == before)
    }

    @Test func aBrokenTemplateIsNotAContentError() throws {
        let site = try Self.sampleSite()
        defer { Self.cleanUp(site) }
        #expect(try Self.run(["build", "--now", "2026-11-22"], in: site).status == 0)
        let before = Self.snapshot(site + "/public")
        try FileManager.default.createDirectory(atPath: site + "/templates", withIntermediateDirectories: true)
        try "{{<layout}}{{$main}}\n{{#skills}}\n{{/main}}{{/layout}}\n".write(toFile: site + "/templates/expert.mustache", atomically: true, encoding: .utf8)
        let run = try Self.run(["build", "--now", "2026-11-22"], in: site)
        #expect(run.status != 0 && run.status != 1, "exit \(run.status)")
        #expect(run.stderr.contains("templates/expert.mustache:3"), "\(run.stderr)")
        #expect(Self.snapshot(site + "/public") == before)
    }

    @Test(arguments: [".", "content", "templates", ".."])
    func aRefusedOutputFolderCannotRun(output: String) throws {
        // The site sits two folders down in a folder of its own: even ".." is the test's.
        let container = Self.temporaryFolder("guard")
        defer { try? FileManager.default.removeItem(atPath: container) }
        let site = container + "/sites/sample"
        try Self.copySample(to: site)
        try FileManager.default.createDirectory(atPath: site + "/templates", withIntermediateDirectories: true)
        let before = Self.snapshot(container)
        let run = try Self.run(["build", "--now", "2026-11-22", "--output", output, "--force"], in: site)
        #expect(run.status != 0 && run.status != 1, "exit \(run.status)")
        #expect(run.stderr.contains("refusing"), "\(run.stderr)")
        #expect(Self.snapshot(container) == before)
    }

    /// HOME is set to a throwaway folder, so a guard that failed could only replace that.
    @Test func theHomeFolderIsRefused() throws {
        let site = try Self.sampleSite()
        defer { Self.cleanUp(site) }
        let home = Self.beside(site, "home")
        try "mine\n".write(toFile: home + "/.profile", atomically: true, encoding: .utf8)
        let run = try Self.run(["build", "--now", "2026-11-22", "--output", home, "--force"], in: site, environment: ["HOME": home])
        #expect(run.status != 0 && run.status != 1, "exit \(run.status)")
        #expect(run.stderr.contains("home"), "\(run.stderr)")
        #expect(Self.snapshot(home) == [".profile": Data("mine\n".utf8)])
    }

    @Test func aForeignFolderIsRefusedUnlessForced() throws {
        let site = try Self.sampleSite()
        defer { Self.cleanUp(site) }
        let output = Self.beside(site, "foreign")
        try "notes\n".write(toFile: output + "/notes.txt", atomically: true, encoding: .utf8)
        let refused = try Self.run(["build", "--now", "2026-11-22", "--output", output], in: site)
        #expect(refused.status != 0 && refused.status != 1, "exit \(refused.status)")
        #expect(refused.stderr.contains("--force"), "the message does not say how to go on: \(refused.stderr)")
        #expect(Self.snapshot(output) == ["notes.txt": Data("notes\n".utf8)])
        let forced = try Self.run(["build", "--now", "2026-11-22", "--output", output, "--force"], in: site)
        #expect(forced.status == 0, "\(forced.stderr)")
        #expect(FileManager.default.fileExists(atPath: output + "/index.html"))
    }

    @Test func aBadNowIsABadArgument() throws {
        let site = try Self.sampleSite()
        defer { Self.cleanUp(site) }
        let run = try Self.run(["build", "--now", "yesterday", "--output", Self.beside(site, "out") + "/x"], in: site)
        #expect(run.status != 0 && run.status != 1, "exit \(run.status)")
    }
}

/// The binary needs nothing beside it: templates and styles are compiled in.
@Suite struct StandaloneBinaryTests {
    @Test func aCopyAloneInAnotherFolderBuildsTheSample() throws {
        let folder = BuildCommandTests.temporaryFolder("standalone")
        defer { try? FileManager.default.removeItem(atPath: folder) }
        let copy = folder + "/bin/docket"
        try FileManager.default.createDirectory(atPath: folder + "/bin", withIntermediateDirectories: true)
        try FileManager.default.copyItem(atPath: try DocketProcess.executable().path, toPath: copy)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder + "/bin") == ["docket"])
        let site = try BuildCommandTests.sampleSite()
        defer { BuildCommandTests.cleanUp(site) }
        let process = Process()
        process.executableURL = URL(fileURLWithPath: copy)
        process.arguments = ["build", "--now", "2026-11-22"]
        process.currentDirectoryURL = URL(fileURLWithPath: site)
        process.standardOutput = FileHandle.nullDevice
        process.standardError = FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        #expect(process.terminationStatus == 0)
        let css = try String(contentsOfFile: site + "/public/assets/docket.css", encoding: .utf8)
        #expect(css.contains("@media print"), "the stylesheet came from inside the binary")
        #expect(FileManager.default.fileExists(atPath: site + "/public/experts/maya-okafor/index.html"))
    }
}

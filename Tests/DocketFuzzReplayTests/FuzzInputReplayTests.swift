import DocketFuzzChecks
import Foundation
import Testing

/// Every input committed under Fuzz/ goes through its target's check again: the seed
/// corpora, so that a change that breaks an invariant on ordinary input fails here, and
/// the inputs that once crashed a fuzzer, so that a fixed bug stays fixed.
@Suite struct FuzzInputReplayTests {
    static let fuzzFolder = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        .appendingPathComponent("Fuzz")

    static func inputs(in collection: String, of target: FuzzTarget) -> [URL] {
        let folder = fuzzFolder.appendingPathComponent(collection).appendingPathComponent(target.rawValue)
        let files = (try? FileManager.default.contentsOfDirectory(at: folder, includingPropertiesForKeys: nil)) ?? []
        return files.filter { !$0.lastPathComponent.hasPrefix(".") }.sorted { $0.path < $1.path }
    }

    @Test(arguments: FuzzTarget.allCases)
    func seedCorpusHoldsNoBrokenInvariant(_ target: FuzzTarget) throws {
        let inputs = Self.inputs(in: "Corpus", of: target)
        #expect(inputs.count >= 10, "Fuzz/Corpus/\(target.rawValue) holds \(inputs.count) inputs")
        for input in inputs {
            let problems = target.problems(with: Array(try Data(contentsOf: input)))
            #expect(problems.isEmpty, "\(input.lastPathComponent): \(problems)")
        }
    }

    @Test(arguments: FuzzTarget.allCases)
    func regressionInputsHoldNoBrokenInvariant(_ target: FuzzTarget) throws {
        for input in Self.inputs(in: "Regressions", of: target) {
            let problems = target.problems(with: Array(try Data(contentsOf: input)))
            #expect(problems.isEmpty, "\(input.lastPathComponent): \(problems)")
        }
    }
}

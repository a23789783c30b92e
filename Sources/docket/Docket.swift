import ArgumentParser

@main
struct Docket: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Validate and publish an expert marketplace's content as a static site."
    )
}

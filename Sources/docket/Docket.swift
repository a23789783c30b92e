import ArgumentParser

@main
struct Docket: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Validate and publish an expert marketplace's content as a static site.",
        discussion: "Exit codes: 0 success; 1 the content has errors; anything else: the command could not run.",
        subcommands: [Build.self, Check.self, Validate.self, Serve.self, New.self, Schema.self, Rules.self]
    )
}

import ArgumentParser

@main
struct Docket: AsyncParsableCommand {
    /// What `docket --version` prints.
    static let version = "0.5.0"

    static let configuration = CommandConfiguration(
        commandName: "docket",
        abstract: "Validate and publish an expert marketplace's content as a static site.",
        discussion: "Exit codes: 0 success; 1 the content has errors; anything else: the command could not run.",
        version: version,
        subcommands: [Build.self, Check.self, Validate.self, Serve.self, New.self, Schema.self, Rules.self]
    )

    /// ArgumentParser's own `help` prints the overview for a topic it does not know and
    /// exits 0; a mistyped topic is a usage error like any other (exit 64).
    static func main() async {
        let arguments = Array(CommandLine.arguments.dropFirst())
        if let topic = HelpTopic.unknown(in: arguments, subcommands: configuration.subcommands) {
            exit(withError: ValidationError("'\(topic)' is not a docket command; 'docket help' lists them."))
        }
        do {
            var command = try parseAsRoot(arguments)
            if var asynchronous = command as? AsyncParsableCommand {
                try await asynchronous.run()
            } else {
                try command.run()
            }
        } catch {
            exit(withError: error)
        }
    }
}

/// The words after `docket help`: each must name a subcommand, nested in the one before.
enum HelpTopic {
    static func unknown(in arguments: [String], subcommands: [ParsableCommand.Type]) -> String? {
        guard arguments.first == "help" else { return nil }
        var known = subcommands
        for word in arguments.dropFirst() where !word.hasPrefix("-") {
            guard let command = known.first(where: { $0._commandName == word }) else { return word }
            known = command.configuration.subcommands
        }
        return nil
    }
}

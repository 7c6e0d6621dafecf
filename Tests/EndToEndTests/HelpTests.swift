import Foundation
import Testing

@Suite("Help and version", .tags(.large))
final class HelpTests {
    let workspace = Workspace()

    /// The subcommand names `attache --help` lists.
    private func subcommands() throws -> [String] {
        let help = try workspace.attache("--help").stdout
        let section = try #require(help.components(separatedBy: "SUBCOMMANDS:").last)
        return section.split(separator: "\n").compactMap { line in
            guard line.hasPrefix("  "), !line.hasPrefix("   "), let name = line.split(separator: " ").first else { return nil }
            return String(name)
        }.filter { $0 != "See" }
    }

    @Test("Every subcommand is listed with an abstract and appears in README.md")
    func subcommandsInReadme() throws {
        let names = try subcommands()
        #expect(names == ["ingest", "extract", "meetings", "people", "person", "aid", "topics", "search", "show", "export",
                          "stats", "report", "db"])
        let readme = try String(contentsOf: Workspace.repository.appendingPathComponent("README.md"), encoding: .utf8)
        for name in names {
            #expect(readme.contains("attache \(name)"), "README.md never shows `attache \(name)`")
            let help = try workspace.attache(name, "--help")
            #expect(help.status == 0)
            #expect(help.stdout.hasPrefix("OVERVIEW: "), "\(name) has no abstract")
            #expect(help.stdout.contains("Examples:"), "\(name) has no examples")
            #expect(help.stdout.contains("Exit codes:"), "\(name) does not list its exit codes")
        }
    }

    /// Every command path: the subcommands, and those of `show` and `db`.
    private func commands() throws -> [[String]] {
        try subcommands().map { [$0] } + [["show", "meeting"], ["show", "article"], ["show", "aid"], ["db", "check"], ["db", "migrate"]]
    }

    @Test("The subcommands of show and db each have an abstract, examples and exit codes")
    func nestedHelp() throws {
        for command in try commands() where command.count == 2 {
            let help = try workspace.attache(command + ["--help"])
            #expect(help.status == 0)
            #expect(help.stdout.hasPrefix("OVERVIEW: "), "\(command) has no abstract")
            #expect(help.stdout.contains("Examples:\n  attache \(command.joined(separator: " "))"), "\(command) has no examples")
            #expect(help.stdout.contains("Exit codes:"), "\(command) does not list its exit codes")
        }
        let readme = try String(contentsOf: Workspace.repository.appendingPathComponent("README.md"), encoding: .utf8)
        for command in [["show", "meeting"], ["show", "article"], ["show", "aid"], ["db", "check"], ["db", "migrate"]] {
            #expect(readme.contains("attache \(command.joined(separator: " "))"), "README.md never shows \(command)")
        }
    }

    @Test("Completion scripts for bash, zsh and fish name every subcommand and the values of --format")
    func completions() throws {
        for shell in ["bash", "zsh", "fish"] {
            let run = try workspace.attache("--generate-completion-script", shell)
            #expect(run.status == 0, "\(run)")
            for name in ["meetings", "search", "export", "migrate", "in_person", "jsonl"] {
                #expect(run.stdout.contains(name), "\(shell) completion lacks \(name)")
            }
        }
    }

    @Test("Every option and argument has help text")
    func everyOptionHasHelp() throws {
        for name in try commands() {
            let help = try workspace.attache(name + ["--help"]).stdout
            let options = (help.components(separatedBy: "OPTIONS:").last ?? "").components(separatedBy: "SUBCOMMANDS:")[0]
            let arguments = help.components(separatedBy: "ARGUMENTS:").dropFirst().first?.components(separatedBy: "OPTIONS:").first ?? ""
            for line in (arguments + options).split(separator: "\n") where line.hasPrefix("  ") && !line.hasPrefix("   ") {
                // "  --db <path>     The knowledge base file …": a name, then at least two spaces, then text.
                #expect(line.dropFirst(2).range(of: #"\S  +\S"#, options: .regularExpression) != nil
                    || help.contains(line + "\n      "), "\(name): no help for \(line)")
            }
        }
    }

    @Test("--version prints 0.1.0")
    func version() throws {
        let run = try workspace.attache("--version")
        #expect(run.stdout == "0.1.0\n")
        #expect(run.status == 0)
    }
}

import ArgumentParser

/// How query results are printed on stdout.
enum OutputFormat: String, ExpressibleByArgument, CaseIterable {
    /// Padded columns for a person at a terminal.
    case table
    /// A JSON array, one object per line.
    case json
    /// JSON Lines: one object per line.
    case jsonl
    /// RFC 4180 CSV with a header row.
    case csv
}

/// The `--format` option of the query commands.
struct OutputOptions: ParsableArguments {
    @Option(help: "Output format.")
    var format: OutputFormat = .table
}

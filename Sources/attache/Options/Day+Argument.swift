import ArgumentParser
import Extraction

/// Dates on the command line are `YYYY-MM-DD`; anything else is argument-parser's usage error.
extension Day: ExpressibleByArgument {
    public init?(argument: String) {
        self.init(iso: argument)
    }

    public var defaultValueDescription: String { description }
}

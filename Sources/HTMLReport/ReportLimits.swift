/// How much a page shows before it aggregates or leaves out, to stay legible and small; each
/// section says on the page what it left out.
public struct ReportLimits: Equatable, Sendable {
    /// Up to this many meetings, the timeline is one lane.
    public var singleLane = 20
    /// Lanes of the timeline, the last gathering the remaining countries.
    public var lanes = 12
    /// Beyond this many meetings, the timeline counts them per lane and period instead of marking each.
    public var markedMeetings = 1_500
    /// People and ties in the network.
    public var networkPeople = 200
    public var networkTies = 600
    /// Names written in the network; the others show on hover.
    public var networkLabels = 60
    /// Rows of the table of strongest ties.
    public var tieRows = 15
    /// Currencies charted; the others are in the totals.
    public var currencies = 6
    /// Rows of each totals table.
    public var totalRows = 20
    /// Rows of each evidence table (the latest meetings and commitments).
    public var evidenceRows = 1_000
    /// Counterparts listed in a dossier.
    public var counterpartRows = 25

    public init() {}

    public static let standard = ReportLimits()
}

/// One article as extraction sees it: its publication day, where it came from, and its body.
public struct Article: Hashable, Sendable {
    /// The path or name it was read from, as given.
    public var source: String
    /// The publication day: the anchor every relative date resolves against.
    public var date: Day
    public var title: String?
    /// The text extraction reads; every evidence offset points into it.
    public var body: String
    /// A URL or other origin named in the article's header (`source ...`), when there is one.
    public var origin: String?

    public init(source: String, date: Day, title: String? = nil, body: String, origin: String? = nil) {
        self.source = source
        self.date = date
        self.title = title
        self.body = body
        self.origin = origin
    }
}

/// Where a fact was read: a sentence of the article's body, as Unicode scalar offsets
/// (half-open), so that `substr(body, start + 1, end - start)` in SQLite returns `text`.
public struct Evidence: Codable, Hashable, Sendable {
    public var start: Int
    public var end: Int
    public var text: String

    public init(start: Int, end: Int, text: String) {
        self.start = start
        self.end = end
        self.text = text
    }
}

/// A person named in an article, at the fullest form the article gives.
public struct PersonFact: Codable, Hashable, Sendable {
    /// The fullest name written, without honorifics or titles ("Lloyd J. Austin III").
    public var name: String
    /// The office the article states ("Secretary of Defense"), without the country adjective.
    public var title: String?
    /// ISO 3166-1 alpha-2 code of the state the person serves, or a body's short name (EU, NATO, UN).
    public var country: String?
    /// Every other form the article uses for this person ("Austin", "Lloyd Austin").
    public var aliases: [String]
    /// The sentence of the first mention.
    public var evidence: Evidence

    public init(name: String, title: String? = nil, country: String? = nil, aliases: [String] = [], evidence: Evidence) {
        self.name = name
        self.title = title
        self.country = country
        self.aliases = aliases
        self.evidence = evidence
    }
}

public enum MeetingMode: String, Codable, Sendable, CaseIterable {
    case inPerson = "in_person"
    case call
    case video
}

public enum MeetingStatus: String, Codable, Sendable, CaseIterable {
    case held, planned, cancelled
}

/// A meeting, call or video conference between named people.
public struct MeetingFact: Codable, Hashable, Sendable {
    public var date: Day
    public var datePrecision: DatePrecision
    /// The most specific place named ("Pentagon", "Merdeka Palace, Jakarta"), or the event it was held at.
    public var location: String?
    /// The country `location` lies in, when known.
    public var locationCountry: String?
    public var mode: MeetingMode
    public var status: MeetingStatus
    /// Names as in `Facts.people`, principals first.
    public var participants: [String]
    public var topics: [String]
    /// Every sentence that reports this meeting, first one first.
    public var evidence: [Evidence]

    public init(date: Day, datePrecision: DatePrecision = .day, location: String? = nil, locationCountry: String? = nil,
                mode: MeetingMode = .inPerson, status: MeetingStatus = .held, participants: [String],
                topics: [String] = [], evidence: [Evidence]) {
        self.date = date
        self.datePrecision = datePrecision
        self.location = location
        self.locationCountry = locationCountry
        self.mode = mode
        self.status = status
        self.participants = participants
        self.topics = topics
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case date, datePrecision = "date_precision", location, locationCountry = "location_country", mode, status,
            participants, topics, evidence
    }
}

public enum AidKind: String, Codable, Sendable, CaseIterable {
    case military, humanitarian, economic, financial, development, other
}

/// A commitment of money: pledged, approved, announced or delivered.
public struct AidFact: Codable, Hashable, Sendable {
    /// Country code or body short name; nil where the text names no donor.
    public var donor: String?
    public var recipient: String?
    /// Exact amount in whole units of `currency`.
    public var amount: Int64
    /// ISO 4217 code.
    public var currency: String
    /// The amount as written ("$4.8 billion").
    public var amountText: String
    public var kind: AidKind
    public var date: Day
    public var datePrecision: DatePrecision
    /// A running total ("bringing the total to …"): stored, never summed with new commitments.
    public var cumulative: Bool
    public var evidence: Evidence

    public init(donor: String?, recipient: String?, amount: Int64, currency: String, amountText: String,
                kind: AidKind, date: Day, datePrecision: DatePrecision = .day, cumulative: Bool = false,
                evidence: Evidence) {
        self.donor = donor
        self.recipient = recipient
        self.amount = amount
        self.currency = currency
        self.amountText = amountText
        self.kind = kind
        self.date = date
        self.datePrecision = datePrecision
        self.cumulative = cumulative
        self.evidence = evidence
    }

    enum CodingKeys: String, CodingKey {
        case donor, recipient, amount, currency, amountText = "amount_text", kind, date,
            datePrecision = "date_precision", cumulative, evidence
    }
}

/// Everything extraction found in one article. Its JSON form is the `attache extract` contract.
public struct Facts: Codable, Hashable, Sendable {
    public var source: String
    public var date: Day
    public var title: String?
    public var people: [PersonFact]
    public var meetings: [MeetingFact]
    public var aid: [AidFact]
    /// Topics of the article as a whole.
    public var topics: [String]

    public init(source: String, date: Day, title: String?, people: [PersonFact] = [], meetings: [MeetingFact] = [],
                aid: [AidFact] = [], topics: [String] = []) {
        self.source = source
        self.date = date
        self.title = title
        self.people = people
        self.meetings = meetings
        self.aid = aid
        self.topics = topics
    }
}

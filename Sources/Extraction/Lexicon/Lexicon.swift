/// What a named entity of the reference data is.
enum EntityKind: Sendable {
    case country, demonym, capital, city, organisation, institution
    /// A province, state or region inside one state ("Borno", "Marsabit County", "Darfur"): where aid goes and what an
    /// office serves, but no place of a meeting ("discussed aid to civilians in Darfur" was not held there).
    case province
    /// A world region ("Latin America", "the Middle East"): no state, and never kept as an entity of a document
    /// (`Document.inRegion`), only matched so that the state inside its name ("America") is not read.
    case region
}

/// A country, body or place named in text, with the code it stands for.
struct Entity: Sendable, Hashable {
    let kind: EntityKind
    /// ISO 3166-1 alpha-2 code for places and states; the short name of a body ("EU", "NATO").
    let code: String
    /// For a national institution ("Pentagon"), its country's code.
    let country: String?
    /// The canonical name ("Israel", "European Union", "Pentagon").
    let name: String

    /// For an agency of a larger body ("WFP", "UNHCR"), that body ("UN"): whom its officials serve.
    let body: String?

    init(kind: EntityKind, code: String, country: String?, name: String, body: String? = nil) {
        self.kind = kind
        self.code = code
        self.country = country
        self.name = name
        self.body = body
    }

    /// The state or body a person or commitment tied to this entity belongs to.
    var affiliation: String { country ?? body ?? code }
    var isPlace: Bool { kind == .country || kind == .capital || kind == .city || kind == .province }
}

/// Classes of the words of offices (titles.tsv).
enum TitleWord: String, Sendable {
    case head, modifier, honorific, rank, counterpart

    fileprivate var bit: UInt8 {
        switch self {
        case .head: 1
        case .modifier: 2
        case .honorific: 4
        case .rank: 8
        case .counterpart: 16
        }
    }
}

/// The classes of a title phrase, as bits: tested without hashing, made without allocating.
struct TitleWords: Sendable, ExpressibleByArrayLiteral {
    private var bits: UInt8 = 0

    init(_ words: some Sequence<TitleWord>) {
        for word in words { bits |= word.bit }
    }

    init(arrayLiteral words: TitleWord...) {
        self.init(words)
    }

    func contains(_ word: TitleWord) -> Bool { bits & word.bit != 0 }

    func isDisjoint(with other: TitleWords) -> Bool { bits & other.bits == 0 }
}

/// The classes of a cue phrase (cues.tsv: "meet", "visit", "aid"…), as bits of `Lexicon.cueClassBits`.
struct CueClasses: Sendable {
    let bits: UInt64

    /// Whether `cueClass` is one of them; a class cues.tsv does not know is none of them.
    func contains(_ cueClass: String) -> Bool { bits & CueClass.bit(named: cueClass) != 0 }

    func contains(_ cueClass: CueClass) -> Bool { bits & cueClass.bit != 0 }
}

/// The classes of cue (cues.tsv) the rules ask for by name, each with a fixed bit of `Lexicon.cueClassBits`: a
/// constant, where a class's name was hashed and compared at each asking (the rules ask at every token). cues.tsv's
/// other classes take the bits after these; a class here that cues.tsv lacks is the class of no cue.
enum CueClass: Int, CaseIterable, Sendable {
    case administration, aid, announce, attend, call, cancelled, cumulative, host, humanitarian, meet, military, notAid, planned, sign,
        speech, value, video, visit

    var bit: UInt64 { 1 << UInt64(rawValue) }

    /// The class's name in cues.tsv.
    var name: String { self == .notAid ? "not_aid" : "\(self)" }

    /// The bit of a class named in a string (0 for a class cues.tsv does not know).
    static func bit(named name: String) -> UInt64 { Lexicon.shared.cueClassBits[name] ?? 0 }
}

/// A currency's surface form: a symbol or code written before a number, or a name after it.
struct CurrencyForm: Sendable {
    let code: String
    let isName: Bool
}

/// A topic of the taxonomy (topics.tsv).
struct Topic: Sendable, Hashable {
    let name: String
    let parent: String?
}

/// The reference data, loaded once from the embedded `ReferenceData/*.tsv` files into immutable,
/// case- and diacritic-insensitive indexes.
///
/// A class, though immutable: a document keeps it and rules pass it on, and a reference is copied
/// with one retain where a struct of a dozen indexes took some forty.
final class Lexicon: Sendable {
    let entities: Gazetteer<Entity>
    let titles: Gazetteer<TitleWord>
    let cues: Gazetteer<String>
    let currencies: Gazetteer<CurrencyForm>
    /// A currency's name written bare that several states' currencies share ("dinars", "pesos"), with those states and
    /// their codes: first the currency that currencies.tsv lists the bare name under (the likeliest), then every one whose
    /// full name ends in it ("Jordanian dinars"). A code's first two letters are its state's (ISO 4217).
    let sharedCurrencyNames: [String: [(state: String, code: String)]]
    let topicCues: Gazetteer<Topic>
    /// One bit for each class of cue (cues.tsv), for `Document` to test classes without `Hasher`.
    let cueClassBits: WordMap<UInt64>
    /// Every word of the gazetteers' phrases, numbered: `Document` gives each token its number.
    let vocabulary: Vocabulary
    let abbreviations: WordSet
    let notNames: WordSet
    /// Default country of an office that only one state has under that name ("Secretary of State").
    let titleCountries: [String: String]
    let countryNames: [String: String]
    /// Each state's capital by the state's code, as the reference data first names it ("MY": "Kuala Lumpur").
    let capitals: [String: String]
    /// Each folded given name of nicknames.tsv, formal or short, with the formal names it may
    /// stand for ("benny" → ["benjamin"], "alex" → ["alexander", "alexandra"]).
    let formalGivenNames: [String: [String]]

    static let shared = Lexicon()

    init() {
        var entities = Gazetteer<Entity>()
        var countryNames: [String: String] = [:]
        var capitals: [String: String] = [:]
        let countries = ReferenceTable.named("countries.tsv")
        for row in countries.rows {
            let code = countries.cell(row, "code")
            let name = countries.cell(row, "name")
            let aliases = countries.values(row, "aliases")
            let display = aliases.first ?? name
            countryNames[code] = display
            for form in [name] + aliases { entities.add(form, Entity(kind: .country, code: code, country: nil, name: display)) }
            for form in countries.values(row, "demonyms") { entities.add(form, Entity(kind: .demonym, code: code, country: nil, name: display)) }
            for form in countries.values(row, "capitals") { entities.add(form, Entity(kind: .capital, code: code, country: nil, name: form)) }
            if let capital = countries.values(row, "capitals").first { capitals[code] = capital }
        }
        // Cities, then the provinces, states and regions inside one state ("Borno", "Marsabit County", "Karakalpakstan").
        // A city's own name, added first, keeps its entry.
        for (file, kind) in [("cities.tsv", EntityKind.city), ("subdivisions.tsv", .province)] {
            let places = ReferenceTable.named(file)
            for row in places.rows {
                let name = places.cell(row, "name")
                let code = places.cell(row, "country")
                for form in [name] + places.values(row, "aliases") { entities.add(form, Entity(kind: kind, code: code, country: nil, name: name)) }
            }
        }
        let regions = ReferenceTable.named("regions.tsv")
        for row in regions.rows {
            let name = regions.cell(row, "name")
            for form in [name] + regions.values(row, "aliases") { entities.add(form, Entity(kind: .region, code: "", country: nil, name: name)) }
        }
        let organisations = ReferenceTable.named("organisations.tsv")
        for row in organisations.rows {
            let code = organisations.cell(row, "code")
            let country = organisations.cell(row, "country")
            let names = organisations.values(row, "names")
            let body = organisations.cell(row, "body")
            let entity = Entity(kind: country.isEmpty ? .organisation : .institution, code: code,
                                country: country.isEmpty ? nil : country, name: names.first ?? code, body: body.isEmpty ? nil : body)
            for form in names + organisations.values(row, "demonyms") { entities.add(form, entity) }
        }
        self.countryNames = countryNames
        self.capitals = capitals

        var titles = Gazetteer<TitleWord>()
        var titleCountries: [String: String] = [:]
        let titleTable = ReferenceTable.named("titles.tsv")
        for row in titleTable.rows {
            let form = titleTable.cell(row, "form")
            guard let word = TitleWord(rawValue: titleTable.cell(row, "class")) else { continue }
            titles.add(form, word)
            let country = titleTable.cell(row, "default_country")
            if !country.isEmpty { titleCountries[fold(form)] = country }
        }
        self.titleCountries = titleCountries

        var cues = Gazetteer<String>()
        var abbreviations: Set<String> = []
        var notNames: Set<String> = []
        let cueTable = ReferenceTable.named("cues.tsv")
        for row in cueTable.rows {
            let cue = cueTable.cell(row, "cue")
            switch cueTable.cell(row, "class") {
            case "abbreviation": abbreviations.insert(fold(cue))
            case "not_name": notNames.insert(fold(cue))
            case let kind: cues.add(cue, kind)
            }
        }
        self.abbreviations = WordSet(abbreviations)
        self.notNames = WordSet(notNames)

        var currencies = Gazetteer<CurrencyForm>()
        let currencyTable = ReferenceTable.named("currencies.tsv")
        var bareNames: [(word: String, code: String)] = []
        var namesEndingIn: [String: [String]] = [:]
        for row in currencyTable.rows {
            let code = currencyTable.cell(row, "code")
            for symbol in currencyTable.values(row, "symbols") { currencies.add(symbol, CurrencyForm(code: code, isName: false)) }
            for name in currencyTable.values(row, "names") {
                currencies.add(name, CurrencyForm(code: code, isName: true))
                let words = fold(name).split(separator: " ")
                if words.count == 1 { bareNames.append((String(words[0]), code)) }
                if words.count > 1, let last = words.last, namesEndingIn[String(last)]?.last != code {
                    namesEndingIn[String(last), default: []].append(code)
                }
            }
        }
        var sharedCurrencyNames: [String: [(state: String, code: String)]] = [:]
        for (word, code) in bareNames where !code.hasPrefix("X") {
            let codes = [code] + (namesEndingIn[word] ?? []).filter { $0 != code && !$0.hasPrefix("X") }
            if codes.count > 1 { sharedCurrencyNames[word] = codes.map { (String($0.prefix(2)), $0) } }
        }
        self.sharedCurrencyNames = sharedCurrencyNames

        var topicCues = Gazetteer<Topic>()
        let topicTable = ReferenceTable.named("topics.tsv")
        for row in topicTable.rows {
            let parent = topicTable.cell(row, "parent")
            let topic = Topic(name: topicTable.cell(row, "topic"), parent: parent.isEmpty ? nil : parent)
            for cue in topicTable.values(row, "cues") { topicCues.add(cue, topic) }
        }

        var vocabulary = Vocabulary(entities.words + titles.words + cues.words + currencies.words + topicCues.words)
        entities.compile(vocabulary, startBit: 1)
        titles.compile(vocabulary, startBit: 2)
        cues.compile(vocabulary, startBit: 4)
        currencies.compile(vocabulary, startBit: 8)
        topicCues.compile(vocabulary, startBit: 16)
        vocabulary.markStarts(entities.firstWords, bit: entities.startBit)
        vocabulary.markStarts(titles.firstWords, bit: titles.startBit)
        vocabulary.markStarts(cues.firstWords, bit: cues.startBit)
        vocabulary.markStarts(currencies.firstWords, bit: currencies.startBit)
        vocabulary.markStarts(topicCues.firstWords, bit: topicCues.startBit)
        self.vocabulary = vocabulary
        self.entities = entities
        self.titles = titles
        self.cues = cues
        var cueClassBits: [String: UInt64] = [:]
        for cueClass in CueClass.allCases { cueClassBits[cueClass.name] = cueClass.bit }
        for row in cueTable.rows {
            let kind = cueTable.cell(row, "class")
            guard cueClassBits[kind] == nil else { continue }
            precondition(cueClassBits.count < 64, "cues.tsv holds more classes than a cue bit set has bits")
            cueClassBits[kind] = 1 << UInt64(cueClassBits.count)
        }
        self.cueClassBits = WordMap(cueClassBits.map { ($0.key, $0.value) })
        self.currencies = currencies
        self.topicCues = topicCues

        var formalGivenNames: [String: [String]] = [:]
        let nicknames = ReferenceTable.named("nicknames.tsv")
        for row in nicknames.rows {
            let formal = fold(nicknames.cell(row, "name"))
            for form in [formal] + nicknames.values(row, "nicknames").map({ fold($0) }) where !form.isEmpty {
                if !(formalGivenNames[form]?.contains(formal) ?? false) { formalGivenNames[form, default: []].append(formal) }
            }
        }
        self.formalGivenNames = formalGivenNames
    }

    /// The display name of a country code ("IL" → "Israel").
    func countryName(_ code: String) -> String? { countryNames[code] }

    /// The state, place or body a whole string names ("Washington", "EU", "Japan"), if any: the
    /// gazetteer's first reading of it, when one entry covers all its words.
    func entity(named text: some StringProtocol) -> Entity? {
        // Tokenized with the vocabulary, as a document is: the gazetteer walks word ids, not strings.
        let tokens = Tokenizer(vocabulary: vocabulary).tokens(of: Array(text.unicodeScalars))
        guard let match = entities.match(tokens, at: 0), match.length == tokens.count else { return nil }
        return match.values.first
    }
}

/// Given names and their nicknames (nicknames.tsv), for telling whether "Benny Gantz" and
/// "Benjamin Gantz" may be one person while "Jake Sullivan" and "Dan Sullivan" are two.
public enum GivenNames {
    /// The formal names `name` may stand for, folded: "Benny" → ["benjamin"], "Alex" →
    /// ["alexander", "alexandra"]; a name the table does not know stands for itself.
    public static func formalNames(of name: some StringProtocol) -> [String] {
        let folded = fold(name)
        return Lexicon.shared.formalGivenNames[folded] ?? [folded]
    }
}

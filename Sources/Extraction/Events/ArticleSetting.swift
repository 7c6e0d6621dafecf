/// Where an article's story happens, for in-person meetings whose own sentences name no place:
/// the place of a visit ("Austin's New Delhi visit", "his official visit to Japan", "arrived in
/// Somalia") and the dateline's city ("BEIJING, May 11 (Xinhua) --", "Amman, Aug. 21 (Petra)--").
///
/// A dateline says where the reporter filed from, which is not always where a meeting was: it
/// stands for a meeting only when the meeting is news of the day and the dateline's country is a
/// participant's own (the host's) or the country of the visit.
struct ArticleSetting: Sendable {
    typealias Place = (name: String, country: String?)

    /// Places of visits, in order of mention.
    let visits: [(place: Place, isCity: Bool)]
    /// The day a visit begins, from the sentence that tells of it ("paid an official visit to Colombo
    /// on 20 June", "is paying a state visit to China from March 16 to 21": the window's first day).
    let visitDay: DateMention?
    /// The dateline's cities ("ISLAMABAD/BEIJING –" has two).
    let dateline: [Place]
    /// Cities the article puts anything in or at, in order, with their sentences.
    let cities: [(place: Place, sentence: Int)]

    init(_ doc: Document) {
        var visits: [(place: Place, isCity: Bool)] = []
        var visitDay: DateMention?
        for k in doc.tokens.indices {
            guard let match = doc.entityAt[k], match.range.lowerBound == k, match.best.isPlace, !doc.quoted[k] else { continue }
            let entity = match.best
            let isCity = entity.kind != .country
            let place: Place = (entity.kind == .country ? doc.text(match.range) : entity.name, entity.code)
            // "Austin's New Delhi visit"
            if isCity, match.range.upperBound < doc.tokens.count, doc.cueAt[match.range.upperBound]?.classes.contains(.visit) ?? false {
                visits.append((place, isCity))
            } else if k > 0, doc.isVisit(k - 1) {
                visits.append((place, isCity))
            } else {
                continue
            }
            if visitDay == nil {
                let sentence = doc.sentences[doc.sentenceIndex(of: k)].range
                let lean: DateResolver.Lean = doc.hasCue(.planned, in: sentence) ? .future : .past
                visitDay = DateResolver().dates(in: doc.tokens, range: sentence, anchor: doc.anchor, lean: lean)
                    .first { $0.precision == .day && $0.isAbsolute }
            }
        }
        self.visitDay = visitDay
        // "… held talks on the sidelines of the Shangri-La Dialogue, currently underway in Singapore": the place the
        // story's opening meeting sentence names, when no visit is told; not a province it tells of ("discussed aid to
        // civilians in Darfur").
        if visits.isEmpty, let opening = doc.sentences.first(where: { doc.hasCue(.meet, in: $0.range) }) {
            for k in opening.range where k > opening.range.lowerBound && ["in", "at"].contains(doc.tokens[k - 1]) {
                if let match = doc.entityAt[k], match.range.lowerBound == k, match.best.isPlace, match.best.kind != .province, !doc.quoted[k] {
                    visits.append(((match.best.kind == .country ? doc.text(match.range) : match.best.name, match.best.code), match.best.kind != .country))
                }
            }
        }
        self.visits = visits
        // Cities named after "in" or "at": "arrived in Somalia … told a press conference in Mogadishu".
        var cities: [(place: Place, sentence: Int)] = []
        for k in doc.tokens.indices where k > 0 && doc.entityAt[k] != nil && ["in", "at"].contains(doc.tokens[k - 1]) && !doc.quoted[k] {
            if let match = doc.entityAt[k], match.range.lowerBound == k, match.best.kind == .city || match.best.kind == .capital {
                cities.append(((match.best.name, match.best.code), doc.sentenceIndex(of: k)))
            }
        }
        self.cities = cities

        // "BEIJING, May 11 (Xinhua) --", "(MENAFN - Jordan News Agency)Amman, Aug. 21 (Petra)--": a city opening the
        // body or following a bracket, before a comma, bracket, dash or slash, in the first sentences.
        var dateline: [Place] = []
        for sentence in doc.sentences.prefix(2) where dateline.isEmpty {
            let head = sentence.range.lowerBound..<min(sentence.range.upperBound, sentence.range.lowerBound + 20)
            var k = head.lowerBound
            while k < head.upperBound {
                guard let match = doc.entityAt[k], match.range.lowerBound == k, match.best.isPlace, match.best.kind != .country,
                    k == sentence.range.lowerBound || [")", "/"].contains(doc.tokens[k - 1].text),
                    match.range.upperBound < sentence.range.upperBound,
                    [",", "(", "-", "–", "—", "/", ":"].contains(doc.tokens[match.range.upperBound].text)
                else {
                    k += 1
                    continue
                }
                dateline.append((match.best.name, match.best.code))
                k = match.range.upperBound + 1
            }
        }
        // "Gabala, October 7, AZERTAC", "KUMASI (GNA) –": a dateline's city the gazetteer lacks, opening the body before a
        // date, an agency's bracket or a dash, is in the outlet's own state.
        if dateline.isEmpty, let publisher = doc.publisher, let opening = doc.sentences.first?.range, opening.lowerBound == 0 {
            var end = 0
            while end < min(opening.upperBound, 3), doc.tokens[end].kind == .word, doc.tokens[end].isCapitalized,
                doc.entityAt[end] == nil, doc.titleAt[end] == nil
            {
                end += 1
            }
            if end > 0, end + 1 < opening.upperBound {
                let mark = doc.tokens[end].text, next = doc.tokens[end + 1]
                let dated = mark == "," && (DateResolver.namesDayOrMonth(next) || next.kind == .number)
                if dated || ["(", "–", "—"].contains(mark) { dateline.append((doc.text(0..<end), publisher)) }
            }
        }
        self.dateline = dateline
    }

    /// A city of state `code` named within two sentences of `sentences` and in none of `elsewhere`
    /// (the sentences of other meetings, whose places they are).
    func city(of code: String, near sentences: [Int], elsewhere: Set<Int>) -> Place? {
        cities.first { city in
            city.place.country == code && !elsewhere.contains(city.sentence) && sentences.contains { abs($0 - city.sentence) <= 3 }
        }?.place
    }

    /// The dateline's city in state `code`, for a meeting on `day` that is news of the day.
    func datelineCity(of code: String, on day: Day, anchor: Day) -> Place? {
        abs(day.ordinal - anchor.ordinal) <= 2 ? dateline.first { $0.country == code } : nil
    }

    /// The place of an in-person meeting on `day` whose participants serve `countries`, when its own
    /// sentences name none: the dateline's city where it is news of the day in the visited country or
    /// a participant's, else the most specific place visited.
    func place(on day: Day, anchor: Day, countries: Set<String>, near sentences: [Int], elsewhere: Set<Int>) -> Place? {
        let visited = Set(visits.compactMap(\.place.country))
        // "ISLAMABAD/BEIJING –" over a visit to China: the visited country's city before the visitor's own.
        if abs(day.ordinal - anchor.ordinal) <= 2,
            let city = dateline.first(where: { $0.country.map(visited.contains) ?? false })
                ?? dateline.first(where: { $0.country.map(countries.contains) ?? false })
        {
            return city
        }
        guard let first = visits.first else { return nil }
        if let city = visits.first(where: { $0.isCity && $0.place.country == first.place.country }) { return city.place }
        return first.place.country.flatMap { city(of: $0, near: sentences, elsewhere: elsewhere) } ?? first.place
    }
}

extension Extractor {
    /// How precisely a meeting's place names where it was: 0 a state ("Israel"), 1 a city ("Washington"),
    /// 2 a venue ("Pentagon", "Merdeka Palace"), 3 a venue with its city ("Merdeka Palace, Jakarta").
    /// Reports of one meeting keep the most precise place.
    static let cityStates: Set<String> = ["SG", "MC", "VA", "LU", "DJ", "SM", "HK", "MO"]

    public static func precision(ofPlace name: String) -> Int {
        if name.firstUTF8Range(of: ", ") != nil { return 3 }
        guard let entity = Lexicon.shared.entity(named: name) else { return 2 }
        switch entity.kind {
        // "in Singapore": a city-state names its city.
        case .country: return cityStates.contains(entity.affiliation) ? 1 : 0
        case .capital, .city: return 1
        default: return 2
        }
    }
}

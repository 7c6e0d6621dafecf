/// A meeting's status (held, planned, cancelled), its date and its place.
extension MeetingExtractor {
    func status(_ doc: Document, _ trigger: Int, _ range: Range<Int>) -> MeetingStatus {
        if Self.pastMeetingVerbs.contains(doc.tokens[trigger]) && !(trigger > range.lowerBound && ["to", "be", "been"].contains(doc.tokens[trigger - 1])) { return .held }
        if doc.hasCue(.cancelled, in: range) { return .cancelled }
        // "…, Wiśniewski said on Tuesday after meeting his Ukrainian counterpart": over by the time it is told.
        if trigger > range.lowerBound, ["after", "following"].contains(doc.tokens[trigger - 1]), doc.tokens[trigger].folded.hasSuffix("ing") { return .held }
        let before = range.lowerBound..<trigger
        let after = trigger..<min(range.upperBound, trigger + 4)
        if doc.hasCue(.planned, in: before) || doc.hasCue(.planned, in: after) { return .planned }
        if let plan = presentPlan(doc, range), plan <= trigger { return .planned }
        return .held
    }

    static let presentCopulas: WordSet = ["is", "are"]
    static let articles: WordSet = ["a", "an"]
    static let meetingNouns: WordSet = ["meetings", "meeting", "talks"]

    /// "Mustafa is in Brussels for meetings with … Costa on Thursday and Kallas on Friday", "is in Washington
    /// for talks": meetings a present-tense stay is for, still to come. The index of "for", if any.
    func presentPlan(_ doc: Document, _ range: Range<Int>) -> Int? {
        for k in range where Self.presentCopulas.contains(doc.tokens[k]) && !doc.quoted[k] {
            for f in k + 1..<max(k + 1, min(range.upperBound - 1, k + 10)) where doc.tokens[f].isFolded("for") {
                var noun = f + 1
                if Self.articles.contains(doc.tokens[noun]), noun + 1 < range.upperBound { noun += 1 }
                if Self.meetingNouns.contains(doc.tokens[noun]) { return f }
            }
        }
        return nil
    }

    static let pastMeetingVerbs: WordSet = ["met", "held", "hosted", "received", "welcomed", "spoke", "telephoned", "phoned", "conferred"]

    /// "was set to meet", "was to visit", "was scheduled": a plan told in the past.
    func wasPlanned(_ doc: Document, _ range: Range<Int>) -> Bool {
        // "was to meet", "were due to", "had been scheduled to hold talks".
        range.contains { k in
            doc.tokens[k].isFolded("was") || doc.tokens[k].isFolded("were")
                || (doc.tokens[k].isFolded("had") && k + 1 < range.upperBound && doc.tokens[k + 1].isFolded("been"))
        }
    }

    func nearestDate(_ dates: [DateMention], to index: Int, in doc: Document) -> DateMention? {
        // "the wildfires of February 2024": a month or year that names a thing ("of"), not when the meeting was.
        var dates = dates.filter { d in
            !inRelativeClause(doc, d.range.lowerBound, trigger: index)
                && !(d.precision != .day && d.range.lowerBound > 1 && doc.tokens[d.range.lowerBound - 1].isFolded("of")
                    && doc.tokens[d.range.lowerBound - 2].kind == .word && !doc.tokens[d.range.lowerBound - 2].isCapitalized
                    && !Self.spansOfTime.contains(doc.tokens[d.range.lowerBound - 2]))
        }
        // "SPA reported on Saturday, following his phone talk … the day before": the day of the report is not the meeting's.
        // "SEOUL, Oct. 24 (Yonhap) -- … held talks … on Thursday": nor is the dateline's.
        let events = dates.filter { !isDayOfReport(doc, $0) && $0.range != doc.datelineDate }
        if !events.isEmpty { dates = events }
        return dates.min { a, b in
            func distance(_ d: DateMention) -> Int {
                d.range.lowerBound > index ? d.range.lowerBound - index : (index - d.range.upperBound) + 2
            }
            return distance(a) < distance(b)
        }
    }

    /// "the spring of 2023", "the end of May": a time, unlike "the wildfires of February 2024".
    static let spansOfTime: WordSet = ["spring", "summer", "autumn", "fall", "winter", "end", "beginning", "start", "middle", "rest",
                                       "month", "week", "weeks", "months", "part", "half", "course", "first", "second", "days"]

    /// "said on Monday", "reported Saturday", "in a statement on Friday": the date a report was made.
    func isDayOfReport(_ doc: Document, _ date: DateMention) -> Bool {
        var k = date.range.lowerBound - 1
        if k >= 0, doc.tokens[k].isFolded("on") { k -= 1 }
        guard k >= 0 else { return false }
        return Self.reportingWords.contains(doc.tokens[k])
    }

    static let reportingWords: WordSet = ["said", "says", "reported", "reports", "announced", "stated", "told", "added", "noted",
                                              "tweeted", "wrote", "statement", "release", "readout", "briefing", "published"]

    /// A token after "who"/"which"/"since" in its comma-delimited clause, when the trigger is not in that clause.
    func inRelativeClause(_ doc: Document, _ index: Int, trigger: Int) -> Bool {
        var k = index - 1
        while k >= 0, doc.tokens[k].text != ",", doc.tokens[k].text != "." {
            if k == trigger { return false }
            // "The trilateral meeting …, which had been scheduled for October 21, has been postponed": the meeting's own time.
            if doc.tokens[k].isFolded("which"), k > trigger, (k..<index).contains(where: { Self.scheduleWords.contains(doc.tokens[$0]) }),
                describesMeeting(doc, trigger: trigger, which: k)
            {
                return false
            }
            if ["who", "which", "whom", "whose", "since", "after"].contains(doc.tokens[k]) {
                // "since the two leaders' March 18 phone call": the trigger after the date, in the same clause, is dated by it.
                var end = index + 1
                while end < min(doc.tokens.count, index + 40), ![",", ".", ";"].contains(doc.tokens[end].text) { end += 1 }
                return k > trigger || !(k..<end).contains(trigger)
            }
            k -= 1
        }
        return false
    }

    static let scheduleWords: WordSet = ["scheduled", "planned", "due", "slated", "envisaged", "foreseen"]

    /// Whether the clause opened by "which" at `which` describes the meeting noun at `trigger`: only its participants stand
    /// between them ("The trilateral meeting between A, B and C, which had been scheduled for …"), not "… ahead of the APEC
    /// summit, which is due to open …".
    func describesMeeting(_ doc: Document, trigger: Int, which: Int) -> Bool {
        guard which - 1 > trigger, doc.tokens[which - 1].text == "," else { return false }
        return (trigger + 1..<which - 1).allSatisfy { k in
            let t = doc.tokens[k]
            return t.isCapitalized || t.text == "," || t.text == "." || Self.participantJoints.contains(t) || doc.titleAt[k] != nil
                || doc.entityAt[k] != nil
        }
    }

    static let participantJoints: WordSet = ["and", "between", "with", "of", "the", "among", "’s", "'s", "-"]

    /// The most specific place named after "in" or "at": a venue ("the Pentagon", "Merdeka Palace"),
    /// then a city, then a country; "venue, city" when both are named.
    func location(_ doc: Document, _ range: Range<Int>) -> (name: String, country: String?)? {
        var venue: (String, String?)?
        var city: (String, String?)?
        var country: (String, String?)?
        var k = range.lowerBound
        while k < range.upperBound {
            // The word's few cases, each compared once, without a string comparison.
            let isIn = doc.tokens[k].isFolded("in"), isAt = doc.tokens[k].isFolded("at") || doc.tokens[k].isFolded("inside"), isTo = doc.tokens[k].isFolded("to")
            // "…, who urged Norway to help ahead of the COP29 summit in Baku": a place told of someone, up to the next comma.
            if doc.tokens[k].isFolded("who") || doc.tokens[k].isFolded("whose"), k > range.lowerBound, doc.tokens[k - 1].text == "," {
                k = (k..<range.upperBound).first { doc.tokens[$0].text == "," } ?? range.upperBound
                continue
            }
            let afterVisit = doc.cueAt[k]?.classes.contains(.visit) ?? false
            // "welcomed Kihara to the Pentagon": a national institution after "to" is where they met.
            let toVenue = isTo && k + 2 < range.upperBound && (doc.entityAt[k + 1] ?? doc.entityAt[k + 2])?.best.kind == .institution
                // "looked forward to welcoming Minister X to Washington": the city a host welcomes the guest to.
                || (isTo && k + 1 < range.upperBound && (doc.entityAt[k + 1].map { $0.best.kind == .capital || $0.best.kind == .city } ?? false)
                    && (max(range.lowerBound, k - 12)..<k).contains { doc.cueAt[$0]?.classes.contains(.host) ?? false || Self.welcomeWords.contains(doc.tokens[$0]) })
            // "a planned trip to Port-au-Prince, where she was to meet …"
            let toDestination = isTo && doc.isVisit(k)
            // "the situation in Myanmar", "the war in Sudan": a topic's place, not the meeting's.
            let topicPlace = isIn && k > range.lowerBound && Self.topicNouns.contains(doc.tokens[k - 1])
                // "TICAD 9 to be held in Yokohama in August": where an event yet to come will be, not this meeting.
                || (isIn && k >= range.lowerBound + 3 && doc.tokens[k - 1].isFolded("held") && doc.tokens[k - 2].isFolded("be")
                    && ["to", "will"].contains(doc.tokens[k - 3]))
            // "Minister of State at the Ministry of Foreign Affairs X": the office's own words, not a place.
            // … not "with his counterpart at the Foreign Ministry".
            let inOffice = isAt && k > range.lowerBound && doc.titleAt[k - 1].map { !$0.words.contains(.counterpart) } ?? false
            guard isIn || isAt || afterVisit || toVenue || toDestination, !topicPlace, !inOffice, !doc.quoted[k] else {
                // "Austin's New Delhi visit"
                if let entity = doc.entityAt[k], entity.range.lowerBound == k, entity.best.kind == .capital || entity.best.kind == .city,
                    entity.range.upperBound < range.upperBound, doc.cueAt[entity.range.upperBound]?.classes.contains(.visit) ?? false, city == nil
                {
                    city = (doc.text(entity.range), entity.best.code)
                }
                k += 1
                continue
            }
            var j = k + 1
            if j < range.upperBound, ["the", "his", "her", "their", "a", "an"].contains(doc.tokens[j]) { j += 1 }
            guard j < range.upperBound else { break }
            // "in the border city of Rzeszów", "in the Malaysian capital": a city told by its kind, or a capital by its state.
            if let described = Self.describedCity(doc, from: j, range) {
                if city == nil { city = described.place }
                k = described.end
                continue
            }
            if let entity = doc.entityAt[j], entity.range.lowerBound == j {
                let e = entity.best
                switch e.kind {
                case .institution where venue == nil:
                    var end = entity.range.upperBound
                    if end < range.upperBound, Self.venueWords.contains(doc.tokens[end]) { end += 1 }
                    venue = (doc.text(entity.range.lowerBound..<end), e.country)
                    if let own = Self.ownVenue(doc, after: end, range) {
                        venue = (doc.text(end + 1..<own), e.country)
                        k = own
                        continue
                    }
                case .capital, .city: if city == nil { city = (doc.text(entity.range), e.code) }
                case .country: if country == nil { country = (doc.text(entity.range), e.code) }
                // "at the AU Headquarters", "at Itamaraty Palace": a body's seat.
                default:
                    if venue == nil, entity.range.upperBound < range.upperBound, Self.venueWords.contains(doc.tokens[entity.range.upperBound]) {
                        venue = (doc.text(entity.range.lowerBound..<entity.range.upperBound + 1), e.country)
                    }
                }
                k = entity.range.upperBound
                continue
            }
            // A venue named after its venue word: "Hotel Bayerischer Hof", "Palais des Nations".
            // "Palacio de las Garzas".
            func joint(_ m: Int) -> Bool {
                var n = m
                while n < range.upperBound, Self.venueNameJoints.contains(doc.tokens[n]), !doc.tokens[n].isCapitalized { n += 1 }
                return n > m && n < range.upperBound && doc.tokens[n].isCapitalized
            }
            if doc.tokens[j].isCapitalized, Self.leadingVenueWords.contains(doc.tokens[j]), j + 1 < range.upperBound,
                doc.tokens[j + 1].isCapitalized || joint(j + 1), venue == nil
            {
                var m = j + 1
                while m < range.upperBound, doc.tokens[m].isCapitalized || (Self.venueNameJoints.contains(doc.tokens[m]) && joint(m)) {
                    if let entity = doc.entityAt[m] {
                        // "the Palace of Serbia": a venue of its state, named with it.
                        if doc.tokens[m - 1].isFolded("of"), entity.best.kind == .country { m = entity.range.upperBound }
                        break
                    }
                    if DateResolver.namesDayOrMonth(doc.tokens[m]) { break }
                    m += 1
                }
                // Never "the Palace of": a joint left at the end is no part of the name.
                while m > j + 1, Self.venueNameJoints.contains(doc.tokens[m - 1]) { m -= 1 }
                venue = (doc.text(j..<m), nil)
                k = m
                continue
            }
            // A venue not in the gazetteer: capitalised words ending in a venue word ("Shangri-La Hotel", "Kirya base").
            var m = j
            // "Office of the Prime Minister": "of the" inside a capitalised name.
            func ofThe(_ m: Int) -> Bool {
                m + 2 < range.upperBound && doc.tokens[m].isFolded("of") && doc.tokens[m + 1].isFolded("the") && !doc.tokens[m + 1].isCapitalized
                    && doc.tokens[m + 2].isCapitalized
            }
            while m < range.upperBound, doc.tokens[m].isCapitalized || (m > j && Self.venueWords.contains(doc.tokens[m])) || (m > j && ["of", "the"].contains(doc.tokens[m]) && m + 1 < range.upperBound && doc.tokens[m + 1].isCapitalized) || (m > j && ofThe(m) && (j..<m).allSatisfy { Self.venueWords.contains(doc.tokens[$0]) }) {
                if let entity = doc.entityAt[m], m > j {
                    // "the Palace of Serbia", "the Presidency of Serbia": a venue of its state, named with it.
                    if doc.tokens[m - 1].isFolded("of"), entity.best.kind == .country, (j..<m - 1).contains(where: { Self.venueWords.contains(doc.tokens[$0]) }) {
                        m = entity.range.upperBound
                    }
                    break
                }
                if DateResolver.namesDayOrMonth(doc.tokens[m]) { break }
                m += 1
            }
            // "at the Ministry of National Defence in Warsaw", "at the Palace of the Revolution": a venue word and what it is of.
            let venueOf = (j..<max(j, m - 2)).contains { Self.venueWords.contains(doc.tokens[$0]) && doc.tokens[$0].isCapitalized && doc.tokens[$0 + 1].isFolded("of") }
            if m > j, Self.venueWords.contains(doc.tokens[m - 1]) || venueOf, venue == nil {
                venue = (doc.text(j..<m), nil)
                if let own = Self.ownVenue(doc, after: m, range) {
                    venue = (doc.text(m + 1..<own), nil)
                    m = own
                }
                // "at the Ministry's headquarters": the seat of the ministry the text named, or whose minister it named, before.
                if m == j + 1, m + 1 < range.upperBound, doc.tokens[j].isFolded("ministry"), ["'s", "’s"].contains(doc.tokens[m]),
                    Self.venueWords.contains(doc.tokens[m + 1]), !doc.tokens[m + 1].isCapitalized
                {
                    venue = ("\(Self.ministryNamed(doc, before: j) ?? doc.text(j..<m + 1)) \(doc.tokens[m + 1].text)", nil)
                    m += 2
                }
                // "at State House, Nairobi": the venue's city after a comma.
                if m + 1 < range.upperBound, doc.tokens[m].text == ",", city == nil, let entity = doc.entityAt[m + 1], entity.range.lowerBound == m + 1,
                    entity.best.kind == .capital || entity.best.kind == .city
                {
                    city = (doc.text(entity.range), entity.best.code)
                }
            } else if isAt, venue == nil, let end = Self.describedVenue(doc, from: j, range) {
                // "at the presidential office", "at the Party Central Committee's headquarters"; "at the headquarters of the
                // Foreign Ministry" is named as the body's "Foreign Ministry headquarters".
                if !doc.tokens[j].isCapitalized, doc.tokens[j + 1].isFolded("of") {
                    let name = doc.tokens[j + 2].isFolded("the") ? j + 3 : j + 2
                    venue = ("\(doc.text(name..<end)) \(doc.tokens[j].text)", nil)
                } else {
                    venue = (doc.text(j..<end), nil)
                }
                // "at the alliance's headquarters": the seat of the body named last before it ("NATO headquarters").
                if end - j >= 3, Self.bodyReferences.contains(doc.tokens[j]), ["'s", "’s"].contains(doc.tokens[j + 1]),
                    let body = stride(from: j - 1, through: max(0, j - 400), by: -1).lazy.compactMap({ doc.entityAt[$0] })
                        .first(where: { $0.best.kind == .organisation || $0.best.kind == .institution })
                {
                    venue = ("\(doc.text(body.range)) \(doc.text(j + 2..<end))", body.best.country)
                }
                m = end
            } else if isAt, venue == nil, m > j, let end = Self.namedVenue(doc, from: j, to: m, range) {
                // "received … at Wisma Putra", "met … at the Sheraton Addis": a place's own name, without a venue word.
                venue = (doc.text(j..<end), nil)
                m = end
            }
            k = max(m, k + 1)
        }
        if let venue, let city { return ("\(venue.0), \(city.0)", city.1) }
        if let venue { return (venue.0, venue.1) }
        if let city { return city }
        return country
    }

    /// "On the sidelines of the London Sudan Conference", "on the margins of the conference" (named earlier): the event a
    /// meeting was held at, with the state of a city its name holds and the sentence that names it (where its day is).
    func eventSetting(_ doc: Document, _ range: Range<Int>, sentence s: Int) -> (name: String, country: String?, sentence: Int)? {
        let t = doc.tokens
        guard let edge = range.first(where: { Self.edgeWords.contains(t[$0]) }), edge + 2 < range.upperBound, t[edge + 1].isFolded("of")
        else { return nil }
        var j = edge + 2
        if t[j].isFolded("the") { j += 1 }
        // "the 23rd edition of the Doha Forum", "the 80th session of the UN General Assembly".
        var e = j
        while e < range.upperBound, t[e].kind == .number || Self.ordinals.contains(t[e]) { e += 1 }
        if e > j, e + 1 < range.upperBound, ["edition", "session", "round", "meeting"].contains(t[e]), t[e + 1].isFolded("of") {
            j = e + 2
            if j < range.upperBound, t[j].isFolded("the") { j += 1 }
        }
        // A capitalised name ending in an event word: "London Sudan Conference", "G20 Summit", "Shangri-La Dialogue".
        func named(from j: Int, limit: Int) -> Range<Int>? {
            var m = j, end = j
            while m < limit, t[m].isCapitalized || t[m].kind == .number || (m > j && Self.eventNameJoints.contains(t[m])) {
                m += 1
                if t[m - 1].isCapitalized, Self.eventWords.contains(t[m - 1]) { end = m }
            }
            return end > j ? j..<end : nil
        }
        func country(of name: Range<Int>) -> String? {
            for k in name {
                if let entity: Entity = doc.entityAt[k]?.best, entity.isPlace { return entity.code }
            }
            return nil
        }
        if j < range.upperBound, let name = named(from: j, limit: range.upperBound) {
            return (doc.text(name), country(of: name), s)
        }
        // "the conference": the latest event of that word named before.
        guard j < range.upperBound, Self.eventWords.contains(t[j]), !t[j].isCapitalized else { return nil }
        for earlier in stride(from: s - 1, through: max(0, s - 6), by: -1) {
            let sentence = doc.sentences[earlier].range
            for k in sentence where t[k].isCapitalized && t[k].folded == t[j].folded {
                var start = k
                while start > sentence.lowerBound, t[start - 1].isCapitalized || t[start - 1].kind == .number { start -= 1 }
                if let name = named(from: start, limit: k + 1), name.count > 1 { return (doc.text(name), country(of: name), earlier) }
            }
        }
        // "at a conference in Geneva … at Tuesday's conference": an event told only by its word, at the place named after it,
        // on the day of the sentence that dates it.
        guard let told = toldEvent(doc, word: j, before: s), let place = told.place else { return nil }
        return (place.name, place.country, told.dated ?? s)
    }

    /// The event that a later "the conference" refers to, told before `s` by the same word in lower case: the place named
    /// after it ("a conference in Geneva") and the latest sentence that gives it a day ("Tuesday's conference"); not another
    /// event of the word ("last year's conference in Paris").
    func toldEvent(_ doc: Document, word j: Int, before s: Int) -> (place: (name: String, country: String?)?, dated: Int?)? {
        let t = doc.tokens
        var place: (name: String, country: String?)?
        var dated: Int?
        for earlier in stride(from: s - 1, through: max(0, s - 30), by: -1) {
            let sentence = doc.sentences[earlier].range
            for k in sentence where !t[k].isCapitalized && t[k].folded == t[j].folded
                && !(max(sentence.lowerBound, k - 3)..<k).contains(where: { Self.otherEventWords.contains(t[$0]) })
            {
                if place == nil, k + 2 < sentence.upperBound, t[k + 1].isFolded("in"), let entity = doc.entityAt[k + 2],
                    entity.range.lowerBound == k + 2, entity.best.isPlace
                {
                    place = (doc.text(entity.range), entity.best.code)
                }
                // … dated beside its word ("Tuesday's conference"), not by any day of its sentence.
                if dated == nil, DateResolver().dates(in: t, range: Self.around(k, in: sentence), anchor: doc.anchor, lean: .past)
                    .contains(where: { $0.precision == .day })
                {
                    dated = earlier
                }
            }
        }
        return place == nil && dated == nil ? nil : (place, dated)
    }

    /// Words before an event's word that make it another event than the one told ("last year's conference": "last").
    static let otherEventWords: WordSet = ["last", "previous", "next", "another", "earlier", "first", "second"]

    /// The words close around token `k` of a sentence, where a day that dates it stands.
    static func around(_ k: Int, in sentence: Range<Int>) -> Range<Int> {
        max(sentence.lowerBound, k - 4)..<min(sentence.upperBound, k + 5)
    }

    /// "On the eve of the conference": the day before the day of the event told earlier.
    func eveOfEvent(_ doc: Document, _ range: Range<Int>, sentence s: Int) -> DateMention? {
        let t = doc.tokens
        guard let eve = range.first(where: { t[$0].isFolded("eve") }), eve + 3 < range.upperBound, t[eve + 1].isFolded("of"),
            t[eve + 2].isFolded("the"), Self.eventWords.contains(t[eve + 3]), let told = toldEvent(doc, word: eve + 3, before: s),
            let dated = told.dated,
            let day = DateResolver().dates(in: t, range: doc.sentences[dated].range, anchor: doc.anchor, lean: .past)
                .first(where: { $0.precision == .day })
        else { return nil }
        return DateMention(range: eve..<eve + 4, day: day.day.adding(days: -1), precision: .day, isAbsolute: false)
    }

    static let ordinals: WordSet = ["st", "nd", "rd", "th", "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth",
                                    "ninth", "tenth", "eleventh", "twelfth", "annual", "latest", "next"]
    static let eventNameJoints: WordSet = ["of", "on", "for", "and"]
    static let edgeWords: WordSet = ["sidelines", "sideline", "margins", "margin", "fringes", "fringe"]
    static let eventWords: WordSet = ["conference", "summit", "dialogue", "forum", "assembly", "meeting", "council", "congress",
                                      "session", "expo", "week", "ministerial", "convention", "symposium"]

    /// The end of a venue described in words after "at the": "presidential office", "foreign ministry", "Party Central
    /// Committee's headquarters" — a few words ending in a venue word, with no mark, date or preposition before it.
    static func describedVenue(_ doc: Document, from j: Int, _ range: Range<Int>) -> Int? {
        var m = j
        while m < min(range.upperBound, j + 5) {
            let token = doc.tokens[m]
            // "at the headquarters of the Ministry of Foreign Affairs": the seat of a body named after it.
            if m == j, venueWords.contains(token), !token.isCapitalized, let end = seatOf(doc, after: j + 1, range) { return end }
            if venueWords.contains(token) { return m > j || token.isCapitalized ? m + 1 : nil }
            let possessive = token.isFolded("'s") || token.folded == "’s"
            guard token.kind == .word || possessive, !venueStops.contains(token), !DateResolver.namesDayOrMonth(token) else { return nil }
            m += 1
        }
        return nil
    }

    /// The end of a body's name after "of (the)" at `k`: "of the Ministry of Foreign Affairs", "of the African Union
    /// Commission"; capitalised words and the small words inside a name.
    static func seatOf(_ doc: Document, after k: Int, _ range: Range<Int>) -> Int? {
        guard k + 1 < range.upperBound, doc.tokens[k].isFolded("of") else { return nil }
        let start = doc.tokens[k + 1].isFolded("the") ? k + 2 : k + 1
        var end = start
        while end < range.upperBound, doc.tokens[end].isCapitalized
            || (end > start && ["of", "for", "and"].contains(doc.tokens[end]) && end + 1 < range.upperBound && doc.tokens[end + 1].isCapitalized)
        {
            if DateResolver.namesDayOrMonth(doc.tokens[end]) { break }
            end += 1
        }
        return end > start ? end : nil
    }

    /// The ministry a text names before `j` ("the Ministry of Foreign Affairs"), or whose minister it names ("Deputy Minister
    /// of Foreign Affairs", "Minister of State for Foreign Affairs"): "Ministry of Foreign Affairs".
    static func ministryNamed(_ doc: Document, before j: Int) -> String? {
        for i in stride(from: j - 1, through: max(0, j - 600), by: -1) {
            guard doc.tokens[i].isFolded("ministry") || doc.tokens[i].isFolded("minister"), doc.tokens[i].isCapitalized else { continue }
            // A minister's ministry is named within the title only ("Deputy Minister of Foreign Affairs Eng. Majed").
            let minister = doc.tokens[i].isFolded("minister")
            let limit = min(doc.tokens.count, i + 12)
            var n = i + 1, of = -1
            while n + 1 < limit, doc.tokens[n].isFolded("of") || doc.tokens[n].isFolded("for"), doc.tokens[n + 1].isCapitalized {
                of = n + 1
                n += 1
                // The name ends before another title's word or an abbreviation ("… Foreign Affairs Dr. Abdullah").
                while n < limit, doc.tokens[n].isCapitalized || (doc.tokens[n].isFolded("and") && n + 1 < limit && doc.tokens[n + 1].isCapitalized) {
                    if !minister, n > of, !doc.tokens[n].isFolded("affairs"), let title = doc.titleAt[n], title.range.lowerBound == n { break }
                    if n + 1 < doc.tokens.count, doc.tokens[n + 1].text == "." { break }
                    n += 1
                }
            }
            // A minister's name follows the words of the office ("Minister of Foreign Affairs Adel …"): only "… Affairs" is
            // sure to end it.
            if let end = (of..<n).last(where: { of >= 0 && doc.tokens[$0].isFolded("affairs") }) { n = end + 1 } else if minister { continue }
            guard of > 0, n > of else { continue }
            // "Minister of State" is a rank, not a ministry.
            if n - of == 1, doc.tokens[of].isFolded("state") { continue }
            return "Ministry of \(doc.text(of..<n))"
        }
        return nil
    }

    /// The end of a place named by capitalised words `j..<m` after "at" that hold no venue word ("at Temple Trees", "at the
    /// Sheraton Addis"): not a title or a person's ("at President X's invitation"), not an event ("at the Asean Summit"),
    /// not a holiday or a time.
    static func namedVenue(_ doc: Document, from j: Int, to m: Int, _ range: Range<Int>) -> Int? {
        var end = m
        // "the Sheraton Addis": a name that runs on into a city's.
        if end < range.upperBound, let entity = doc.entityAt[end], entity.range.lowerBound == end, entity.range.upperBound <= range.upperBound,
            entity.best.kind == .capital || entity.best.kind == .city
        {
            end = entity.range.upperBound
        }
        guard !doc.quoted[j], (j..<end).allSatisfy({ doc.tokens[$0].kind == .word
                && (doc.titleAt[$0].map { $0.words.isDisjoint(with: [.head, .honorific, .rank]) } ?? true) }),
            !eventWords.contains(doc.tokens[end - 1]), !edgeWords.contains(doc.tokens[end - 1]),
            !(end < range.upperBound && ["'s", "’s", "-"].contains(doc.tokens[end])),
            // "at the airport": where a guest is met on arrival, not where they hold talks.
            !["airport", "airfield"].contains(doc.tokens[end - 1]),
            // "at the National Coast Guard air station": a name that a description goes on from is not the place.
            !(end < range.upperBound && doc.tokens[end].kind == .word && !doc.tokens[end].isCapitalized
                && !venueStops.contains(doc.tokens[end]) && !afterVenueWords.contains(doc.tokens[end]))
        else { return nil }
        return end
    }

    static let afterVenueWords: WordSet = ["here", "there", "today", "yesterday", "tonight", "earlier", "later", "this", "last",
                                           "where", "while", "before", "after", "during", "as", "at", "when", "following"]

    /// "Meanwhile, in Bishkek, TİKA handed over …. The equipment was delivered at a ceremony attended by …": a city that a
    /// sentence opens with sets the scene of what its paragraph tells from there on.
    func sceneCity(of s: Int, _ doc: Document) -> (name: String, country: String?)? {
        for t in stride(from: s, through: doc.paragraph(of: s).lowerBound, by: -1) {
            let range = doc.sentences[t].range
            var k = range.lowerBound
            if k + 1 < range.upperBound, Self.sceneAdverbs.contains(doc.tokens[k]), doc.tokens[k + 1].text == "," { k += 2 }
            guard k + 1 < range.upperBound, doc.tokens[k].isFolded("in"), let entity = doc.entityAt[k + 1], entity.range.lowerBound == k + 1,
                entity.best.kind == .city || entity.best.kind == .capital, entity.range.upperBound < range.upperBound,
                doc.tokens[entity.range.upperBound].text == ","
            else { continue }
            return (doc.text(entity.range), entity.best.code)
        }
        return nil
    }

    static let sceneAdverbs: WordSet = ["meanwhile", "elsewhere", "later", "earlier", "separately", "also", "then"]

    /// "at the Foreign Ministry's Iikura Guest House": a body's venue named by capitalised words after its possessive at
    /// `k`, ending in a venue word; the index after it.
    static func ownVenue(_ doc: Document, after k: Int, _ range: Range<Int>) -> Int? {
        guard k + 1 < range.upperBound, ["'s", "’s"].contains(doc.tokens[k]) else { return nil }
        var m = k + 1
        while m < range.upperBound, doc.tokens[m].isCapitalized, doc.entityAt[m] == nil { m += 1 }
        return m > k + 1 && venueWords.contains(doc.tokens[m - 1]) ? m : nil
    }

    /// Nouns that tell a place is a city: "the port city of Aden", "the Malaysian capital".
    static let cityNouns: WordSet = ["city", "town", "port", "village", "capital", "resort"]

    /// A city told by its kind after "in the" (at `j`): "the border city of Rzeszów" (its name, in the gazetteer or not),
    /// "the Black Sea port of Odesa", "the Malaysian capital" and "the capital of Malaysia" (the state's capital), with the
    /// state an adjective gives ("the Polish city of …") and the index after the name.
    static func describedCity(_ doc: Document, from j: Int, _ range: Range<Int>) -> (place: (name: String, country: String?), end: Int)? {
        var state: String?
        var n = j
        while n < range.upperBound, !(cityNouns.contains(doc.tokens[n]) && !doc.tokens[n].isCapitalized) {
            guard n < j + 4, doc.tokens[n].kind == .word, !Self.venueWords.contains(doc.tokens[n]) else { return nil }
            if let entity = doc.entityAt[n], entity.range.lowerBound == n {
                guard entity.best.kind == .demonym || entity.best.kind == .region else { return nil }
                if entity.best.kind == .demonym { state = entity.best.code }
                n = entity.range.upperBound
            } else {
                n += 1
            }
        }
        guard n < range.upperBound else { return nil }
        var noun = n
        // "the port city of …"
        while noun + 1 < range.upperBound, cityNouns.contains(doc.tokens[noun + 1]), !doc.tokens[noun + 1].isCapitalized { noun += 1 }
        let hasOf = noun + 2 < range.upperBound && doc.tokens[noun + 1].isFolded("of") && doc.tokens[noun + 2].isCapitalized
        if !hasOf {
            // "the Malaysian capital": only a capital, and only of a state named by its adjective.
            guard doc.tokens[noun].isFolded("capital"), let state, let capital = Lexicon.shared.capitals[state] else { return nil }
            return ((capital, state), noun + 1)
        }
        let name = noun + 2
        if let entity = doc.entityAt[name], entity.range.lowerBound == name {
            switch entity.best.kind {
            case .country where doc.tokens[noun].isFolded("capital"):
                guard let capital = Lexicon.shared.capitals[entity.best.code] else { return nil }
                return ((capital, entity.best.code), entity.range.upperBound)
            case .capital, .city, .province:
                return ((doc.text(entity.range), entity.best.code), entity.range.upperBound)
            default:
                return nil
            }
        }
        // A name the gazetteer lacks: its capitalised words ("the town of Budzisko").
        var end = name
        while end < range.upperBound, doc.tokens[end].isCapitalized, doc.entityAt[end] == nil,
            !DateResolver.namesDayOrMonth(doc.tokens[end])
        {
            end += 1
        }
        guard end > name else { return nil }
        return ((doc.text(name..<end), state), end)
    }

    /// Words by which a text names again a body it has named: "the alliance", "the bloc".
    static let bodyReferences: WordSet = ["alliance", "bloc", "organisation", "organization", "union"]

    static let venueStops: WordSet = ["of", "in", "on", "with", "for", "to", "and", "by", "from", "the", "a", "an", "which", "where",
                                      "that", "invitation", "end", "start", "beginning", "time", "request", "meeting", "talks"]

    static let topicNouns: WordSet = ["situation", "crisis", "war", "conflict", "developments", "peace", "tensions", "elections",
                                          "violence", "fighting", "events", "stability", "security", "ceasefire", "reconstruction"]

    static let venueWords: WordSet = ["palace", "house", "hotel", "hall", "base", "centre", "center", "building", "headquarters",
                                      "office", "residence", "ministry", "embassy", "pentagon", "kremlin", "street", "resort", "villa",
                                      "castle", "complex", "memorial", "seat", "presidency", "diwan", "room", "observatory", "serail",
                                      "chancellery", "istana", "department", "buildings"]
    static let venueNameJoints: WordSet = ["des", "de", "du", "of", "the", "la", "las", "los", "le", "les", "del", "al", "el", "di",
                                           "della", "da", "do", "dos", "das", "der", "van", "von"]
    /// Venue words that open a venue's name: "Hotel Bayerischer Hof", "Palais des Nations", "Palacio de La Moneda".
    static let leadingVenueWords: WordSet = ["hotel", "palais", "palacio", "palazzo", "palace", "schloss", "villa", "castle", "istana",
                                             "fort", "camp", "hall"]
    static let welcomeWords: WordSet = ["welcome", "welcomes", "welcomed", "welcoming"]

    /// The nearest sub-heading before sentence `s` that is only a day ("Saturday, 15 February 2025" on a line of its own),
    /// whose day the items under it share; nil where the nearest such line opens the text (a release's date line).
    func datedHeading(before s: Int, _ doc: Document) -> (sentence: Int, date: DateMention)? {
        func words(_ range: Range<Int>, atMost limit: Int) -> Int {
            var count = 0
            for k in range where doc.tokens[k].kind != .punctuation {
                count += 1
                if count > limit { break }
            }
            return count
        }
        var n = s - 1
        while n >= 0 {
            let range = doc.sentences[n].range
            // Most sentences open no line, or hold more than five words: asked first, without building anything.
            if !range.isEmpty, doc.tokens[range.lowerBound].newlineBefore || range.lowerBound == 0, (1...5).contains(words(range, atMost: 5)),
                let d = DateResolver().dates(in: doc.tokens, range: range, anchor: doc.anchor, lean: .past).first, d.precision == .day,
                d.isAbsolute,
                range.allSatisfy({ doc.tokens[$0].kind == .punctuation || d.range.contains($0) || DateResolver.weekdays[doc.tokens[$0]] != nil })
            {
                // … a sub-heading within the body, not the release's date line over it.
                let bodyBefore = (0..<n).contains { m in
                    doc.sentences[m].range.lazy.filter { doc.tokens[$0].kind == .word }.count >= 6
                }
                return bodyBefore ? (n, d) : nil
            }
            n -= 1
        }
        return nil
    }

}

/// Finds meetings, calls and video conferences, with every named participant, and merges the
/// sentences that report the same encounter.
///
/// A sentence reports an encounter when it holds a cue ("met", "held talks", "hosted",
/// "received", "spoke by phone", "videoconference", "visit the White House"); its participants
/// are the people it names outside quotes who are not merely cited ("…, Kirby said"), plus people
/// it refers to by title ("the Secretary", "EAM"), as "the two leaders" or, in a minister's release,
/// as "I". "The meeting was attended by …" adds attendees to the latest meeting. Two reports are one
/// meeting when their people agree, their dates, places and statuses do not conflict, and they tell
/// of the same occasion: a welcoming ceremony, talks and a state dinner of one day are three.
struct MeetingExtractor: Sendable {
    struct Candidate: Sendable {
        var people: [Int]
        var date: DateMention?
        var mode: MeetingMode
        var modeStated: Bool
        var status: MeetingStatus
        var location: (name: String, country: String?)?
        var sentences: [Int]
        /// A ceremony, a meal or a reception given for the guest ("hosted an official luncheon in honour
        /// of"); nil for talks. Occasions of one day are separate meetings.
        var occasion: String? = nil
    }

    func meetings(in doc: Document, mentions: [PersonMention], coref: Coreference.Result) -> [(fact: MeetingFact, people: [Int])] {
        let resolver = DateResolver()
        let cancelledArticle = doc.hasCue("cancelled", in: 0..<doc.tokens.count)
        var meetings: [Candidate] = []
        // The meetings (ascending) each person takes part in: a report is compared with the meetings of its people,
        // never with every meeting of a long article.
        var meetingsOf: [Int: [Int]] = [:]
        func add(_ people: [Int], to index: Int) {
            for p in people where meetingsOf[p]?.last != index { meetingsOf[p, default: []].append(index) }
        }
        func append(_ candidate: Candidate) {
            meetings.append(candidate)
            add(candidate.people, to: meetings.count - 1)
        }
        /// The latest meeting that shares someone with `people` and passes `test`.
        func latest(sharing people: [Int], where test: (Candidate) -> Bool) -> Int? {
            var indices = Set<Int>()
            for p in people { indices.formUnion(meetingsOf[p] ?? []) }
            return indices.sorted(by: >).first { test(meetings[$0]) }
        }
        var mentionsOfSentence: [Int: [Int]] = [:]
        for (m, mention) in mentions.enumerated() { mentionsOfSentence[mention.sentence, default: []].append(m) }
        var pendingGroup: (sentence: Int, states: Set<String>, candidate: Candidate)?
        lazy var holders = holdersByInitials(coref.people)
        // The person a release opens with (its first two sentences), who may then write "I".
        let author = mentions.firstIndex { !$0.isCredit && $0.sentence <= 1 }.map { coref.personOfMention[$0] }
        // The mention whose extent (name and title) covers each token.
        var mentionAt = [Int?](repeating: nil, count: doc.tokens.count)
        for (m, mention) in mentions.enumerated() { for k in mention.extent { mentionAt[k] = m } }
        var referents = Coreference.Referents(people: coref.people, mentions: mentions)

        for (s, sentence) in doc.sentences.enumerated() {
            let range = sentence.range
            // Days point ahead in a sentence about a plan: one whose plan word comes before its meeting word or just
            // after ("will meet", "meet … is scheduled"), not "On Wednesday I met X and announced that Australia will …".
            var planned = doc.hasCue("planned", in: range)
            if planned, let meetingWord = range.first(where: { doc.cueAt[$0].map { $0.classes.contains("meet") || $0.classes.contains("call") } ?? false }) {
                planned = doc.hasCue("planned", in: range.lowerBound..<min(range.upperBound, meetingWord + 4))
            }
            let lean: DateResolver.Lean = planned || doc.hasCue("cancelled", in: range)
                ? .future : presentPlan(doc, range) != nil ? .nearest : .past
            // Read only for a sentence that reports a meeting.
            lazy var dates = resolver.dates(in: doc.tokens, range: range, anchor: doc.anchor, lean: lean)

            // People of the sentence, in order, and where they are.
            var people: [(person: Int, at: Int)] = []
            for m in mentionsOfSentence[s] ?? [] {
                let mention = mentions[m]
                guard !doc.quoted[mention.range.lowerBound], !mention.isCredit else { continue }
                // "…, Wiśniewski said on Tuesday after meeting his Ukrainian counterpart": the speaker took part.
                if mention.isSpeaker, !metWhileSpeaking(doc, after: mention.range.upperBound, in: range) { continue }
                let p = coref.personOfMention[m]
                if !people.contains(where: { $0.person == p }) { people.append((p, mention.range.lowerBound)) }
            }
            var unresolvedDescription = false
            for description in definiteDescriptions(doc, range) {
                if let p = referents.referent(of: description, in: doc, before: s) {
                    // "the Special Adviser to the President, Femi Adeyemi, said": a title's own words name its holder only
                    // where the holder is named with them.
                    let ownTitle = description.contains { k in mentionAt[k].map { coref.personOfMention[$0] == p } ?? false }
                    if !ownTitle, !people.contains(where: { $0.person == p }) { people.append((p, description.lowerBound)) }
                } else {
                    unresolvedDescription = true
                }
            }
            // "EAM paid a courtesy call on …": the initials of an office stand for the person who holds it.
            for k in range where doc.tokens[k].isAllCaps && mentionAt[k] == nil && !doc.quoted[k] && doc.entityAt[k] == nil {
                if let p = holders[doc.tokens[k].text]?.last(where: { coref.people[$0].firstSentence <= s }),
                    !people.contains(where: { $0.person == p })
                {
                    people.append((p, k))
                }
            }
            // "The two leaders", "the secretaries": the people of the latest meeting. A sentence that names no one
            // else ("The secretaries recalled the discussions during the President's visit") adds to that meeting
            // or to none: it does not report a new one.
            // "… where she met Prime Minister Moraru": the pronoun before a meeting verb is the person last named.
            // "On Wednesday I met the Prime Minister": in a minister's own release, "I" is its author, named at its head.
            for k in range where Self.pronouns.contains(doc.tokens[k]) && !doc.quoted[k] {
                var verb = k + 1
                if verb < range.upperBound, ["also", "then", "later", "later on", "separately", "subsequently"].contains(doc.tokens[verb].folded) { verb += 1 }
                let firstPerson = doc.tokens[k].text == "I"
                guard verb < range.upperBound, Self.pastVerbs.contains(doc.tokens[verb]) || ["will", "would"].contains(doc.tokens[verb].folded),
                    doc.hasCue("meet", in: verb..<min(range.upperBound, verb + 4)) || doc.hasCue("call", in: verb..<min(range.upperBound, verb + 3)),
                    let p = firstPerson ? author : lastNamed(before: k, sentence: s, mentions: mentions, coref: coref),
                    !people.contains(where: { $0.person == p })
                else { continue }
                people.append((p, k))
            }
            // "Besides meeting the Chinese President, PM Sharif would also call on Premier Li …": the meeting set aside is
            // told elsewhere; its people are not of this sentence's meetings.
            let aside = asideClause(doc, range)
            people.removeAll { aside.contains($0.at) }
            let pairOnly = people.isEmpty
            if refersToPair(doc, range) {
                // With no meeting yet, "the two" are the two people named last.
                // "The two leaders" of talks attended by their ministers are the two who held them (named first).
                let stated = range.contains { Self.pairCounts.contains(doc.tokens[$0]) }
                var group = meetings.last.map { stated ? Array($0.people.prefix(groupSize(doc, range))) : $0.people }
                    ?? lastNamed(count: groupSize(doc, range), before: range.lowerBound, sentence: s, mentions: mentions, coref: coref)
                // "The Presidents agreed to meet" after talks their prime minister joined: the holders of that office.
                if let office = range.lazy.compactMap({ Self.pluralOffices[doc.tokens[$0]] }).first {
                    let holders = group.filter { coref.people[$0].title.map { fold($0).contains(office) } ?? false }
                    if holders.count >= 2 { group = holders }
                }
                for p in group where !people.contains(where: { $0.person == p }) { people.append((p, range.lowerBound)) }
            }
            people.sort { $0.at < $1.at }
            let ids = people.map(\.person)

            // Attendees of the latest meeting.
            if doc.hasCue("attend", in: range), !doc.hasCue("visit", in: range) || doc.hasCue("meet", in: range),
                mentionsMeeting(doc, range), !meetings.isEmpty
            {
                let triggerless = doc.cueIndices("meet", in: range).allSatisfy { isReferenceToMeeting(doc, $0) }
                if triggerless {
                    for p in ids where !meetings[meetings.count - 1].people.contains(p) { meetings[meetings.count - 1].people.append(p) }
                    add(ids, to: meetings.count - 1)
                    meetings[meetings.count - 1].sentences.append(s)
                    continue
                }
            }

            // "The foreign ministers of Australia, India and Japan met on Friday …", then their names: the meeting of
            // the people of the next sentence who serve those states.
            if let group = pendingGroup, group.sentence == s - 1 {
                pendingGroup = nil
                let members = ids.filter { p in coref.people[p].country.map(group.states.contains) ?? false }
                if Set(members.compactMap { coref.people[$0].country }).count >= 2 {
                    var candidate = group.candidate
                    candidate.people = members
                    candidate.sentences.append(s)
                    append(candidate)
                    continue
                }
            }

            // "The last time the three sides' defense chiefs met was in November 2019", "the first time Lee has met with
            // Austin since …": the verb of a comparison with other encounters reports none (what follows "after" may).
            var triggers = self.triggers(doc, range, people: people, aside: aside)
            if let time = range.first(where: { k in
                k > range.lowerBound && doc.tokens[k].folded == "time" && Self.ordinalsOfTime.contains(doc.tokens[k - 1])
            }), let verb = triggers.firstIndex(where: { $0.index > time }),
                !(time..<triggers[verb].index).contains(where: { ["after", "since", "when", "before"].contains(doc.tokens[$0].folded) })
            {
                triggers.remove(at: verb)
            }
            guard !triggers.isEmpty else { continue }
            let place = location(doc, range)
            if ids.isEmpty, let trigger = triggers.first, isVerbCue(doc, trigger.index) {
                let states = statesOfGroup(doc, range)
                if states.count >= 2 {
                    let candidate = Candidate(people: [], date: nearestDate(dates, to: trigger.index, in: doc), mode: trigger.mode,
                                              modeStated: trigger.modeStated, status: self.status(doc, trigger.index, range),
                                              location: trigger.mode == .inPerson ? place : nil, sentences: [s])
                    pendingGroup = (s, states, candidate)
                }
            }
            for trigger in triggers {
                let enoughPeople = ids.count >= 2 || (ids.count == 1 && (trigger.venue != nil || unresolvedDescription || describesOthers(doc, trigger.index, range)))
                guard enoughPeople else { continue }
                var status = self.status(doc, trigger.index, range)
                if status == .planned, cancelledArticle, wasPlanned(doc, range) { status = .cancelled }
                var date = nearestDate(dates, to: trigger.index, in: doc)
                // "Earlier the same day", "later that day": the day of the meeting told before.
                if date == nil, sameDay(doc, range), let previous = meetings.last?.date { date = previous }
                var candidate = Candidate(people: ids, date: date, mode: trigger.mode, modeStated: trigger.modeStated, status: status,
                                          location: nil, sentences: [s], occasion: occasion(doc, after: trigger.index, range))
                if trigger.mode == .inPerson { candidate.location = trigger.venue ?? place }
                let pieces = separateMeetings(candidate, trigger: trigger.index, people: people, dates: dates, doc, range).map { piece in
                    // A stay told in the present ("is in Jakarta for meetings with A on Monday"): a day gone by was held.
                    var piece = piece
                    if lean == .nearest, piece.status == .planned, let day = piece.date?.day, day < doc.anchor { piece.status = .held }
                    return piece
                }
                if pieces.count > 1 {
                    for piece in pieces { append(piece) }
                    continue
                }
                candidate = pieces[0]
                if trigger.isReference,
                    let index = latest(sharing: candidate.people, where: { Set($0.people).intersection(candidate.people).count >= 2 && $0.occasion == candidate.occasion })
                {
                    candidate.date = meetings[index].date ?? candidate.date
                    merge(candidate, into: &meetings[index])
                    add(candidate.people, to: index)
                } else if let index = latest(sharing: candidate.people, where: { sameMeeting($0, candidate) }) {
                    merge(candidate, into: &meetings[index])
                    add(candidate.people, to: index)
                } else if !pairOnly || trigger.mode != .inPerson || status != .held || isVerbCue(doc, trigger.index) {
                    append(candidate)
                }
            }
        }

        let setting = ArticleSetting(doc)
        let reported = Set(meetings.flatMap(\.sentences))
        var results: [(fact: MeetingFact, people: [Int])] = meetings.map { candidate in
            var candidate = candidate
            var date = candidate.date?.day ?? doc.anchor
            var precision = candidate.date?.precision ?? .day
            if candidate.date == nil, let first = candidate.sentences.first {
                // No date in the report: a date in the sentence just before, else the first day of the visit the
                // article tells of, else the anchor day.
                let previous = first > 0 ? doc.sentences[first - 1].range : 0..<0
                if let d = DateResolver().dates(in: doc.tokens, range: previous, anchor: doc.anchor, lean: .past).last, d.precision == .day {
                    date = d.day
                    precision = d.precision
                } else if let d = setting.visitDay {
                    date = d.day
                    precision = d.precision
                }
            }
            if precision == .week { precision = .month; date = date.firstOfMonth }
            let elsewhere = reported.subtracting(candidate.sentences)
            if candidate.mode == .inPerson, candidate.location == nil {
                let countries = Set(candidate.people.compactMap { coref.people[$0].country })
                candidate.location = setting.place(on: date, anchor: doc.anchor, countries: countries, near: candidate.sentences,
                                                   elsewhere: elsewhere)
            }
            // "on a state visit to China" under a BEIJING dateline; "arrived in Somalia … held meetings" beside "a press
            // conference in Mogadishu": the city, when the article gives one close by.
            if let place = candidate.location, let code = place.country, Extractor.precision(ofPlace: place.name) == 0,
                let city = setting.datelineCity(of: code, on: date, anchor: doc.anchor)
                    ?? setting.city(of: code, near: candidate.sentences, elsewhere: elsewhere)
            {
                candidate.location = city
            }
            let names = candidate.people.map { coref.people[$0].name }
            let fact = MeetingFact(date: date, datePrecision: precision, location: candidate.location?.name,
                                   locationCountry: candidate.location?.country, mode: candidate.mode, status: candidate.status,
                                   participants: names, topics: [],
                                   evidence: candidate.sentences.map { doc.evidence(doc.sentences[$0]) })
            return (fact, candidate.people)
        }
        // A welcoming ceremony and talks of the same people on the same day, one told at "the Merdeka Palace", the other
        // placed only in the country: the venue told is where both were. So is the city of talks for the dinner after
        // them ("held talks in Tokyo … hosted a working dinner for Minister Hai"), the people of the dinner all at the talks.
        var precisions = results.map { $0.fact.location.map(Extractor.precision(ofPlace:)) ?? -1 }
        for n in results.indices where results[n].fact.mode == .inPerson && precisions[n] <= 0 {
            let result = results[n]
            func sameCountry(_ other: MeetingFact) -> Bool {
                guard let mine = result.fact.locationCountry, let theirs = other.locationCountry else { return true }
                return mine == theirs
            }
            guard let v = results.indices.first(where: { o in
                let other = results[o]
                guard other.fact.mode == .inPerson, other.fact.date == result.fact.date, sameCountry(other.fact) else { return false }
                return (Set(other.people) == Set(result.people) && precisions[o] >= 2)
                    || (precisions[n] == 0 && precisions[o] >= 1 && Set(other.people).isSuperset(of: result.people))
            })
            else { continue }
            results[n].fact.location = results[v].fact.location
            results[n].fact.locationCountry = results[v].fact.locationCountry ?? result.fact.locationCountry
            precisions[n] = precisions[v]
        }
        return results
    }

    // MARK: - Triggers

    struct Trigger {
        let index: Int
        let mode: MeetingMode
        let modeStated: Bool
        let venue: (name: String, country: String?)?
        /// "In their talks, A and B discussed …": the meeting is told as already known.
        var isReference = false
    }

    /// "In the meeting held at …", "During their talks", "the meeting took place": a sentence that
    /// sets its people in the meeting, unlike "Before the meeting" or "after the talks".
    private func reportsMeeting(_ doc: Document, _ i: Int, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        if i + 1 < range.upperBound, ["held", "took", "between"].contains(t[i + 1].folded) { return true }
        if i + 2 < range.upperBound, t[i + 1].folded == "was", t[i + 2].folded == "held" { return true }
        let article = i - 1
        return article - 1 >= range.lowerBound && ["in", "during", "at"].contains(t[article - 1].folded)
    }

    private func triggers(_ doc: Document, _ range: Range<Int>, people: [(person: Int, at: Int)], aside: Range<Int>) -> [Trigger] {
        var result: [Trigger] = []
        var reference: Int?
        var i = range.lowerBound
        while i < range.upperBound {
            guard let cue = doc.cueAt[i], cue.range.lowerBound == i, !doc.quoted[i], !aside.contains(i) else {
                i += 1
                continue
            }
            defer { i = cue.range.upperBound }
            let classes = cue.classes
            // A capitalised cue inside a sentence names something ("the Meeting Room"), unless quoted or the event a
            // verb holds: "held a Japan-Viet Nam Foreign Ministers' Meeting in Tokyo with …".
            if i > range.lowerBound, doc.tokens[i].isCapitalized, !doc.tokens[i - 1].text.allSatisfy({ "“\"(".contains($0) }),
                !isHeldEvent(doc, i, range)
            {
                continue
            }
            let next = cue.range.upperBound < range.upperBound ? doc.tokens[cue.range.upperBound].folded : ""
            if classes.contains("call") {
                // "call for", "call to": appeals, not calls.
                if ["for", "to", "upon"].contains(next) && doc.tokens[i].folded.hasPrefix("call") { continue }
                result.append(Trigger(index: i, mode: .call, modeStated: true, venue: nil))
            } else if classes.contains("video") {
                result.append(Trigger(index: i, mode: .video, modeStated: true, venue: nil))
            } else if classes.contains("meet") {
                if isReferenceToMeeting(doc, i) {
                    if reference == nil, reportsMeeting(doc, i, range) { reference = i }
                    continue
                }
                let mode = modeNear(doc, i, range)
                result.append(Trigger(index: i, mode: mode ?? .inPerson, modeStated: mode != nil, venue: nil))
            } else if classes.contains("host") {
                // "will host Scholz and Tusk", "is hosting Prime Minister X", "hosted an official luncheon in honour of X"
                // — not "hosting US forces".
                if people.contains(where: { $0.at >= cue.range.upperBound && $0.at <= cue.range.upperBound + 4 })
                    || occasion(doc, after: i, range) != nil && people.contains(where: { $0.at > i })
                {
                    result.append(Trigger(index: i, mode: .inPerson, modeStated: false, venue: nil))
                }
            } else if classes.contains("visit") {
                // "visit the White House": a visit with a named host.
                var k = cue.range.upperBound
                if k < range.upperBound, doc.tokens[k].folded == "the" { k += 1 }
                if k < range.upperBound, let entity = doc.entityAt[k], entity.best.kind == .institution {
                    result.append(Trigger(index: i, mode: .inPerson, modeStated: false, venue: (entity.best.name, entity.best.country)))
                }
            }
        }
        // "A and B then headed to the central courtyard to attend a state ceremony": an occasion told for the first time
        // is an encounter of the people with it.
        if result.isEmpty, reference == nil,
            let k = range.first(where: { k in
                Self.occasions[doc.tokens[k].folded] != nil && !doc.quoted[k]
                    && (max(range.lowerBound, k - 3)..<k).contains { ["a", "an"].contains(doc.tokens[$0].folded) }
            })
        {
            result.append(Trigger(index: k, mode: .inPerson, modeStated: false, venue: nil))
        }
        // "In the meeting held at the Shangri-La Hotel, A and B discussed …", "In their talks, the two ministers also
        // discussed the summit in July": the sentence tells of that meeting, whatever else it names.
        if let reference, Set(people.map(\.person)).count >= 2 {
            let mode = modeNear(doc, reference, range)
            return [Trigger(index: reference, mode: mode ?? .inPerson, modeStated: mode != nil, venue: nil, isReference: true)]
        }
        // Several cues for one encounter in one clause ("held a bilateral meeting"): keep one per mode.
        var seen: Set<String> = []
        return result.filter { trigger in
            let key = "\(trigger.mode.rawValue)-\(trigger.venue?.name ?? "")"
            if trigger.mode == .inPerson || trigger.mode == .call || trigger.mode == .video { return seen.insert(key).inserted }
            return true
        }
    }

    /// "hosted an official welcoming ceremony for", "welcomed X with a state welcoming ceremony", "will host a
    /// state dinner": the occasion a cue at `index` opens, within the words from it on — not one it is
    /// told after ("After the ceremony, the two leaders held talks").
    private func occasion(_ doc: Document, after index: Int, _ range: Range<Int>) -> String? {
        for k in index..<min(range.upperBound, index + 14) {
            if [",", ";"].contains(doc.tokens[k].text) { break }
            guard let occasion = Self.occasions[doc.tokens[k].folded] else { continue }
            let before = max(range.lowerBound, k - 3)..<k
            if before.contains(where: { ["after", "before", "following", "during", "since"].contains(doc.tokens[$0].folded) }) { return nil }
            return occasion
        }
        return nil
    }

    static let occasions: [String: String] = ["ceremony": "ceremony", "dinner": "meal", "luncheon": "meal", "lunch": "meal",
                                              "banquet": "meal", "breakfast": "meal", "reception": "reception"]

    /// "phone talks", "telephone conversation": a call or video cue close before a meeting cue.
    private func modeNear(_ doc: Document, _ i: Int, _ range: Range<Int>) -> MeetingMode? {
        let window = max(range.lowerBound, i - 3)..<min(range.upperBound, i + 4)
        if doc.hasCue("video", in: window) { return .video }
        if window.contains(where: { doc.cueAt[$0]?.classes.contains("call") ?? false && !(doc.tokens[$0].folded.hasPrefix("call")) }) { return .call }
        return nil
    }

    /// "The meeting", "the talks", "today's meeting", "At the meeting": a noun pointing back at a meeting already reported.
    private func isReferenceToMeeting(_ doc: Document, _ i: Int) -> Bool {
        let word = doc.tokens[i].folded
        // "joined the bilateral talks": an adjective of the meeting after "the", before its noun.
        if ["bilateral", "trilateral", "official", "working", "summit", "delegation-level", "restricted"].contains(word), i > 0,
            i + 1 < doc.tokens.count, ["talks", "meeting", "meetings", "session"].contains(doc.tokens[i + 1].folded)
        {
            return ["the", "their", "this", "’s", "'s"].contains(doc.tokens[i - 1].folded)
        }
        guard ["meeting", "talks", "conversation", "discussion", "call"].contains(word) || word == "meetings" else { return false }
        guard i > 0 else { return false }
        var before = doc.tokens[i - 1].folded
        // "the bilateral talks", "their working meeting": past the adjective to the determiner.
        if i > 1, ["bilateral", "trilateral", "official", "working", "summit", "restricted", "earlier", "previous"].contains(before) {
            before = doc.tokens[i - 2].folded
        }
        return before == "the" || before == "’s" || before == "'s" || before == "this" || before == "their"
    }

    private func mentionsMeeting(_ doc: Document, _ range: Range<Int>) -> Bool {
        return range.contains { ["meeting", "talks", "call", "conversation", "they"].contains(doc.tokens[$0].folded) }
    }

    /// "meet with French and United Kingdom defence leaders", "met Qatari officials": a counterpart described, not named.
    private func describesOthers(_ doc: Document, _ i: Int, _ range: Range<Int>) -> Bool {
        let window = (i + 1)..<min(range.upperBound, i + 10)
        return window.contains { Self.describedOthers.contains(doc.tokens[$0]) }
    }

    private static let describedOthers: WordSet = ["leaders", "officials", "counterparts", "ministers", "dignitaries", "investors",
                                                   "businessmen", "delegation", "officers"]

    /// "said … after meeting X", "told reporters following talks with X": a meeting the speaker had.
    private func metWhileSpeaking(_ doc: Document, after index: Int, in range: Range<Int>) -> Bool {
        var k = index
        while k + 1 < min(range.upperBound, index + 8) {
            if ["after", "following", "before", "while", "during"].contains(doc.tokens[k].folded),
                doc.hasCue("meet", in: k + 1..<min(range.upperBound, k + 3))
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// "Besides meeting X,", "In addition to meeting X,", "Apart from talks with X,": the clause up to its
    /// comma, which sets a meeting told elsewhere aside; empty when the sentence has none.
    private func asideClause(_ doc: Document, _ range: Range<Int>) -> Range<Int> {
        for k in range where k > range.lowerBound && doc.cueAt[k]?.range.lowerBound == k && doc.hasCue("meet", in: k..<k + 1) {
            let before = doc.tokens[k - 1].folded
            let twoBefore = k - 2 >= range.lowerBound ? doc.tokens[k - 2].folded : ""
            guard before == "besides" || before == "beside" || (before == "to" && twoBefore == "addition") || (before == "from" && twoBefore == "apart")
            else { continue }
            let end = (k..<range.upperBound).first { doc.tokens[$0].text == "," } ?? k
            return k..<end
        }
        return 0..<0
    }

    private static let timesOfDay: WordSet = ["day", "evening", "morning", "afternoon", "night"]
    /// Nouns of an encounter told before: its talks or one of its occasions.
    private static let eventNouns = WordSet(["meeting", "talks", "call"] + occasions.keys)
    private static let afterWords: WordSet = ["after", "following"]
    private static let sameWords: WordSet = ["same", "that"]
    private static let laterWords: WordSet = ["later", "earlier"]

    /// "the same day", "that day", "that evening", "later in the day", "After the ceremony": a day given by
    /// the story so far.
    private func sameDay(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.contains { k in
            guard k + 1 < range.upperBound else { return false }
            if Self.afterWords.contains(doc.tokens[k]), k + 2 < range.upperBound, doc.tokens[k + 1].folded == "the",
                Self.eventNouns.contains(doc.tokens[k + 2])
            {
                return true
            }
            guard Self.timesOfDay.contains(doc.tokens[k + 1]) else { return false }
            if Self.sameWords.contains(doc.tokens[k]) { return true }
            return doc.tokens[k].folded == "the" && k >= range.lowerBound + 2 && doc.tokens[k - 1].folded == "in"
                && Self.laterWords.contains(doc.tokens[k - 2])
        }
    }

    /// "the foreign ministers of Australia, India and Japan", "leaders of Egypt and Jordan": the states of an
    /// unnamed group of officials.
    private func statesOfGroup(_ doc: Document, _ range: Range<Int>) -> Set<String> {
        guard let of = range.first(where: { $0 > range.lowerBound && doc.tokens[$0].folded == "of" && Self.groupRoles.contains(doc.tokens[$0 - 1]) })
        else { return [] }
        var states: Set<String> = []
        var k = of + 1
        while k < range.upperBound {
            if let match = doc.entityAt[k], match.range.lowerBound == k, match.best.kind == .country {
                states.insert(match.best.affiliation)
                k = match.range.upperBound
            } else if [",", "and", "the"].contains(doc.tokens[k].folded) {
                k += 1
            } else {
                break
            }
        }
        return states
    }

    private static let groupRoles: WordSet = ["ministers", "leaders", "presidents", "chiefs", "heads", "envoys", "premiers", "secretaries"]

    /// The cue at `index` is a verb of meeting ("met", "spoke", "agreed to meet") or the object of one ("held
    /// bilateral talks", "had a bilateral meeting"), not a noun alone ("the discussions").
    private func isVerbCue(_ doc: Document, _ index: Int) -> Bool {
        let range = doc.cueAt[index]?.range ?? index..<index + 1
        if range.contains(where: { Self.pastVerbs.contains(doc.tokens[$0]) || ["meet", "talk", "talked"].contains(doc.tokens[$0].folded) }) {
            return true
        }
        for k in stride(from: index - 1, through: max(0, index - 3), by: -1) {
            if doc.tokens[k].kind == .punctuation { return false }
            if Self.reportingHolds.contains(doc.tokens[k]) { return true }
        }
        return false
    }

    /// "held a Japan-Viet Nam Foreign Ministers' Meeting", "held the Japan-Kazakhstan Summit Telephone Talk":
    /// a capitalised event the verb before it holds, within its name's words.
    private func isHeldEvent(_ doc: Document, _ index: Int, _ range: Range<Int>) -> Bool {
        for k in stride(from: index - 1, through: max(range.lowerBound, index - 8), by: -1) {
            let text = doc.tokens[k].text
            if doc.tokens[k].kind == .punctuation, !["'", "’", "-"].contains(text) { return false }
            if Self.reportingHolds.contains(doc.tokens[k]) { return true }
        }
        return false
    }

    private static let ordinalsOfTime: WordSet = ["last", "first", "previous"]
    private static let pairCounts: WordSet = ["two", "both", "three"]
    private static let pluralOffices: WordMap<String> = ["presidents": "president", "ministers": "minister", "secretaries": "secretary",
                                                         "premiers": "premier", "chancellors": "chancellor"]

    /// "held bilateral talks", "had a bilateral meeting": verbs whose object is a meeting noun.
    private static let reportingHolds: WordSet = ["held", "had", "holds", "hold"]

    private static let pronouns: WordSet = ["he", "she", "i"]

    static let pastVerbs: WordSet = ["met", "held", "hosted", "received", "welcomed", "spoke", "telephoned", "phoned", "conferred",
                                         "talked", "called", "visited", "meets", "holds", "hosts", "receives", "welcomes", "speaks"]

    /// The person named last before token `index` (in sentence `sentence` or earlier), outside credits.
    private func lastNamed(before index: Int, sentence: Int, mentions: [PersonMention], coref: Coreference.Result) -> Int? {
        lastNamed(count: 1, before: index, sentence: sentence, mentions: mentions, coref: coref).first
    }

    /// The `count` distinct people named last before token `index`, oldest first.
    private func lastNamed(count: Int, before index: Int, sentence: Int, mentions: [PersonMention], coref: Coreference.Result) -> [Int] {
        var found: [Int] = []
        // Mentions are in text order: start from the last one that ends by `index`.
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.upperBound <= index { low = mid + 1 } else { high = mid }
        }
        for m in stride(from: low - 1, through: 0, by: -1) where mentions[m].range.upperBound <= index && !mentions[m].isCredit {
            let p = coref.personOfMention[m]
            if !found.contains(p) { found.append(p) }
            if found.count == count { break }
        }
        return found.count == count ? found.reversed() : []
    }

    /// "The two", "the three ministers".
    private func groupSize(_ doc: Document, _ range: Range<Int>) -> Int {
        range.contains { doc.tokens[$0].folded == "three" } ? 3 : 2
    }

    /// "the two leaders", "the two ministers", "both leaders": the people of the latest meeting.
    private func refersToPair(_ doc: Document, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        for k in range where k + 2 < range.upperBound {
            // Every pattern below starts with one of these words.
            guard Self.pairOpeners.contains(t[k]) else { continue }
            if (t[k].folded == "two" || t[k].folded == "both" || t[k].folded == "three"),
                ["leaders", "ministers", "officials", "sides", "secretaries", "presidents", "men", "women", "heads", "counterparts",
                 "premiers", "envoys", "diplomats"].contains(t[k + 1].folded)
            {
                return true
            }
            // "The two met", "the two held a video call".
            if k > range.lowerBound, t[k - 1].folded == "the", t[k].folded == "two" || t[k].folded == "three",
                Self.pastVerbs.contains(t[k + 1]) || ["will", "also", "last", "had", "have", "are", "agreed"].contains(t[k + 1].folded)
            {
                return true
            }
            if t[k].folded == "two", k + 2 < range.upperBound, t[k + 2].folded == "ministers" || t[k + 2].folded == "officials" { return true }
            if t[k].folded == "the", ["officials", "leaders", "ministers", "secretaries", "presidents", "premiers", "heads"].contains(t[k + 1].folded),
                k == range.lowerBound
            {
                return true
            }
        }
        return false
    }

    /// The people whose office a string of initials spells ("EAM" for External Affairs Minister,
    /// "NSA" for National Security Adviser, "PM"), in order of first mention: offices of two or three
    /// capitalised words, so a one-word office or a longer acronym (an agency's) stands for no one.
    private func holdersByInitials(_ people: [PersonEntity]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (p, person) in people.enumerated() {
            guard let title = person.title else { continue }
            let words = title.split(separator: " ").filter { $0.first?.isUppercase ?? false }
            guard words.count >= 2, words.count <= 3 else { continue }
            result[String(words.compactMap(\.first)), default: []].append(p)
        }
        return result
    }

    private static let pairOpeners: WordSet = ["two", "both", "three", "the"]

    /// "The Secretary", "the Israeli minister", "The Prime Minister": "the" + title words, not followed by a name.
    private func definiteDescriptions(_ doc: Document, _ range: Range<Int>) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var k = range.lowerBound
        while k < range.upperBound {
            guard doc.tokens[k].folded == "the" else {
                k += 1
                continue
            }
            var j = k + 1
            var hasHead = false
            while j < range.upperBound, doc.titleAt[j] != nil || (doc.entityAt[j] != nil && doc.entityAt[j]!.best.kind == .demonym) {
                if doc.titleAt[j]?.words.contains(.head) ?? false { hasHead = true }
                j += 1
            }
            // A name right after ("the Secretary Antony Blinken") is a mention the finder already has.
            let followedByName = j < range.upperBound && doc.tokens[j].isCapitalized && doc.tokens[j].kind == .word && doc.entityAt[j] == nil
            if hasHead, !followedByName, !doc.quoted[k] { result.append(k..<j) }
            k = max(j, k + 1)
        }
        return result
    }

    // MARK: - Separate meetings in one sentence

    /// "is in Brussels for meetings with …, including Antonio Costa on Thursday and Kaja Kallas on
    /// Friday", "meetings with Prime Minister Abe and Foreign Minister Kono", "call on Premier Li,
    /// Chinese investors, and Pakistani businessmen separately": one meeting per counterpart, each
    /// with the people before the cue, when the cue is plural or says so, or the counterparts have
    /// days of their own. Otherwise the candidate alone.
    private func separateMeetings(_ candidate: Candidate, trigger: Int, people: [(person: Int, at: Int)], dates: [DateMention],
                                  _ doc: Document, _ range: Range<Int>) -> [Candidate]
    {
        let hosts = people.filter { $0.at < trigger }.map(\.person)
        let counterparts = people.filter { $0.at > trigger }
        guard !hosts.isEmpty else { return [candidate] }
        let separately = range.contains { ["meetings", "separately", "separate"].contains(doc.tokens[$0].folded) && !doc.quoted[$0] }
        // The day stated right after each counterpart, before the next one.
        let days: [DateMention?] = counterparts.indices.map { n in
            let end = n + 1 < counterparts.count ? counterparts[n + 1].at : range.upperBound
            return dates.first { $0.range.lowerBound > counterparts[n].at && $0.range.lowerBound < end }
        }
        let ownDays = Set(days.compactMap { $0?.day })
        guard counterparts.count >= 2 || (separately && counterparts.count == 1 && describedGroups(doc, trigger, range) > 0),
            separately || ownDays.count > 1
        else { return [candidate] }
        var pieces: [Candidate] = counterparts.indices.map { n in
            var piece = candidate
            piece.people = hosts + [counterparts[n].person]
            piece.date = days[n] ?? candidate.date
            // "… Akufo-Addo in Accra on Monday and … Hassan in Dar es Salaam on Wednesday": each its own place.
            let end = n + 1 < counterparts.count ? counterparts[n + 1].at : range.upperBound
            if piece.mode == .inPerson, let own = location(doc, counterparts[n].at..<end) { piece.location = own }
            return piece
        }
        // "…, Chinese investors, and Pakistani businessmen separately": each group a meeting of its own.
        if range.contains(where: { doc.tokens[$0].folded == "separately" }) {
            for _ in 0..<describedGroups(doc, trigger, range) {
                var piece = candidate
                piece.people = hosts
                pieces.append(piece)
            }
        }
        return pieces
    }

    /// Unnamed counterparts listed after the cue: "Chinese investors", "Pakistani businessmen".
    private func describedGroups(_ doc: Document, _ trigger: Int, _ range: Range<Int>) -> Int {
        return (trigger + 1..<range.upperBound).filter { Self.describedGroupWords.contains(doc.tokens[$0]) }.count
    }

    private static let describedGroupWords: WordSet = ["investors", "businessmen", "business leaders", "officials", "leaders", "executives", "lawmakers",
                                                       "delegations", "representatives", "students", "members"]

    // MARK: - Status, date, place

    private func status(_ doc: Document, _ trigger: Int, _ range: Range<Int>) -> MeetingStatus {
        if Self.pastMeetingVerbs.contains(doc.tokens[trigger]) && !(trigger > range.lowerBound && ["to", "be", "been"].contains(doc.tokens[trigger - 1].folded)) { return .held }
        if doc.hasCue("cancelled", in: range) { return .cancelled }
        // "…, Wiśniewski said on Tuesday after meeting his Ukrainian counterpart": over by the time it is told.
        if trigger > range.lowerBound, ["after", "following"].contains(doc.tokens[trigger - 1].folded), doc.tokens[trigger].folded.hasSuffix("ing") { return .held }
        let before = range.lowerBound..<trigger
        let after = trigger..<min(range.upperBound, trigger + 4)
        if doc.hasCue("planned", in: before) || doc.hasCue("planned", in: after) { return .planned }
        if let plan = presentPlan(doc, range), plan <= trigger { return .planned }
        return .held
    }

    private static let presentCopulas: WordSet = ["is", "are"]
    private static let articles: WordSet = ["a", "an"]
    private static let meetingNouns: WordSet = ["meetings", "meeting", "talks"]

    /// "Mustafa is in Brussels for meetings with … Costa on Thursday and Kallas on Friday", "is in Washington
    /// for talks": meetings a present-tense stay is for, still to come. The index of "for", if any.
    private func presentPlan(_ doc: Document, _ range: Range<Int>) -> Int? {
        for k in range where Self.presentCopulas.contains(doc.tokens[k]) && !doc.quoted[k] {
            for f in k + 1..<min(range.upperBound - 1, k + 10) where doc.tokens[f].folded == "for" {
                var noun = f + 1
                if Self.articles.contains(doc.tokens[noun]), noun + 1 < range.upperBound { noun += 1 }
                if Self.meetingNouns.contains(doc.tokens[noun]) { return f }
            }
        }
        return nil
    }

    private static let pastMeetingVerbs: WordSet = ["met", "held", "hosted", "received", "welcomed", "spoke", "telephoned", "phoned", "conferred"]

    /// "was set to meet", "was to visit", "was scheduled": a plan told in the past.
    private func wasPlanned(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.contains { k in
            doc.tokens[k].folded == "was" || doc.tokens[k].folded == "were"
        }
    }

    private func nearestDate(_ dates: [DateMention], to index: Int, in doc: Document) -> DateMention? {
        var dates = dates.filter { !inRelativeClause(doc, $0.range.lowerBound, trigger: index) }
        // "SPA reported on Saturday, following his phone talk … the day before": the day of the report is not the meeting's.
        let events = dates.filter { !isDayOfReport(doc, $0) }
        if !events.isEmpty { dates = events }
        return dates.min { a, b in
            func distance(_ d: DateMention) -> Int {
                d.range.lowerBound > index ? d.range.lowerBound - index : (index - d.range.upperBound) + 2
            }
            return distance(a) < distance(b)
        }
    }

    /// "said on Monday", "reported Saturday", "in a statement on Friday": the date a report was made.
    private func isDayOfReport(_ doc: Document, _ date: DateMention) -> Bool {
        var k = date.range.lowerBound - 1
        if k >= 0, doc.tokens[k].folded == "on" { k -= 1 }
        guard k >= 0 else { return false }
        return Self.reportingWords.contains(doc.tokens[k])
    }

    static let reportingWords: WordSet = ["said", "says", "reported", "reports", "announced", "stated", "told", "added", "noted",
                                              "tweeted", "wrote", "statement", "release", "readout", "briefing", "published"]

    /// A token after "who"/"which"/"since" in its comma-delimited clause, when the trigger is not in that clause.
    private func inRelativeClause(_ doc: Document, _ index: Int, trigger: Int) -> Bool {
        var k = index - 1
        while k >= 0, doc.tokens[k].text != ",", doc.tokens[k].text != "." {
            if k == trigger { return false }
            if ["who", "which", "whom", "whose", "since", "after"].contains(doc.tokens[k].folded) { return k > trigger || !(k..<index).contains(trigger) }
            k -= 1
        }
        return false
    }

    /// The most specific place named after "in" or "at": a venue ("the Pentagon", "Merdeka Palace"),
    /// then a city, then a country; "venue, city" when both are named.
    private func location(_ doc: Document, _ range: Range<Int>) -> (name: String, country: String?)? {
        var venue: (String, String?)?
        var city: (String, String?)?
        var country: (String, String?)?
        var k = range.lowerBound
        while k < range.upperBound {
            let word = doc.tokens[k].folded
            // "…, who urged Norway to help ahead of the COP29 summit in Baku": a place told of someone, up to the next comma.
            if ["who", "whose"].contains(word), k > range.lowerBound, doc.tokens[k - 1].text == "," {
                k = (k..<range.upperBound).first { doc.tokens[$0].text == "," } ?? range.upperBound
                continue
            }
            let afterVisit = doc.cueAt[k]?.classes.contains("visit") ?? false
            // "welcomed Kihara to the Pentagon": a national institution after "to" is where they met.
            let toVenue = word == "to" && k + 2 < range.upperBound && (doc.entityAt[k + 1] ?? doc.entityAt[k + 2])?.best.kind == .institution
            // "a planned trip to Port-au-Prince, where she was to meet …"
            let toDestination = word == "to" && doc.isVisit(k)
            // "the situation in Myanmar", "the war in Sudan": a topic's place, not the meeting's.
            let topicPlace = word == "in" && k > range.lowerBound && Self.topicNouns.contains(doc.tokens[k - 1])
            guard ["in", "at"].contains(word) || afterVisit || toVenue || toDestination, !topicPlace, !doc.quoted[k] else {
                // "Austin's New Delhi visit"
                if let entity = doc.entityAt[k], entity.range.lowerBound == k, entity.best.kind == .capital || entity.best.kind == .city,
                    entity.range.upperBound < range.upperBound, doc.cueAt[entity.range.upperBound]?.classes.contains("visit") ?? false, city == nil
                {
                    city = (doc.text(entity.range), entity.best.code)
                }
                k += 1
                continue
            }
            var j = k + 1
            if j < range.upperBound, ["the", "his", "her", "their", "a", "an"].contains(doc.tokens[j].folded) { j += 1 }
            guard j < range.upperBound else { break }
            if let entity = doc.entityAt[j], entity.range.lowerBound == j {
                let e = entity.best
                switch e.kind {
                case .institution where venue == nil:
                    var end = entity.range.upperBound
                    if end < range.upperBound, Self.venueWords.contains(doc.tokens[end]) { end += 1 }
                    venue = (doc.text(entity.range.lowerBound..<end), e.country)
                case .capital, .city: if city == nil { city = (doc.text(entity.range), e.code) }
                case .country: if country == nil { country = (doc.text(entity.range), e.code) }
                default: break
                }
                k = entity.range.upperBound
                continue
            }
            // A venue not in the gazetteer: capitalised words ending in a venue word ("Shangri-La Hotel", "Kirya base").
            var m = j
            while m < range.upperBound, doc.tokens[m].isCapitalized || (m > j && Self.venueWords.contains(doc.tokens[m])) || (m > j && ["of", "the"].contains(doc.tokens[m].folded) && m + 1 < range.upperBound && doc.tokens[m + 1].isCapitalized) {
                if doc.entityAt[m] != nil, m > j { break }
                if DateResolver.weekdays[doc.tokens[m]] != nil || DateResolver.months[doc.tokens[m]] != nil { break }
                m += 1
            }
            if m > j, Self.venueWords.contains(doc.tokens[m - 1]), venue == nil {
                venue = (doc.text(j..<m), nil)
            }
            k = max(m, k + 1)
        }
        if let venue, let city { return ("\(venue.0), \(city.0)", city.1) }
        if let venue { return (venue.0, venue.1) }
        if let city { return city }
        return country
    }

    static let topicNouns: WordSet = ["situation", "crisis", "war", "conflict", "developments", "peace", "tensions", "elections",
                                          "violence", "fighting", "events", "stability", "security", "ceasefire", "reconstruction"]

    static let venueWords: WordSet = ["palace", "house", "hotel", "hall", "base", "centre", "center", "building", "headquarters",
                                          "office", "residence", "ministry", "embassy", "pentagon", "kremlin", "street", "resort", "villa", "castle", "complex", "memorial",
                                      "diwan", "room"]

    // MARK: - Merging

    private func sameMeeting(_ a: Candidate, _ b: Candidate) -> Bool {
        // The people both have (counted once each), and whether either has someone the other lacks: a few
        // people a side, compared in place rather than hashed into sets.
        var shared = 0
        for (n, p) in a.people.enumerated() where b.people.contains(p) && !a.people[..<n].contains(p) { shared += 1 }
        guard shared > 0, a.occasion == b.occasion else { return false }
        let aOnly = a.people.contains { !b.people.contains($0) }
        let bOnly = b.people.contains { !a.people.contains($0) }
        if aOnly && bOnly { return false }
        if let da = a.date, let db = b.date, !Self.compatible(da, db) { return false }
        if a.modeStated && b.modeStated && a.mode != b.mode { return false }
        // "Held talks with X", then "X will travel … in August for the next meeting, which he will co-chair with EAM": a
        // later report with a day of its own and another status is another meeting.
        if a.status != b.status && (bOnly || b.date != nil) { return false }
        if shared < 2 && max(a.people.count, b.people.count) >= 2 && a.people.count != b.people.count { return false }
        return true
    }

    /// Two dates that may name the same day: equal days, or a day inside the other's week or month.
    static func compatible(_ a: DateMention, _ b: DateMention) -> Bool {
        func window(_ d: DateMention) -> ClosedRange<Int> {
            switch d.precision {
            case .day: return d.day.ordinal...d.day.ordinal
            case .week:
                let monday = d.day.ordinal - (d.day.weekday - 1)
                return monday...monday + 6
            case .month:
                let first = d.day.firstOfMonth.ordinal
                return first...first + Day.daysIn(month: d.day.month, year: d.day.year) - 1
            case .year, .unknown: return (d.day.ordinal - 366)...(d.day.ordinal + 366)
            }
        }
        return window(a).overlaps(window(b))
    }

    private func merge(_ b: Candidate, into a: inout Candidate) {
        for p in b.people where !a.people.contains(p) { a.people.append(p) }
        if a.date == nil || (a.date!.precision != .day && b.date?.precision == .day) { a.date = b.date ?? a.date }
        if !a.modeStated && b.modeStated {
            a.mode = b.mode
            a.modeStated = true
        }
        if a.mode != .inPerson { a.location = nil } else if a.location == nil { a.location = b.location }
        a.sentences.append(contentsOf: b.sentences.filter { !a.sentences.contains($0) })
    }
}

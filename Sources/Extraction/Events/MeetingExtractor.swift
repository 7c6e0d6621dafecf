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
        /// Told as coming after an earlier encounter ("Later in the day, A and B held a trilateral meeting with C"):
        /// another meeting, never more of the one before.
        var sequel = false
    }

    func meetings(in doc: Document, mentions: [PersonMention], coref: Coreference.Result) -> [(fact: MeetingFact, people: [Int])] {
        let resolver = DateResolver()
        let cancelledArticle = doc.hasCue(.cancelled, in: 0..<doc.tokens.count)
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
        /// Of the meetings that share someone with `people` and pass `test`, the one that shares most ("X accompanied Y at
        /// the meeting with Z" after Y's separate meetings with Z and W is Z's), then the latest.
        func latest(sharing people: [Int], where test: (Candidate) -> Bool) -> Int? {
            var indices = Set<Int>()
            for p in people { indices.formUnion(meetingsOf[p] ?? []) }
            let wanted = Set(people)
            var best: (index: Int, shared: Int)?
            for index in indices.sorted(by: >) where test(meetings[index]) {
                let shared = wanted.intersection(meetings[index].people).count
                if best == nil || shared > best!.shared { best = (index, shared) }
            }
            return best?.index
        }
        /// The meetings told with `people` that a sentence counts: "accompanied the Foreign Secretary during both calls"
        /// (the last two), "in all his meetings", "joined the Secretary in the meetings with Slovenia and Mauritius" (those
        /// whose other side serves the states named); nil when it counts none.
        func counted(_ range: Range<Int>, sharing people: [Int]) -> [Int]? {
            guard let k = range.first(where: { $0 > range.lowerBound && Self.pluralEncounters.contains(doc.tokens[$0]) }) else { return nil }
            var told = Set<Int>()
            for p in people { told.formUnion(meetingsOf[p] ?? []) }
            let indices = told.sorted()
            guard indices.count >= 2 else { return nil }
            var b = k - 1
            if b > range.lowerBound, Self.countedDeterminers.contains(doc.tokens[b]) { b -= 1 }
            if doc.tokens[b].isFolded("both") { return Array(indices.suffix(2)) }
            if doc.tokens[b].isFolded("all") { return indices }
            guard k + 1 < range.upperBound, doc.tokens[k + 1].isFolded("with") else { return nil }
            var states = Set<String>()
            for j in (k + 2)..<range.upperBound {
                if let match = doc.entityAt[j], match.best.kind == .country || match.best.kind == .demonym { states.insert(match.best.affiliation) }
            }
            let named = indices.filter { index in
                meetings[index].people.contains { !people.contains($0) && (coref.people[$0].country.map(states.contains) ?? false) }
            }
            return named.count >= 2 ? named : nil
        }
        var mentionsOfSentence: [Int: [Int]] = [:]
        for (m, mention) in mentions.enumerated() { mentionsOfSentence[mention.sentence, default: []].append(m) }
        var pendingGroup: (sentence: Int, states: Set<String>, candidate: Candidate)?
        lazy var holders = holdersByInitials(coref.people)
        // The person a release opens with (its first two sentences), who may then write "I".
        // … or an office-holder's byline over an op-ed: "By Anders Bech Thygesen, Minister for Development Cooperation".
        let author = (mentions.firstIndex { !$0.isCredit && $0.sentence <= 1 } ?? mentions.firstIndex { $0.isCredit && $0.sentence <= 1 && $0.titleHead != nil })
            .map { coref.personOfMention[$0] }
        // The mention whose extent (name and title) covers each token.
        var mentionAt = [Int?](repeating: nil, count: doc.tokens.count)
        for (m, mention) in mentions.enumerated() { for k in mention.extent { mentionAt[k] = m } }
        var referents = Coreference.Referents(people: coref.people, mentions: mentions,
                                              publisher: doc.publisher)

        // The person each bare office ("the minister") named when first used.
        var bareReferent: [String: Int] = [:]
        // The person an office opening a sentence's clause names ("On Thursday, the Emergency Relief Coordinator met …"), by sentence.
        var describedSubject: [Int: Int] = [:]
        for (s, sentence) in doc.sentences.enumerated() {
            let range = sentence.range
            // "Will Premier Zhao meet with the visiting Zambian foreign minister?": a question reports no meeting.
            if let last = range.last, doc.tokens[last].single == "?" { continue }
            // Days point ahead in a sentence about a plan: one whose plan word comes before its meeting word or just
            // after ("will meet", "meet … is scheduled"), not "On Wednesday I met X and announced that Australia will …".
            var planned = doc.hasCue(.planned, in: range)
            if planned, let meetingWord = range.first(where: { doc.cueAt[$0].map { $0.classes.contains(.meet) || $0.classes.contains(.call) } ?? false }) {
                planned = doc.hasCue(.planned, in: range.lowerBound..<min(range.upperBound, meetingWord + 4))
            }
            let lean: DateResolver.Lean = planned || doc.hasCue(.cancelled, in: range)
                ? .future : presentPlan(doc, range) != nil ? .nearest : .past
            // Read only for a sentence that reports a meeting.
            lazy var dates = resolver.dates(in: doc.tokens, range: range, anchor: doc.anchor, lean: lean)

            // People of the sentence, in order, and where they are.
            var people: [(person: Int, at: Int)] = []
            // "“… when I met Cabinet Secretary X in Nairobi”": the people a speaker says they met, quoted though they are.
            let spokenMeeting = range.first { k in
                doc.quoted[k] && doc.tokens[k].text == "I" && k + 1 < range.upperBound && Self.pastVerbs.contains(doc.tokens[k + 1])
                    && doc.hasCue(.meet, in: k + 1..<min(range.upperBound, k + 3))
            }
            for m in mentionsOfSentence[s] ?? [] {
                let mention = mentions[m]
                // … those of its clause only: not "she told me President X …" after it.
                let spoken = spokenMeeting.map { k in
                    mention.range.lowerBound > k && !(k..<mention.range.lowerBound).contains { [",", ";", "“", "\""].contains(doc.tokens[$0].text) }
                } ?? false
                guard !doc.quoted[mention.range.lowerBound] || spoken, !mention.isCredit else { continue }
                // "…, Wiśniewski said on Tuesday after meeting his Ukrainian counterpart": the speaker took part.
                // "Recalling his meeting with X on the sidelines of the summit, Zhao said": the speaker's own meeting.
                if mention.isSpeaker, !metWhileSpeaking(doc, after: mention.range.upperBound, in: range),
                    !ownMeetingRecalled(doc, speaker: mention.range.lowerBound, in: range)
                {
                    continue
                }
                // "Mahlangu's spokesperson X said", "met Biden's adviser Y": the office-holder is told of, not the possessor.
                let end = mention.range.upperBound
                if end + 1 < range.upperBound, ["'s", "’s"].contains(doc.tokens[end]), doc.titleAt[end + 1] != nil { continue }
                // "handed over a written message to Prince Sultan from Foreign Minister X": the sender is not there.
                if isSender(doc, mention.extent.lowerBound, floor: range.lowerBound) { continue }
                let p = coref.personOfMention[m]
                if !people.contains(where: { $0.person == p }) { people.append((p, mention.range.lowerBound)) }
            }
            var unresolvedDescription = false
            for description in definiteDescriptions(doc, range, named: { mentionAt[$0] != nil }) {
                // "The spokesperson said the foreign minister had spoken by telephone with X": the one cited tells of it.
                if description.upperBound < range.upperBound, PersonFinder.citationVerbs.contains(doc.tokens[description.upperBound]) { continue }
                // "shortly after the Secretary's arrival": a possessive tells of its holder's doings, not of who met.
                if description.upperBound < range.upperBound, ["'s", "’s"].contains(doc.tokens[description.upperBound]) { continue }
                let others = Set((mentionsOfSentence[s] ?? []).filter { !mentions[$0].extent.overlaps(description) }.map { coref.personOfMention[$0] })
                // "The Minister held talks with …", then "the Minister met the Minister of Foreign Affairs of Egypt, X": a bare
                // office ("the Minister", no state, no name) goes on naming the one it named first, not whoever holds that
                // office and was named since.
                let bareKey = description.allSatisfy({ doc.entityAt[$0] == nil }) ? description.map { doc.tokens[$0].folded }.joined(separator: " ") : nil
                let kept = bareKey.flatMap { bareReferent[$0] }.flatMap { others.contains($0) ? nil : $0 }
                // "a call with the Minister of Foreign Affairs of the Lao People's Democratic Republic": an office of a state
                // told after it is that state's, not the holder of a like office named further down, nor one of another state.
                let resolved = (kept ?? referents.referent(of: description, in: doc, before: s, excluding: others)).flatMap { p in
                    ofNamedState(doc, after: description, range).map { state in
                        state.map { $0 == coref.people[p].country } ?? (coref.people[p].firstSentence <= s) ? p : nil
                    } ?? p
                }
                if let p = resolved {
                    if opensClause(doc, description.lowerBound, sentence: range) { describedSubject[s] = p }
                    if let bareKey, bareReferent[bareKey] == nil { bareReferent[bareKey] = p }
                    // "the Special Adviser to the President, Femi Adeyemi, said": a title's own words name its holder only
                    // where the holder is named with them.
                    let ownTitle = description.contains { k in mentionAt[k].map { coref.personOfMention[$0] == p } ?? false }
                    if !ownTitle, !people.contains(where: { $0.person == p }) { people.append((p, description.lowerBound)) }
                } else {
                    unresolvedDescription = true
                }
            }
            // "received the Cambodian guest": the visitor of that state named before.
            for k in range where k + 2 < range.upperBound && Self.guestNouns.contains(doc.tokens[k + 2]) && doc.tokens[k].isFolded("the") {
                guard let state = doc.entityAt[k + 1], state.best.kind == .demonym, state.range.upperBound == k + 2 else { continue }
                // The guest met before, else the latest person of that state named.
                let guest = meetings.last.flatMap { $0.people.first { coref.people[$0].country == state.best.affiliation } }
                    ?? recentlyNamed(before: k, limit: 8, mentions: mentions, coref: coref).first { coref.people[$0].country == state.best.affiliation }
                guard let p = guest, !people.contains(where: { $0.person == p }) else { continue }
                people.append((p, k))
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
            // A quoted "I" only where it tells a meeting had ("when I met X"), not a wish ("“I will meet Putin,” Zelensky said").
            for k in range where Self.pronouns.contains(doc.tokens[k])
                && (!doc.quoted[k] || (doc.tokens[k].text == "I" && k + 1 < range.upperBound && Self.pastVerbs.contains(doc.tokens[k + 1])))
            {
                var verb = k + 1
                // "where he and Minister of Health X jointly inaugurated …": the verb after the person joined to the pronoun.
                if verb + 1 < range.upperBound, doc.tokens[verb].isFolded("and"), let m = mentionAt[verb + 1] ?? mentionAt[min(verb + 2, range.upperBound - 1)],
                    mentions[m].extent.lowerBound > verb
                {
                    verb = mentions[m].extent.upperBound
                }
                if verb < range.upperBound, ["also", "then", "later", "later on", "separately", "subsequently"].contains(doc.tokens[verb]) { verb += 1 }
                // "she was also set to co-chair the joint commission", "he is due to meet": a plan told with its copula.
                if verb + 2 < range.upperBound, ["was", "is", "were"].contains(doc.tokens[verb]) {
                    var plan = verb + 1
                    if doc.tokens[plan].isFolded("also") { plan += 1 }
                    if plan + 1 < range.upperBound, ["set", "due", "scheduled", "expected"].contains(doc.tokens[plan]), doc.tokens[plan + 1].isFolded("to") {
                        verb = plan + 2
                    }
                }
                // "Fraser said he had spoken by phone with …"
                if verb + 1 < range.upperBound, ["had", "has", "have"].contains(doc.tokens[verb]), Self.pastVerbs.contains(doc.tokens[verb + 1]) { verb += 1 }
                let firstPerson = doc.tokens[k].text == "I"
                // "he looked forward to welcoming X": a cue of meeting that opens with the pronoun's verb.
                let cueVerb = verb < range.upperBound && (doc.cueAt[verb].map { $0.range.lowerBound == verb && $0.classes.contains(.meet) } ?? false)
                // "she would travel to Port Moresby in November to co-chair the commission with X": the meeting a trip is for.
                let trip = verb + 1 < range.upperBound && ["will", "would"].contains(doc.tokens[verb]) && Self.tripVerbs.contains(doc.tokens[verb + 1])
                // "he had conveyed condolences to X in a phone call": any verb in the past done through a call.
                let means = verb < range.upperBound && (doc.tokens[verb].folded.hasSuffix("ed") || ["had", "has", "have"].contains(doc.tokens[verb]))
                    && callAsMeans(doc, after: verb, range)
                guard verb < range.upperBound, Self.pastVerbs.contains(doc.tokens[verb]) || ["will", "would"].contains(doc.tokens[verb]) || cueVerb || means,
                    doc.hasCue(.meet, in: verb..<min(range.upperBound, verb + (trip ? 12 : 4))) || doc.hasCue(.call, in: verb..<min(range.upperBound, verb + 3))
                        // "she held a video conference with …"
                        || doc.hasCue(.video, in: verb..<min(range.upperBound, verb + 4))
                        || means
                        || doc.hasCue(.host, in: verb..<min(range.upperBound, verb + 3)),
                    // "… said: “… when I met Cabinet Secretary X in Nairobi”": in a quote, "I" is its speaker.
                    let p = firstPerson ? (doc.quoted[k] ? quoteSpeaker(doc, k, mentionAt: mentionAt).map { coref.personOfMention[$0] } : author)
                        : topic(ofSentencesBefore: s, pronoun: k, doc, mentionsOfSentence, mentions, coref)
                            // "On Thursday, the Emergency Relief Coordinator met … . On the same day, she also spoke by phone
                            // with …": the office that opened the sentence before.
                            ?? (s > 0 && opensClause(doc, k, sentence: range) ? describedSubject[s - 1] : nil)
                            ?? lastNamed(before: k, sentence: s, mentions: mentions, coref: coref),
                    !people.contains(where: { $0.person == p })
                else { continue }
                people.append((p, k))
            }
            // "Vice President X is scheduled to meet her at the Great Hall on Wednesday": an object pronoun right after a
            // meeting verb is the subject of the sentences before, when that is no one this sentence names.
            for k in range where k > range.lowerBound && (doc.tokens[k].isFolded("her") || doc.tokens[k].isFolded("him")) && !doc.quoted[k] {
                guard let cue = doc.cueAt[k - 1], cue.range.upperBound == k, cue.classes.contains(.meet), !isNounUse(doc, k - 1),
                    // … "her", not "her counterpart".
                    k + 1 >= range.upperBound || doc.tokens[k + 1].kind != .word || Self.objectFollowers.contains(doc.tokens[k + 1])
                else { continue }
                if let p = subject(ofSentencesBefore: s, doc, mentionsOfSentence, mentions, coref), !people.contains(where: { $0.person == p }) {
                    people.append((p, k))
                }
            }
            // "… is scheduled to travel to the Omani capital next week for talks with his counterpart": a counterpart left
            // unnamed is the one from another state the sentence's first person met last.
            for k in range where k > range.lowerBound && doc.tokens[k].isFolded("counterpart") && mentionAt[k] == nil
                && Self.possessivePronouns.contains(doc.tokens[k - 1])
            {
                guard doc.hasCue(.meet, in: max(range.lowerBound, k - 6)..<k), let first = people.first(where: { $0.at < k })?.person,
                    let index = meetingsOf[first]?.last
                else { continue }
                let others = meetings[index].people.filter { $0 != first && coref.people[$0].country != coref.people[first].country }
                if others.count == 1, !people.contains(where: { $0.person == others[0] }) { people.append((others[0], k)) }
            }
            // "… of the Polish and Lithuanian ministers", "… with his Mauritanian counterpart": people named by their states.
            for (p, k) in describedByState(doc, range, sentence: s, people: people, coref, named: { mentionAt[$0] != nil }) where !people.contains(where: { $0.person == p }) {
                people.append((p, k))
            }
            // "Besides meeting the Chinese President, PM Sharif would also call on Premier Li …": the meeting set aside is
            // told elsewhere; its people are not of this sentence's meetings.
            let aside = asideClause(doc, range)
            people.removeAll { aside.contains($0.at) }
            // "did not meet President Xi, but …": nor are the people of a meeting denied.
            let denied = deniedClauses(doc, range)
            people.removeAll { p in denied.contains { $0.contains(p.at) } }
            // "During the meeting, both sides recalled the ties forged by X and Y": the people talked about took no part.
            let topics = topicClauses(doc, range)
            people.removeAll { p in topics.contains { $0.contains(p.at) } }
            let pairOnly = people.isEmpty
            // "Kwon paid a courtesy call on Deputy Chairperson Haji, during which the two sides discussed …": the pair the
            // sentence has named already.
            func namedBeforePair() -> Int {
                let pairAt = range.first { Self.pairWords.contains(doc.tokens[$0]) || Self.pairNouns.contains(doc.tokens[$0]) } ?? range.upperBound
                return people.filter { $0.at < pairAt }.count
            }
            if refersToPair(doc, range), namedBeforePair() < groupSize(doc, range) {
                // With no meeting yet, "the two" are the two people named last.
                // "The two leaders" of talks attended by their ministers are the two who held them (named first).
                let stated = range.contains { Self.pairCounts.contains(doc.tokens[$0]) }
                // "… at the meeting with van der Linden, in which the two sides also discussed …": the meeting of two people
                // the sentence names, else the latest.
                let named = people.map(\.person)
                let told = named.count >= 2 ? latest(sharing: named, where: { Set($0.people).intersection(named).count >= 2 }) : nil
                var group = (told.map { meetings[$0] } ?? meetings.last).map { stated ? Array($0.people.prefix(groupSize(doc, range))) : $0.people }
                    ?? lastNamed(count: groupSize(doc, range), before: range.lowerBound, sentence: s, mentions: mentions, coref: coref)
                // "The Presidents agreed to meet" after talks their prime minister joined: the holders of that office.
                if let at = range.first(where: { Self.pluralOffices[doc.tokens[$0]] != nil }), let office = Self.pluralOffices[doc.tokens[at]] {
                    // "the two foreign ministers": the offices of that portfolio, whatever they are called ("Secretary of
                    // Foreign Affairs", "External Affairs Minister"), not a minister of state for it.
                    let portfolio = at > range.lowerBound ? Self.portfolios[doc.tokens[at - 1]] : nil
                    // … the office itself, not its deputy's ("Vice President" is not one of "the two presidents").
                    func holds(_ p: Int) -> Bool {
                        coref.people[p].title.map { title in
                            let folded = fold(title)
                            if let portfolio {
                                return portfolio.contains { folded.firstUTF8Range(of: $0) != nil } && folded.firstUTF8Range(of: "of state") == nil
                                    && !folded.hasPrefix("vice") && !folded.hasPrefix("deputy")
                            }
                            return folded.firstUTF8Range(of: office) != nil && !folded.hasPrefix("vice " + office) && !folded.hasPrefix("vice-" + office)
                                && !folded.hasPrefix("deputy " + office)
                        } ?? false
                    }
                    let holders = group.filter(holds)
                    if holders.count >= 2 {
                        group = holders
                    } else if group.allSatisfy({ holds($0) || coref.people[$0].title != nil }) {
                        // Else, when the others hold other offices, the holders named last, wherever they met: "the two
                        // presidents last spoke by phone in March" after a breakfast with the Vice President.
                        let recent = recentlyNamed(before: range.lowerBound, limit: 8, mentions: mentions, coref: coref).filter(holds)
                        if recent.count >= 2 { group = Array(recent.prefix(groupSize(doc, range))) }
                    }
                }
                for p in group where !people.contains(where: { $0.person == p }) { people.append((p, range.lowerBound)) }
            }
            people.sort { $0.at < $1.at }
            let ids = people.map(\.person)

            // Attendees of the latest meeting.
            // "X was joined by Y": Y joins X's latest meeting when X took part in it ("Senator Z was joined by his wife"
            // joins nothing).
            let attendCue = doc.hasCue(.attend, in: range) || delegationIncludes(doc, range)
            let joinedParticipant = attendCue && (joinedBy(doc, range).map { joined in
                people.contains { $0.at < joined && (meetings.last?.people.contains($0.person) ?? false) }
            } ?? false)
            // "After the talks, the two ministers attended a signing ceremony": an occasion after another encounter is its own.
            let attendedOccasion = attendCue && opensAsSequel(doc, range) && range.contains { k in
                Self.occasions[doc.tokens[k]] != nil && (max(range.lowerBound, k - 3)..<k).contains { ["a", "an"].contains(doc.tokens[$0]) }
            }
            // … not a companion on the trip ("accompanied on his visit"); a visit told in a clause of its own ("X, who is on a
            // working visit to Malaysia, was accompanied by Y") is no trip's.
            let tripCompanion = doc.hasCue(.visit, in: range) && doc.cueIndices(.visit, in: range).contains { visit in
                !inRelativeClause(doc, visit, trigger: joinedBy(doc, range) ?? range.upperBound)
            }
            if attendCue, !tripCompanion || doc.hasCue(.meet, in: range),
                mentionsMeeting(doc, range) || joinedRemotely(doc, range) || joinedParticipant, !meetings.isEmpty, !attendedOccasion
            {
                let triggerless = doc.cueIndices(.meet, in: range).allSatisfy { isReferenceToMeeting(doc, $0) }
                if triggerless {
                    // "X accompanied Y at the meeting with Z": of the meetings told, the one that holds most of its people;
                    // "… during both calls": each meeting the sentence counts.
                    let targets = counted(range, sharing: ids) ?? [latest(sharing: ids) { _ in true } ?? meetings.count - 1]
                    for target in targets {
                        for p in ids where !meetings[target].people.contains(p) { meetings[target].people.append(p) }
                        add(ids, to: target)
                        meetings[target].sentences.append(s)
                    }
                    continue
                }
            }

            // "The foreign ministers of Australia, India and Japan met on Friday …", then their names: the meeting of
            // the people of the next sentence who serve those states.
            if let group = pendingGroup, group.sentence == s - 1 {
                pendingGroup = nil
                let members = group.candidate.people
                    + ids.filter { p in coref.people[p].country.map(group.states.contains) ?? false && !group.candidate.people.contains(p) }
                if Set(members.compactMap { coref.people[$0].country }).count >= 2 {
                    var candidate = group.candidate
                    candidate.people = members
                    candidate.sentences.append(s)
                    // The meeting told with some of them since ("X hosted his counterparts") is this one.
                    if !group.candidate.people.isEmpty, let index = latest(sharing: members, where: { Set($0.people).isSubset(of: members) }) {
                        merge(candidate, into: &meetings[index])
                        add(members, to: index)
                    } else {
                        append(candidate)
                    }
                    continue
                }
                // "… hosted his Egyptian and Jordanian counterparts", then "… with Egypt's X and Y, Jordan's foreign minister":
                // the members named over the next sentences, one state at a time.
                if !members.isEmpty, group.candidate.people.isEmpty {
                    var candidate = group.candidate
                    candidate.people = members
                    candidate.sentences.append(s)
                    pendingGroup = (s, group.states, candidate)
                }
            } else if let group = pendingGroup, group.sentence < s - 1 {
                pendingGroup = nil
            }

            // "The last time the three sides' defense chiefs met was in November 2019", "the first time Lee has met with
            // Austin since …": the verb of a comparison with other encounters reports none (what follows "after" may).
            var triggers = self.triggers(doc, range, people: people, aside: aside, denied: denied)
            if let time = range.first(where: { k in
                k > range.lowerBound && doc.tokens[k].isFolded("time") && Self.ordinalsOfTime.contains(doc.tokens[k - 1])
            }), let verb = triggers.firstIndex(where: { $0.index > time }),
                !(time..<triggers[verb].index).contains(where: { ["after", "since", "when", "before"].contains(doc.tokens[$0]) })
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
                // "co-chair the joint commission": a counterpart is implied even where unnamed.
                let coChair = doc.tokens[trigger.index].folded.hasPrefix("co-chair") && !isNounUse(doc, trigger.index)
                let enoughPeople = ids.count >= 2
                    || (ids.count == 1 && (trigger.venue != nil || unresolvedDescription || describesOthers(doc, trigger.index, range) || describesOffice(doc, trigger.index, range) || coChair))
                guard enoughPeople else { continue }
                var status = self.status(doc, trigger.index, range)
                if status == .planned, cancelledArticle, wasPlanned(doc, range) { status = .cancelled }
                var date = nearestDate(dates, to: trigger.index, in: doc) ?? eveOfEvent(doc, range, sentence: s)
                // "has postponed a visit that was to begin Wednesday …, and spoke by phone instead with X on Sunday": a
                // weekday of a meeting told in the past tense is the one gone by, whatever the sentence's plan.
                // So is one "after meeting" someone: "Spain will give …, X announced on Wednesday after meeting Y".
                if status == .held, lean == .future, let d = date, !d.isAbsolute, d.day > doc.anchor, Self.pastVerbs.contains(doc.tokens[trigger.index])
                    || (trigger.index > range.lowerBound && Self.pastVerbs.contains(doc.tokens[trigger.index - 1]))
                    || (trigger.index > range.lowerBound && Self.afterWords.contains(doc.tokens[trigger.index - 1])
                        && doc.tokens[trigger.index].folded.hasSuffix("ing"))
                {
                    date = resolver.dates(in: doc.tokens, range: d.range, anchor: doc.anchor, lean: .past).first ?? d
                }
                // "has accepted an invitation to London in May for talks hosted by X": talks on a day or in a month still to
                // come have not been held, whatever the tense of the verb. Not "In their talks, they discussed the summit in
                // July": talks already told, whose sentence's day is another event's.
                if status == .held, !trigger.isReference, let d = date, (d.precision == .day && d.day > doc.anchor)
                    || (d.precision == .month && d.day.firstOfMonth > doc.anchor)
                {
                    status = .planned
                }
                // "On Tuesday it was Doha's turn. Qatar's Minister … received …": a short sentence just before, in the
                // paragraph, that tells a day and no encounter sets the day of the one told next.
                if date == nil, s > 0, !doc.opensParagraph(s), doc.sentences[s - 1].range.count <= 12,
                    !doc.hasCue(.meet, in: doc.sentences[s - 1].range), !doc.hasCue(.call, in: doc.sentences[s - 1].range)
                {
                    date = resolver.dates(in: doc.tokens, range: doc.sentences[s - 1].range, anchor: doc.anchor, lean: lean).first
                }
                // "Earlier the same day", "later that day": the day of the meeting told before.
                // A plan for later in the day after a report of what was done ("will hold talks in the afternoon") is
                // today's.
                if date == nil, sameDay(doc, range) {
                    if status == .planned, meetings.last?.status != .planned {
                        date = DateMention(range: trigger.index..<trigger.index + 1, day: doc.anchor, precision: .day, isAbsolute: false)
                    } else if let previous = meetings.last(where: { $0.date?.precision == .day })?.date ?? meetings.last?.date {
                        // After a meeting recalled from July, the day of the latest meeting told by its day.
                        date = previous
                    }
                }
                var candidate = Candidate(people: ids, date: date, mode: trigger.mode, modeStated: trigger.modeStated, status: status,
                                          location: nil, sentences: [s], occasion: occasion(doc, after: trigger.index, range))
                if trigger.mode == .inPerson { candidate.location = trigger.venue ?? place }
                candidate.sequel = !trigger.isReference && opensAsSequel(doc, range)
                // "On the sidelines of the conference, A met B": where no city or venue is told, the event is the place,
                // and its day the meeting's.
                if trigger.mode == .inPerson, candidate.location.map({ Extractor.precision(ofPlace: $0.name) == 0 }) ?? true,
                    let event = eventSetting(doc, range, sentence: s)
                {
                    candidate.location = (event.name, event.country)
                    // … unless a dated sub-heading stands between ("Saturday, 15 February 2025" over the item).
                    if candidate.date == nil, event.sentence != s, let heading = datedHeading(before: s, doc), heading.sentence > event.sentence {
                        candidate.date = heading.date
                    }
                    if candidate.date == nil, event.sentence != s {
                        candidate.date = resolver.dates(in: doc.tokens, range: doc.sentences[event.sentence].range, anchor: doc.anchor, lean: .past)
                            .first { $0.precision == .day }
                    }
                }
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
                // "looked forward to meeting again", "their next meeting", "recalled their previous meeting": another encounter
                // than the one told.
                let another = isOtherEncounter(doc, trigger.index, range)
                if another { candidate.sequel = true }
                // "The trilateral meeting …, which had been scheduled for October 21, has been postponed" is not the call held
                // on Monday: a reference takes a meeting whose status and day it does not contradict.
                func consistent(_ meeting: Candidate) -> Bool {
                    let status = meeting.status == candidate.status || candidate.status == .held
                        || (meeting.status == .planned && candidate.status == .cancelled)
                    // … a day of its own only where it tells of a plan or a cancellation ("Wong told reporters on Tuesday her
                    // meeting with Marsudi had been productive" is Monday's meeting).
                    let days = candidate.status == .held ? nil : meeting.date.flatMap { a in candidate.date.map { b in (a, b) } }
                    let day = days.map { $0.precision != .day || $1.precision != .day || $0.day == $1.day } ?? true
                    return status && day
                }
                if trigger.isReference, !another,
                    let index = latest(sharing: candidate.people, where: {
                        Set($0.people).intersection(candidate.people).count >= 2 && $0.occasion == candidate.occasion && consistent($0)
                    })
                {
                    candidate.date = meetings[index].date ?? candidate.date
                    merge(candidate, into: &meetings[index])
                    add(candidate.people, to: index)
                } else if !candidate.sequel, let index = latest(sharing: candidate.people, where: { sameMeeting($0, candidate) }) {
                    merge(candidate, into: &meetings[index])
                    add(candidate.people, to: index)
                } else if !pairOnly || trigger.mode != .inPerson || status != .held || isVerbCue(doc, trigger.index) || candidate.sequel
                    || candidate.occasion != nil
                    || (doc.cueAt[trigger.index]?.classes.contains(.sign) ?? false)
                {
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
                // … skipping a paragraph's number ("7. In Jaffna, EAM also met …").
                var before = first - 1
                while before >= 0, !doc.sentences[before].range.contains(where: { doc.tokens[$0].kind == .word }) { before -= 1 }
                let previous = before >= 0 ? doc.sentences[before].range : 0..<0
                if let d = DateResolver().dates(in: doc.tokens, range: previous, anchor: doc.anchor, lean: .past).last, d.precision == .day {
                    date = d.day
                    precision = d.precision
                } else if let d = datedHeading(before: first, doc)?.date {
                    // "Saturday, 15 February 2025" on a line of its own: the day of the items below it.
                    date = d.day
                    precision = d.precision
                } else if let d = setting.visitDay, candidate.status != .held || d.day <= doc.anchor {
                    // … not a trip yet to come for a meeting that took place.
                    date = d.day
                    precision = d.precision
                }
            }
            if precision == .week { precision = .month; date = date.firstOfMonth }
            let elsewhere = reported.subtracting(candidate.sentences)
            if candidate.mode == .inPerson, candidate.location == nil, let first = candidate.sentences.first, let scene = sceneCity(of: first, doc) {
                candidate.location = scene
            }
            if candidate.mode == .inPerson, candidate.location == nil || candidate.location?.country == nil {
                let countries = Set(candidate.people.compactMap { coref.people[$0].country })
                let place = setting.place(on: date, anchor: doc.anchor, countries: countries, near: candidate.sentences,
                                          elsewhere: elsewhere)
                if let venue = candidate.location {
                    // "at the presidential office" under a SEOUL dateline: the venue in the dateline's city.
                    if let place, Extractor.precision(ofPlace: place.name) == 1, setting.dateline.contains(where: { $0.name == place.name }) {
                        candidate.location = ("\(venue.name), \(place.name)", place.country)
                    }
                } else {
                    candidate.location = place
                }
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
                    // "… welcomed X to the Pentagon. Following the ceremony, the two leaders held a bilateral meeting", joined
                    // by their delegations: the talks with no place told are where the two were that day.
                    || (precisions[n] < 0 && precisions[o] >= 2 && other.people.count >= 2 && Set(result.people).isSuperset(of: other.people))
            })
            else { continue }
            results[n].fact.location = results[v].fact.location
            results[n].fact.locationCountry = results[v].fact.locationCountry ?? result.fact.locationCountry
            precisions[n] = precisions[v]
        }
        return results
    }
}

/// Meeting cues: the words that report an encounter ("met", "held talks", "hosted a luncheon"), the
/// occasions they open, and what a sentence says around them (an aside, the same day, a group of officials).
extension MeetingExtractor {
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
    func reportsMeeting(_ doc: Document, _ i: Int, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        if i + 1 < range.upperBound, ["held", "took", "between"].contains(t[i + 1]) { return true }
        if i + 2 < range.upperBound, t[i + 1].isFolded("was"), t[i + 2].isFolded("held") { return true }
        let article = i - 1
        return article - 1 >= range.lowerBound && ["in", "during", "at"].contains(t[article - 1])
    }

    /// The meeting cues of `range`, outside the `aside` clause and the `denied` ones; a sentence with a denial tells of
    /// no meeting by the words that refer to one ("did not meet Li during the summit").
    func triggers(_ doc: Document, _ range: Range<Int>, people: [(person: Int, at: Int)], aside: Range<Int>,
                  denied: [Range<Int>]) -> [Trigger] {
        var result: [Trigger] = []
        var reference: Int?
        var i = range.lowerBound
        while i < range.upperBound {
            // A quote tells no meeting, but its speaker's own: "… when I met Cabinet Secretary X in Nairobi".
            let spoken = doc.quoted[i] && (max(range.lowerBound, i - 3)..<i).contains { j in
                doc.tokens[j].text == "I" && people.contains { $0.at == j }
            }
            guard let cue = doc.cueAt[i], cue.range.lowerBound == i, !doc.quoted[i] || spoken, !aside.contains(i) else {
                i += 1
                continue
            }
            defer { i = cue.range.upperBound }
            let classes = cue.classes
            if denied.contains(where: { $0.contains(i) }) { continue }
            // "handed over the supplies to Minister X": a handover is an encounter with a person it is handed to, named after
            // it; "the aid would be handed over to Pakistan's disaster authority" is none.
            if doc.tokens[i].isFolded("handed") || doc.tokens[i].isFolded("hand"), !people.contains(where: { $0.at > i }) { continue }
            // A capitalised cue inside a sentence names something ("the Meeting Room"), unless quoted or the event a
            // verb holds: "held a Japan-Viet Nam Foreign Ministers' Meeting in Tokyo with …".
            if i > range.lowerBound, doc.tokens[i].isCapitalized, !doc.tokens[i - 1].text.allSatisfy({ "“\"(".contains($0) }),
                !isHeldEvent(doc, i, range)
            {
                continue
            }
            let next = cue.range.upperBound < range.upperBound ? doc.tokens[cue.range.upperBound].folded : ""
            if classes.contains(.call) {
                // "call for", "call to": appeals, not calls.
                if ["for", "to", "upon"].contains(next) && doc.tokens[i].folded.hasPrefix("call") { continue }
                // "received a courtesy call from X at the ministry": a visit paid in person, not a telephone call.
                let courtesy = i > range.lowerBound && doc.tokens[i - 1].isFolded("courtesy")
                result.append(Trigger(index: i, mode: courtesy ? .inPerson : .call, modeStated: true, venue: nil))
            } else if classes.contains(.video) {
                result.append(Trigger(index: i, mode: .video, modeStated: true, venue: nil))
            } else if classes.contains(.meet), isRecalledEncounter(doc, i, range) {
                // "The two leaders recalled their previous meeting on the sidelines of the ASEAN Summit in May": another encounter.
                let mode = modeNear(doc, i, range)
                result.append(Trigger(index: i, mode: mode ?? .inPerson, modeStated: mode != nil, venue: nil))
            } else if classes.contains(.meet), !isNounUse(doc, i) {
                // "the Joint Commission, which last met in 2019": a body's meetings, told of the body.
                var b = i - 1
                while b > range.lowerBound, ["last", "had", "has", "have", "previously", "first"].contains(doc.tokens[b]) { b -= 1 }
                if b >= range.lowerBound, ["which", "that"].contains(doc.tokens[b]) { continue }
                if isReferenceToMeeting(doc, i) {
                    if reference == nil, reportsMeeting(doc, i, range) { reference = i }
                    continue
                }
                if welcomesThing(doc, i, range) { continue }
                // "the two foreign ministers jointly met the press": a press conference is no meeting.
                if meetsThePress(doc, after: cue.range.upperBound, range) { continue }
                let mode = modeNear(doc, i, range)
                result.append(Trigger(index: i, mode: mode ?? .inPerson, modeStated: mode != nil, venue: nil))
            } else if classes.contains(.host) {
                // "will host Scholz and Tusk", "is hosting Prime Minister X", "hosted an official luncheon in honour of X"
                // — not "hosting US forces".
                if people.contains(where: { $0.at >= cue.range.upperBound && $0.at <= cue.range.upperBound + 4 })
                    || occasion(doc, after: i, range) != nil && people.contains(where: { $0.at > i })
                {
                    result.append(Trigger(index: i, mode: .inPerson, modeStated: false, venue: nil))
                }
            } else if classes.contains(.sign) {
                // "The agreements were signed by A and B", "A signed the notes with B": a signing by two named people is an
                // encounter of theirs; "President X signed the bill" is not.
                let clause = i..<min(range.upperBound, i + 30)
                let after = people.filter { clause.contains($0.at) && $0.at > i }
                let before = people.filter { $0.at < i }
                // "were signed at the fund's headquarters in Riyadh by A and B": the signers after "by".
                let firstAfter = after.first?.at ?? clause.upperBound
                let byThem = (i + 1..<firstAfter).contains { doc.tokens[$0].isFolded("by") }
                let with = (i + 1..<firstAfter).contains { ["with", "between"].contains(doc.tokens[$0]) }
                let signers = byThem ? after.count : before.count + (with ? after.count : 0)
                if signers >= 2 { result.append(Trigger(index: i, mode: .inPerson, modeStated: false, venue: nil)) }
            } else if classes.contains(.visit) {
                // "visit the White House": a visit with a named host.
                var k = cue.range.upperBound
                if k < range.upperBound, doc.tokens[k].isFolded("the") { k += 1 }
                if k < range.upperBound, let entity = doc.entityAt[k], entity.best.kind == .institution {
                    result.append(Trigger(index: i, mode: .inPerson, modeStated: false, venue: (entity.best.name, entity.best.country)))
                } else if let with = (cue.range.upperBound..<range.upperBound).first(where: { j in
                    j + 1 < range.upperBound && doc.tokens[j].isFolded("together") && doc.tokens[j + 1].isFolded("with")
                }), people.contains(where: { $0.at > with && $0.at <= with + 8 }), people.contains(where: { $0.at < i }),
                    // … not a spouse's company ("together with his wife Y").
                    !(with + 2..<min(range.upperBound, with + 5)).contains(where: { Self.companyWords.contains(doc.tokens[$0]) })
                {
                    // "X visited the As-Samra plant together with Minister Y": a visit the two made together.
                    result.append(Trigger(index: i, mode: .inPerson, modeStated: false, venue: nil))
                }
            }
        }
        // "A and B then headed to the central courtyard to attend a state ceremony": an occasion told for the first time
        // is an encounter of the people with it.
        if result.isEmpty, reference == nil, denied.isEmpty,
            let k = range.first(where: { k in
                Self.occasions[doc.tokens[k]] != nil && !doc.quoted[k]
                    && (max(range.lowerBound, k - 3)..<k).contains { ["a", "an"].contains(doc.tokens[$0]) }
            })
        {
            result.append(Trigger(index: k, mode: .inPerson, modeStated: false, venue: nil))
        }
        // "In the meeting held at the Shangri-La Hotel, A and B discussed …", "In their talks, the two ministers also
        // discussed the summit in July": the sentence tells of that meeting, whatever else it names.
        if let reference, denied.isEmpty, Set(people.map(\.person)).count >= 2 {
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

    /// "did not meet Xi, but held talks with Ramaphosa": from each denied cue to the end of its clause, where neither
    /// the cues nor the people take part in a meeting.
    func deniedClauses(_ doc: Document, _ range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        for i in range where doc.cueAt[i].map({ $0.range.lowerBound == i }) ?? false {
            guard spans.last.map({ !$0.contains(i) }) ?? true, isNegated(doc, i, range) else { continue }
            let end = (i..<range.upperBound).first { Self.clauseBreaks.contains(doc.tokens[$0]) } ?? range.upperBound
            spans.append(i..<end)
        }
        return spans
    }

    /// "both diplomats reviewed the ties forged by the late leader X", "recalled the visit of President Y": from a verb of what
    /// the sides talked over to the sentence's end, the people named are its subject matter, not its participants. The span
    /// stops at a cue of meeting or a "with" ("discussed trade with Minister Z" names a participant).
    func topicClauses(_ doc: Document, _ range: Range<Int>) -> [Range<Int>] {
        var spans: [Range<Int>] = []
        var k = range.lowerBound
        while k < range.upperBound {
            // Read in place: a copy of the token, taken at every word of every sentence, cost more than the tests.
            let opens = Self.topicVerbs.contains(doc.tokens[k])
                || (k + 1 < range.upperBound && ["paid", "pay", "paying"].contains(doc.tokens[k]) && ["tribute", "homage"].contains(doc.tokens[k + 1]))
            // "The operations were discussed when X met Y": a passive tells the subject matter of the meeting after it.
            let passive = k > range.lowerBound && Self.passiveAuxiliaries.contains(doc.tokens[k - 1])
            guard opens, !passive, !doc.quoted[k] else {
                k += 1
                continue
            }
            var end = k + 1
            while end < range.upperBound, !Self.topicClauseEnds.contains(doc.tokens[end]), doc.tokens[end].text != ";",
                !(doc.cueAt[end].map { $0.range.lowerBound == end && ($0.classes.contains(.meet) || $0.classes.contains(.call)) } ?? false)
            {
                end += 1
            }
            spans.append(k..<end)
            k = end + 1
        }
        return spans
    }

    static let passiveAuxiliaries: WordSet = ["was", "were", "is", "are", "be", "been", "being"]
    static let topicClauseEnds: WordSet = ["with", "when", "while", "where", "after", "before", "during", "whereupon"]
    static let topicVerbs: WordSet = ["discussed", "reviewed", "recalled", "highlighted", "honoured", "honored", "commemorated",
                                      "evoked", "remembered", "reminisced"]

    /// "did not meet", "has never met", "had no plans to hold talks with", "left without meeting": a meeting denied.
    /// "Not only did they meet" is not.
    func isNegated(_ doc: Document, _ index: Int, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        var k = index - 1
        while k >= max(range.lowerBound, index - 4) {
            if t[k].text == "," || t[k].text == ";" { return false }
            if Self.negations.contains(t[k]), k + 1 < range.upperBound, !t[k + 1].isFolded("only") { return true }
            k -= 1
        }
        return false
    }

    static let clauseBreaks: WordSet = [",", ";", "but", "while", "whereas"]
    static let negations = WordSet(["not", "never", "no", "without", "cannot"] + ["didn't", "doesn't", "don't", "won't", "wouldn't", "hasn't", "haven't", "hadn't", "wasn't", "weren't", "can't", "couldn't", "didn’t", "doesn’t", "don’t", "won’t", "wouldn’t", "hasn’t", "haven’t", "hadn’t", "wasn’t", "weren’t", "can’t", "couldn’t"])

    /// "hosted an official welcoming ceremony for", "welcomed X with a state welcoming ceremony", "will host a
    /// state dinner": the occasion a cue at `index` opens, within the words from it on — not one it is
    /// told after ("After the ceremony, the two leaders held talks").
    func occasion(_ doc: Document, after index: Int, _ range: Range<Int>) -> String? {
        for k in index..<min(range.upperBound, index + 14) {
            if doc.tokens[k].single == "," || doc.tokens[k].single == ";" { break }
            guard let occasion = Self.occasions[doc.tokens[k]] else { continue }
            let before = max(range.lowerBound, k - 3)..<k
            if before.contains(where: { ["after", "before", "following", "during", "since"].contains(doc.tokens[$0]) }) { return nil }
            return occasion
        }
        // "received President X of Mauritania, who is on a state visit, at an official reception ceremony held at …": the
        // occasion the sentence sets the encounter at, past the clauses about the guest.
        for k in index..<min(range.upperBound, index + 40) {
            guard let occasion = Self.occasions[doc.tokens[k]] else { continue }
            let before = max(range.lowerBound, k - 4)..<k
            guard let at = before.last(where: { ["at", "with"].contains(doc.tokens[$0]) }),
                (at + 1..<k).allSatisfy({ ["a", "an", "the", "official", "state", "welcoming", "welcome", "reception", "formal"].contains(doc.tokens[$0]) })
            else { continue }
            return occasion
        }
        return nil
    }

    static let occasions: WordMap<String> = ["ceremony": "ceremony", "dinner": "meal", "luncheon": "meal", "lunch": "meal",
                                              "banquet": "meal", "breakfast": "meal", "reception": "reception"]

    /// "phone talks", "telephone conversation": a call or video cue close before a meeting cue.
    func modeNear(_ doc: Document, _ i: Int, _ range: Range<Int>) -> MeetingMode? {
        let window = max(range.lowerBound, i - 3)..<min(range.upperBound, i + 4)
        if doc.hasCue(.video, in: window) { return .video }
        if window.contains(where: { doc.cueAt[$0]?.classes.contains(.call) ?? false && !(doc.tokens[$0].folded.hasPrefix("call")) }) { return .call }
        return nil
    }

    /// "The meeting", "the talks", "today's meeting", "At the meeting": a noun pointing back at a meeting already reported.
    func isReferenceToMeeting(_ doc: Document, _ i: Int) -> Bool {
        let word = doc.tokens[i].folded
        // "joined the bilateral talks": an adjective of the meeting after "the", before its noun.
        if ["bilateral", "trilateral", "official", "working", "summit", "delegation-level", "restricted"].contains(word), i > 0,
            i + 1 < doc.tokens.count, ["talks", "meeting", "meetings", "session"].contains(doc.tokens[i + 1])
        {
            return ["the", "their", "this", "’s", "'s"].contains(doc.tokens[i - 1])
        }
        guard Self.encounterNouns.contains(doc.tokens[i]) else { return false }
        guard i > 0 else { return false }
        var before = doc.tokens[i - 1].folded
        // "the bilateral talks", "their working meeting", "the extended-format talks": past the adjective to the determiner.
        if i > 1, Self.meetingAdjectives.contains(before) || before.hasSuffix("-format") || before.hasSuffix("-level") {
            before = doc.tokens[i - 2].folded
        }
        return before == "the" || before == "’s" || before == "'s" || before == "this" || before == "their"
    }

    /// "Ambassador X joined from Georgetown", "… joined virtually", "X also joined.": joined the encounter just told,
    /// named or not — not "was joined by his wife".
    func joinedRemotely(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.contains { k in
            guard doc.tokens[k].isFolded("joined"), k + 1 < range.upperBound else { return false }
            let next = doc.tokens[k + 1].folded
            return ["from", "virtually", "remotely", "online", "via"].contains(next) || (next == "." && k > 0 && doc.tokens[k - 1].isFolded("also"))
        }
    }

    /// "co-chair of the board", "called for consultations": a cue that names an office or a wish, not an encounter.
    /// "co-chair" is a meeting as a verb ("to co-chair", "will co-chair"), "consultations" when held.
    func isNounUse(_ doc: Document, _ i: Int) -> Bool {
        let word = doc.tokens[i].folded
        if word == "co-chair" {
            // "will on Monday, 12 May 2025, co-chair …": a day told between the auxiliary and the verb.
            var j = i - 1
            while j > 0, i - j < 9, isDayWord(doc.tokens[j]) { j -= 1 }
            return !(j >= 0 && Self.verbMarkers.contains(doc.tokens[j]))
        }
        if word == "consultations" { return !isVerbCue(doc, i) }
        return false
    }

    /// Whether the meeting word at `i` tells of another encounter than the one told: "looked forward to meeting again",
    /// "their next meeting" (not a body's "its next meeting"), "their previous meeting".
    func isOtherEncounter(_ doc: Document, _ i: Int, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        if i + 1 < range.upperBound, t[i + 1].isFolded("again") { return true }
        guard i - 2 >= range.lowerBound else { return false }
        return (["next", "another", "further"].contains(t[i - 1]) && !t[i - 2].isFolded("its")) || isRecalledEncounter(doc, i, range)
    }

    /// "their previous meeting", "his last meeting": an earlier encounter of the people, not "the last meeting of the
    /// Supreme Interstate Council".
    func isRecalledEncounter(_ doc: Document, _ i: Int, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        guard i - 2 >= range.lowerBound, ["previous", "last", "earlier"].contains(t[i - 1]),
            ["their", "his", "her"].contains(t[i - 2])
        else { return false }
        return !(i + 1 < range.upperBound && t[i + 1].isFolded("of"))
    }

    /// "Cárdenas was joined by his foreign minister, X", "X, who was accompanied by Y": the index of "joined" or "accompanied"
    /// before "by", if any.
    func joinedBy(_ doc: Document, _ range: Range<Int>) -> Int? {
        range.first { k in
            guard k + 1 < range.upperBound, doc.tokens[k + 1].isFolded("by") else { return false }
            // "who was accompanied by": at the encounter told; "EAM is accompanied by a delegation": on the whole trip.
            return doc.tokens[k].isFolded("joined")
                || (doc.tokens[k].isFolded("accompanied") && k > range.lowerBound && ["was", "were"].contains(doc.tokens[k - 1]))
        }
    }

    static let tripVerbs: WordSet = ["travel", "visit", "go", "fly", "head", "proceed", "leave"]
    /// "The ministers welcomed the signing in Astana on March 8 of …": a welcome given to a signing (whose day the sentence
    /// tells), not to a guest.
    func welcomesThing(_ doc: Document, _ i: Int, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        guard Self.welcomeWords.contains(t[i]), i + 2 < range.upperBound, ["the", "this", "these"].contains(t[i + 1])
        else { return false }
        return t[i + 2].isFolded("signing") || (doc.cueAt[i + 2]?.classes.contains(.sign) ?? false)
    }

    /// "met the press", "met reporters", "met with journalists": the press, not a counterpart.
    func meetsThePress(_ doc: Document, after k: Int, _ range: Range<Int>) -> Bool {
        var j = k
        if j < range.upperBound, ["with", "the"].contains(doc.tokens[j]) { j += 1 }
        if j < range.upperBound, doc.tokens[j].folded == "the" { j += 1 }
        return j < range.upperBound && Self.pressNouns.contains(doc.tokens[j])
    }

    static let companyWords: WordSet = ["wife", "husband", "spouse", "family", "daughter", "son", "children", "lady"]

    static let pressNouns: WordSet = ["press", "reporters", "journalists", "media", "correspondents"]

    /// A word of a day written inside a clause: "on", a weekday, a month, a number, a comma.
    private func isDayWord(_ token: Token) -> Bool {
        token.kind == .number || token.text == "," || token.isFolded("on") || DateResolver.weekdays[token] != nil
            || DateResolver.months[token] != nil
    }

    static let verbMarkers: WordSet = ["to", "will", "would", "shall", "also", "and", "jointly"]

    func mentionsMeeting(_ doc: Document, _ range: Range<Int>) -> Bool {
        // "Also present was X", "Present were A and B": present at the encounter just told.
        if let first = range.first, range.count > 3,
            doc.tokens[first].isFolded("present") || (doc.tokens[first].isFolded("also") && doc.tokens[first + 1].isFolded("present"))
        {
            return true
        }
        // … and an occasion told before ("The reception was attended by"), not a new one ("joined X for a working dinner").
        return range.contains { k in
            Self.encounterNouns.contains(doc.tokens[k]) || doc.tokens[k].isFolded("they")
                // "The Mongolian delegation included …": the members of a delegation at the encounter told.
                || (doc.tokens[k].isFolded("delegation") && doc.cueAt[k]?.classes.contains(.attend) ?? false)
                || (Self.inclusionVerbs.contains(doc.tokens[k]) && delegationIncludes(doc, range))
                // "The signing was witnessed by …": a signing told before is an occasion too.
                || ((Self.occasions[doc.tokens[k]] != nil || doc.tokens[k].isFolded("signing")) && k > range.lowerBound
                    && ["the", "this", "that"].contains(doc.tokens[k - 1]))
        }
    }

    /// "The Indian delegation at the Joint Commission included X and Y": a delegation's members listed a few words after it
    /// (the cue list has only "delegation included" side by side).
    func delegationIncludes(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.contains { k in
            Self.inclusionVerbs.contains(doc.tokens[k])
                && (max(range.lowerBound, k - 8)..<k).contains { doc.tokens[$0].isFolded("delegation") || doc.tokens[$0].isFolded("delegations") }
        }
    }

    static let inclusionVerbs: WordSet = ["included", "includes", "comprised", "comprises"]

    /// "meet with French and United Kingdom defence leaders", "met Qatari officials": a counterpart described, not named.
    func describesOthers(_ doc: Document, _ i: Int, _ range: Range<Int>) -> Bool {
        let window = (i + 1)..<min(range.upperBound, i + 10)
        return window.contains { Self.describedOthers.contains(doc.tokens[$0]) }
    }

    /// "is due to meet Peru's deputy foreign minister", "talks are scheduled with the UAE Minister of Foreign Affairs": a
    /// counterpart told by a state's office, with no name after it, soon after the cue.
    func describesOffice(_ doc: Document, _ i: Int, _ range: Range<Int>) -> Bool {
        let upper = min(range.upperBound, i + 10)
        var k = i + 1
        while k < upper {
            guard let state = doc.entityAt[k], state.range.lowerBound == k, state.best.kind == .country || state.best.kind == .demonym,
                !doc.quoted[k]
            else {
                k += 1
                continue
            }
            var j = state.range.upperBound
            if j < range.upperBound, ["'s", "’s"].contains(doc.tokens[j]) { j += 1 }
            var hasHead = false
            while j < range.upperBound, let title = doc.titleAt[j] {
                if title.words.contains(.head) { hasHead = true }
                j += 1
            }
            // "of Foreign Affairs": the rest of the office.
            while j + 1 < range.upperBound, doc.tokens[j].isFolded("of"), doc.titleAt[j + 1] != nil {
                j += 1
                while j < range.upperBound, doc.titleAt[j] != nil { j += 1 }
            }
            let named = j < range.upperBound && ((doc.tokens[j].isCapitalized && doc.tokens[j].kind == .word && doc.entityAt[j] == nil)
                || doc.tokens[j].text == ",")
            if hasHead, !named { return true }
            k = max(j, k + 1)
        }
        return false
    }

    /// "he had conveyed condolences to his counterpart X in a phone call", "she discussed the loan with Y by telephone": the
    /// pronoun's verb done through a call told later in its clause ("in a", "during a", "by", "over the", "via").
    func callAsMeans(_ doc: Document, after verb: Int, _ range: Range<Int>) -> Bool {
        let upper = min(range.upperBound, verb + 20)
        for k in verb + 1..<max(verb + 1, upper) {
            if doc.tokens[k].text == ";" || doc.quoted[k] { return false }
            guard let cue = doc.cueAt[k], cue.range.lowerBound == k, cue.classes.contains(.call) else { continue }
            let before = doc.tokens[k - 1]
            if before.isFolded("by") || before.isFolded("via") { return true }
            if k - 2 > verb, ["a", "the", "an"].contains(before), ["in", "during", "over", "via", "by"].contains(doc.tokens[k - 2]) { return true }
        }
        return false
    }

    static let describedOthers: WordSet = ["leaders", "officials", "counterparts", "ministers", "dignitaries", "investors",
                                                   "businessmen", "delegation", "officers"]

    /// "said … after meeting X", "told reporters following talks with X": a meeting the speaker had.
    func metWhileSpeaking(_ doc: Document, after index: Int, in range: Range<Int>) -> Bool {
        var k = index
        while k + 1 < min(range.upperBound, index + 8) {
            if ["after", "following", "before", "while", "during"].contains(doc.tokens[k]),
                doc.hasCue(.meet, in: k + 1..<min(range.upperBound, k + 3))
            {
                return true
            }
            k += 1
        }
        return false
    }

    /// "Recalling his meeting with Banda last September, Zhao said …": a sentence that opens with a participle and the
    /// possessor's meeting ("his meeting", "her talks"), whose speaker, named just after that clause's comma, is the possessor.
    func ownMeetingRecalled(_ doc: Document, speaker: Int, in range: Range<Int>) -> Bool {
        let t = doc.tokens
        guard range.count > 4, t[range.lowerBound].isCapitalized, t[range.lowerBound].folded.hasSuffix("ing"),
            ["his", "her", "their"].contains(t[range.lowerBound + 1]), doc.hasCue(.meet, in: range.lowerBound + 2..<range.lowerBound + 4),
            let comma = (range.lowerBound..<speaker).last(where: { t[$0].text == "," })
        else { return false }
        // The speaker opens the main clause: only a title may stand between the comma and the name.
        return (comma + 1..<speaker).allSatisfy { doc.titleAt[$0] != nil || doc.entityAt[$0] != nil }
    }

    /// "Besides meeting X,", "In addition to meeting X,", "Apart from talks with X,": the clause up to its
    /// comma, which sets a meeting told elsewhere aside; empty when the sentence has none.
    func asideClause(_ doc: Document, _ range: Range<Int>) -> Range<Int> {
        for k in range where k > range.lowerBound && doc.cueAt[k]?.range.lowerBound == k && doc.hasCue(.meet, in: k..<k + 1) {
            let before = doc.tokens[k - 1].folded
            let twoBefore = k - 2 >= range.lowerBound ? doc.tokens[k - 2].folded : ""
            guard before == "besides" || before == "beside" || (before == "to" && twoBefore == "addition") || (before == "from" && twoBefore == "apart")
            else { continue }
            let end = (k..<range.upperBound).first { doc.tokens[$0].text == "," } ?? k
            return k..<end
        }
        return 0..<0
    }

    static let timesOfDay: WordSet = ["day", "evening", "morning", "afternoon", "night"]
    /// Nouns of an encounter told before: its talks or one of its occasions.
    static let eventNouns = WordSet(["meeting", "talks", "call"] + occasions.keys)
    static let afterWords: WordSet = ["after", "following"]
    static let sameWords: WordSet = ["same", "that"]
    static let laterWords: WordSet = ["later", "earlier"]
    static let partsOfTheDay: WordSet = ["morning", "afternoon", "evening"]

    /// "the same day", "that day", "that evening", "later in the day", "After the ceremony": a day given by
    /// the story so far.
    func sameDay(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.contains { k in
            guard k + 1 < range.upperBound else { return false }
            if Self.afterWords.contains(doc.tokens[k]), k + 2 < range.upperBound, doc.tokens[k + 1].isFolded("the"),
                Self.eventNouns.contains(doc.tokens[k + 2])
            {
                return true
            }
            guard Self.timesOfDay.contains(doc.tokens[k + 1]) else { return false }
            if Self.sameWords.contains(doc.tokens[k]) { return true }
            // "later in the day", and "in the afternoon" with no day of its own: the day the story is at.
            return doc.tokens[k].isFolded("the") && k >= range.lowerBound + 1 && doc.tokens[k - 1].isFolded("in")
                && (Self.partsOfTheDay.contains(doc.tokens[k + 1]) || (k >= range.lowerBound + 2 && Self.laterWords.contains(doc.tokens[k - 2])))
        }
    }

    /// "the foreign ministers of Australia, India and Japan", "leaders of Egypt and Jordan": the states of an
    /// unnamed group of officials.
    func statesOfGroup(_ doc: Document, _ range: Range<Int>) -> Set<String> {
        // "The foreign ministers of Australia, India and Japan met", or states as the subject: "India and Japan … held
        // the third round of their 2+2 ministerial dialogue".
        let of = range.first(where: { $0 > range.lowerBound && doc.tokens[$0].isFolded("of") && Self.groupRoles.contains(doc.tokens[$0 - 1]) })
        let subject = doc.entityAt[range.lowerBound].map { $0.range.lowerBound == range.lowerBound && $0.best.kind == .country } ?? false
        guard of != nil || subject else { return [] }
        var states: Set<String> = []
        var k = of.map { $0 + 1 } ?? range.lowerBound
        while k < range.upperBound {
            if let match = doc.entityAt[k], match.range.lowerBound == k, match.best.kind == .country {
                states.insert(match.best.affiliation)
                k = match.range.upperBound
            } else if [",", "and", "the"].contains(doc.tokens[k]) {
                k += 1
            } else {
                break
            }
        }
        return states
    }

    static let groupRoles: WordSet = ["ministers", "leaders", "presidents", "chiefs", "heads", "envoys", "premiers", "secretaries"]

    /// The cue at `index` is a verb of meeting ("met", "spoke", "agreed to meet") or the object of one ("held
    /// bilateral talks", "had a bilateral meeting"), not a noun alone ("the discussions").
    func isVerbCue(_ doc: Document, _ index: Int) -> Bool {
        let range = doc.cueAt[index]?.range ?? index..<index + 1
        if range.contains(where: { Self.pastVerbs.contains(doc.tokens[$0]) || ["meet", "talk", "talked"].contains(doc.tokens[$0]) }) {
            return true
        }
        // "held talks", "held the third round of their 2+2 ministerial dialogue": the verb that holds the event.
        for k in stride(from: index - 1, through: max(0, index - 10), by: -1) {
            if doc.tokens[k].kind == .punctuation, doc.tokens[k].text != "+" { return false }
            if Self.reportingHolds.contains(doc.tokens[k]) { return k >= index - 3 || Self.heldVerbs.contains(doc.tokens[k]) }
        }
        return false
    }

    /// "held a Japan-Viet Nam Foreign Ministers' Meeting", "held the Japan-Kazakhstan Summit Telephone Talk":
    /// a capitalised event the verb before it holds, within its name's words.
    func isHeldEvent(_ doc: Document, _ index: Int, _ range: Range<Int>) -> Bool {
        for k in stride(from: index - 1, through: max(range.lowerBound, index - 8), by: -1) {
            let text = doc.tokens[k].text
            if doc.tokens[k].kind == .punctuation, !["'", "’", "-"].contains(text) { return false }
            if Self.reportingHolds.contains(doc.tokens[k]) { return true }
        }
        return false
    }

    static let ordinalsOfTime: WordSet = ["last", "first", "previous"]
    static let pairCounts: WordSet = ["two", "both", "three"]
    static let pluralOffices: WordMap<String> = ["presidents": "president", "ministers": "minister", "secretaries": "secretary",
                                                         "premiers": "premier", "chancellors": "chancellor"]
    /// The words that name a portfolio in its offices' titles, by the word that qualifies a plural office ("the two foreign
    /// ministers": "Secretary of Foreign Affairs", "External Affairs Minister").
    static let portfolios: WordMap<[String]> = ["foreign": ["foreign", "external affairs"], "defence": ["defence", "defense"],
                                                "defense": ["defence", "defense"], "finance": ["finance", "treasury"]]

    /// "held bilateral talks", "had a bilateral meeting": verbs whose object is a meeting noun.
    static let reportingHolds: WordSet = ["held", "had", "holds", "hold"]

    /// Beyond three words, only a form of "hold" holds the event ("held the third round of their … dialogue"), not "had".
    static let heldVerbs: WordSet = ["held", "holds", "hold"]
    /// Nouns that name an encounter told before: "the teleconference", "the talks".
    static let encounterNouns: WordSet = ["meeting", "meetings", "talks", "conversation", "discussion", "call", "calls", "teleconference",
                                          "videoconference", "video-conference", "consultations", "audience"]
    /// Nouns that count several encounters ("both calls", "the meetings with Slovenia and Mauritius").
    static let pluralEncounters: WordSet = ["meetings", "calls", "sessions", "engagements", "encounters"]
    /// Words between a count and its encounters: "all the meetings", "both his calls".
    static let countedDeterminers: WordSet = ["the", "his", "her", "their", "these", "those"]
    /// "Later in the day, …", "Afterwards, …", "Subsequently …": a sentence that opens by placing what it tells after an
    /// encounter already told.
    func opensAsSequel(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard let first = range.first else { return false }
        let t = doc.tokens
        if Self.sequelOpeners.contains(t[first]) { return true }
        // "Prior to the meeting, the two Ministers signed …", "Before the talks, …", "Following the reception, …": another
        // encounter, told against this one.
        if range.count > 4, ["prior", "before", "following", "after"].contains(t[first]) {
            var noun = first + 1
            if t[noun].isFolded("to") { noun += 1 }
            while noun < range.upperBound, ["the", "their", "this", "official", "welcoming", "welcome", "reception", "signing"].contains(t[noun]),
                Self.occasions[t[noun]] == nil || (noun + 1 < range.upperBound && Self.occasions[t[noun + 1]] != nil)
            {
                noun += 1
            }
            if noun < range.upperBound, Self.encounterNouns.contains(t[noun]) || Self.occasions[t[noun]] != nil { return true }
        }
        // "Later that day", "Later in the day", "Earlier on Wednesday,"
        return (t[first].isFolded("later") || t[first].isFolded("earlier")) && range.count > 2
            && (["that", "in", "the", "on"].contains(t[first + 1]) || t[first + 1].text == ",")
    }

    static let sequelOpeners: WordSet = ["afterwards", "afterward", "subsequently", "thereafter"]
    /// Words between a determiner and a meeting's noun: "the inter-delegation talks", "their working meeting".
    static let meetingAdjectives: WordSet = ["bilateral", "trilateral", "official", "working", "summit", "restricted", "earlier", "previous",
                                             "inter-delegation", "delegation-level", "expanded", "plenary", "one-on-one", "formal",
                                             "informal", "extended", "main", "subsequent", "later", "expanded-format",
                                             "restricted-format", "narrow-format", "enlarged", "broader", "wider"]
    static let guestNouns: WordSet = ["guest", "visitor", "guests", "visitors", "dignitary"]
    static let pronouns: WordSet = ["he", "she", "i"]
    /// Words after an object pronoun ("met her at", "received him on Monday"), never after a possessive one.
    static let possessivePronouns: WordSet = ["his", "her", "their"]
    static let objectFollowers: WordSet = ["at", "in", "on", "for", "and", "during", "before", "after", "later", "today", "tomorrow",
                                           "yesterday", "again", "separately", "there", "when", "while", "with", "to"]

    static let pastVerbs: WordSet = ["met", "held", "hosted", "received", "welcomed", "spoke", "spoken", "telephoned", "phoned", "conferred",
                                         "talked", "called", "visited", "meets", "holds", "hosts", "receives", "welcomes", "speaks"]
}

/// Who took part when a sentence does not name them: the people named last, "the two leaders", an
/// office's initials ("EAM"), "the Secretary".
extension MeetingExtractor {
    /// The person named last before token `index` (in sentence `sentence` or earlier), outside credits.
    func lastNamed(before index: Int, sentence: Int, mentions: [PersonMention], coref: Coreference.Result) -> Int? {
        lastNamed(count: 1, before: index, sentence: sentence, mentions: mentions, coref: coref).first
    }

    /// "Hausmann travelled to Naqoura, where he was briefed by General Lozano. He then met …": a pronoun that opens its
    /// sentence goes on with the subject of the sentences before (named, or itself a pronoun opening its sentence), not
    /// with the person named last. nil when the pronoun does not open its sentence or no subject is found nearby.
    func topic(ofSentencesBefore s: Int, pronoun k: Int, _ doc: Document, _ mentionsOfSentence: [Int: [Int]],
               _ mentions: [PersonMention], _ coref: Coreference.Result) -> Int? {
        guard opensClause(doc, k, sentence: doc.sentences[s].range) else { return nil }
        for earlier in stride(from: s - 1, through: max(0, s - 4), by: -1) {
            let range = doc.sentences[earlier].range
            // "At UNIFIL headquarters, he was briefed …": a subject pronoun, whose person is the one before.
            if range.contains(where: { Self.pronouns.contains(doc.tokens[$0]) && doc.tokens[$0].text != "I" && opensClause(doc, $0, sentence: range) }) {
                continue
            }
            guard let first = mentionsOfSentence[earlier]?.first else { continue }
            let mention = mentions[first]
            return opensClause(doc, mention.extent.lowerBound, sentence: range) && !mention.isCredit ? coref.personOfMention[first] : nil
        }
        return nil
    }

    /// The person named first in the sentence before `s` (or the one before that, when it names no one), where that name opens
    /// its sentence: "Banda is paying a visit to China …" before "X is to meet her".
    func subject(ofSentencesBefore s: Int, _ doc: Document, _ mentionsOfSentence: [Int: [Int]], _ mentions: [PersonMention],
                 _ coref: Coreference.Result) -> Int? {
        for earlier in stride(from: s - 1, through: max(0, s - 2), by: -1) {
            guard let first = mentionsOfSentence[earlier]?.first(where: { !mentions[$0].isCredit }) else { continue }
            let mention = mentions[first]
            return opensClause(doc, mention.extent.lowerBound, sentence: doc.sentences[earlier].range) ? coref.personOfMention[first] : nil
        }
        return nil
    }

    /// Whether token `k` opens its sentence, or follows an opening phrase set off by a comma ("On Tuesday,", "In Beirut
    /// on Monday,") or a linking adverb ("Then", "Later").
    func opensClause(_ doc: Document, _ k: Int, sentence: Range<Int>) -> Bool {
        let t = doc.tokens
        if k == sentence.lowerBound { return true }
        if k == sentence.lowerBound + 1, Self.linkingAdverbs.contains(t[sentence.lowerBound]) { return true }
        guard k - 1 > sentence.lowerBound, t[k - 1].text == ",", Self.openingPrepositions.contains(t[sentence.lowerBound]) else { return false }
        return !(sentence.lowerBound..<k - 1).contains { t[$0].text == "," }
    }

    static let linkingAdverbs: WordSet = ["then", "later", "subsequently", "afterwards", "meanwhile", "separately", "also", "earlier"]
    static let openingPrepositions: WordSet = ["on", "in", "at", "during", "after", "following", "earlier", "later", "before",
                                              "while", "upon", "meanwhile", "separately", "then", "afterwards", "subsequently"]

    /// Up to `limit` distinct people named before token `index`, the latest first.
    func recentlyNamed(before index: Int, limit: Int, mentions: [PersonMention], coref: Coreference.Result) -> [Int] {
        var found: [Int] = []
        for m in stride(from: lastMention(endingBy: index, mentions), through: 0, by: -1) where !mentions[m].isCredit {
            let p = coref.personOfMention[m]
            if !found.contains(p) { found.append(p) }
            if found.count == limit { break }
        }
        return found
    }

    /// The index of the last mention that ends by token `index` (mentions are in text order: a binary search), or -1.
    func lastMention(endingBy index: Int, _ mentions: [PersonMention]) -> Int {
        var low = 0
        var high = mentions.count
        while low < high {
            let mid = (low + high) / 2
            if mentions[mid].range.upperBound <= index { low = mid + 1 } else { high = mid }
        }
        return low - 1
    }

    /// The `count` distinct people named last before token `index`, oldest first.
    func lastNamed(count: Int, before index: Int, sentence: Int, mentions: [PersonMention], coref: Coreference.Result) -> [Int] {
        var found: [Int] = []
        for m in stride(from: lastMention(endingBy: index, mentions), through: 0, by: -1) where !mentions[m].isCredit {
            let p = coref.personOfMention[m]
            if !found.contains(p) { found.append(p) }
            if found.count == count { break }
        }
        return found.count == count ? found.reversed() : []
    }

    /// "The two", "the three ministers".
    func groupSize(_ doc: Document, _ range: Range<Int>) -> Int {
        range.contains { doc.tokens[$0].isFolded("three") } ? 3 : 2
    }

    /// "the two leaders", "the two ministers", "both leaders": the people of the latest meeting.
    func refersToPair(_ doc: Document, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        // "They agreed to meet again at the NATO Summit in July": "they" that open a sentence of a plan to meet.
        // "They then sat down for a 40-minute bilateral meeting": a meeting of theirs told next.
        if range.count > 4, t[range.lowerBound].isFolded("they"),
            Self.planOpeners.contains(t[range.lowerBound + 1]) || Self.sequelAdverbs.contains(t[range.lowerBound + 1]),
            doc.hasCue(.meet, in: range.lowerBound + 1..<min(range.upperBound, range.lowerBound + 10))
        {
            return true
        }
        let pairOpeners = Self.pairOpeners
        for k in range where k + 2 < range.upperBound {
            // Every pattern below starts with one of these words.
            guard pairOpeners.contains(t[k]) else { continue }
            if (t[k].isFolded("two") || t[k].isFolded("both") || t[k].isFolded("three")), Self.pairNouns.contains(t[k + 1]) {
                return true
            }
            // "The two met", "the two held a video call".
            if k > range.lowerBound, t[k - 1].isFolded("the"), t[k].isFolded("two") || t[k].isFolded("three"),
                Self.pastVerbs.contains(t[k + 1]) || Self.pairVerbs.contains(t[k + 1])
            {
                return true
            }
            if t[k].isFolded("two"), k + 2 < range.upperBound, t[k + 2].isFolded("ministers") || t[k + 2].isFolded("officials") { return true }
            if t[k].isFolded("the"), Self.groupNouns.contains(t[k + 1]),
                k == range.lowerBound
            {
                return true
            }
        }
        return false
    }

    static let planOpeners: WordSet = ["agreed", "will", "would", "plan", "planned", "are", "hope", "look", "looked"]
    static let sequelAdverbs: WordSet = ["then", "later", "subsequently", "afterwards"]

    /// The people whose office a string of initials spells ("EAM" for External Affairs Minister,
    /// "NSA" for National Security Adviser, "PM"), in order of first mention: offices of two or three
    /// capitalised words, so a one-word office or a longer acronym (an agency's) stands for no one.
    func holdersByInitials(_ people: [PersonEntity]) -> [String: [Int]] {
        var result: [String: [Int]] = [:]
        for (p, person) in people.enumerated() {
            guard let title = person.title else { continue }
            let words = title.split(separator: " ").filter { $0.first?.isUppercase ?? false }
            guard words.count >= 2, words.count <= 3 else { continue }
            result[String(words.compactMap(\.first)), default: []].append(p)
        }
        return result
    }

    static let pairOpeners: WordSet = ["two", "both", "three", "the"]
    static let pairWords: WordSet = ["two", "both", "three", "they"]
    /// "the two leaders", "both sides"; "The two will …"; "The officials …" (opening the sentence).
    static let pairNouns: WordSet = ["leaders", "ministers", "officials", "sides", "secretaries", "presidents", "men", "women", "heads",
                                     "counterparts", "premiers", "envoys", "diplomats"]
    static let pairVerbs: WordSet = ["will", "also", "last", "had", "have", "are", "agreed"]
    static let groupNouns: WordSet = ["officials", "leaders", "ministers", "secretaries", "presidents", "premiers", "heads"]

    /// People a sentence names by their states alone, each named before it, with the token that stands for them: "A
    /// trilateral meeting of the Polish and Lithuanian ministers with …" (each state's holder of that office), "… had held
    /// talks on Saturday with his Mauritanian counterpart" (that state's person, of the office of the sentence's first
    /// person where several are). `people`: the people the sentence has named so far, by where; `named(k)`: token k is part
    /// of a mention of a person.
    func describedByState(_ doc: Document, _ range: Range<Int>, sentence s: Int, people: [(person: Int, at: Int)],
                          _ coref: Coreference.Result, named: (Int) -> Bool) -> [(person: Int, at: Int)] {
        guard doc.hasCue(.meet, in: range) else { return [] }
        func namedBefore(serving state: String) -> [Int] {
            coref.people.indices.filter { coref.people[$0].country == state && coref.people[$0].firstSentence < s }
        }
        var found: [(person: Int, at: Int)] = []
        for k in range where k > range.lowerBound + 1 && doc.titleAt[k] != nil {
            if doc.tokens[k].isFolded("counterpart") {
                guard !named(k), let state = doc.entityAt[k - 1], state.range.upperBound == k, state.best.kind == .demonym,
                    state.range.lowerBound > range.lowerBound, Self.possessivePronouns.contains(doc.tokens[state.range.lowerBound - 1]),
                    doc.hasCue(.meet, in: max(range.lowerBound, state.range.lowerBound - 6)..<state.range.lowerBound),
                    let first = people.first(where: { $0.at < k })?.person
                else { continue }
                var named = namedBefore(serving: state.best.affiliation).filter { $0 != first }
                if named.count > 1 { named = named.filter { coref.people[$0].titleHead != nil && coref.people[$0].titleHead == coref.people[first].titleHead } }
                if named.count == 1 { found.append((named[0], k)) }
                continue
            }
            guard k > range.lowerBound + 2, !doc.tokens[k].isCapitalized, let office = PersonFinder.pluralHeads[doc.tokens[k].folded] else { continue }
            var states: [String] = []
            var j = k - 1
            while j > range.lowerBound {
                if let state = doc.entityAt[j], state.range.upperBound == j + 1, state.best.kind == .demonym {
                    states.append(state.best.affiliation)
                    j = state.range.lowerBound - 1
                } else if doc.tokens[j].isFolded("and") || doc.tokens[j].text == "," {
                    j -= 1
                } else {
                    break
                }
            }
            guard states.count >= 2 else { continue }
            for state in states.reversed() {
                let holders = namedBefore(serving: state).filter { coref.people[$0].titleHead == office }
                if holders.count == 1 { found.append((holders[0], k)) }
            }
        }
        return found
    }

    /// Whether the person named from token `k` sent what the sentence tells of: "a written message … from X", "a letter from
    /// X", "greetings from Lao Prime Minister X", "a written message from his brother, the President of Mauritania, Mr. X".
    func isSender(_ doc: Document, _ k: Int, floor: Int) -> Bool {
        // Back to "from", past the sender's office, state and an apposition, not into another clause or party.
        var from = k - 1
        let lowest = max(floor, k - 16)
        while from >= lowest, !doc.tokens[from].isFolded("from") {
            if Self.senderBounds.contains(doc.tokens[from]) || doc.hasCue(.meet, in: from..<from + 1) { return false }
            from -= 1
        }
        guard from >= lowest else { return false }
        return (max(floor, from - 11)..<from).contains { Self.messageNouns.contains(doc.tokens[$0]) }
    }

    static let messageNouns: WordSet = ["message", "messages", "letter", "letters", "greetings", "invitation", "note", "congratulations"]
    static let senderBounds: WordSet = ["and", "with", "to", "who", "which", "by", ";", "."]

    /// Whether the office from `k` ends where a verb or "and" follows, and names one holder: "Foreign Secretary called on",
    /// not "Prime Minister Receives New Ambassadors" (a headline) or "Ministers from 30 countries attended".
    private func bareOfficeEnds(_ doc: Document, from k: Int, _ range: Range<Int>) -> Bool {
        var j = k
        while j < range.upperBound, doc.titleAt[j] != nil { j += 1 }
        guard j > k, j < range.upperBound, !doc.tokens[j - 1].folded.hasSuffix("s") || doc.tokens[j - 1].folded.hasSuffix("ss") else { return false }
        let next = doc.tokens[j]
        return (next.kind == .word && !next.isCapitalized) || next.text == ","
    }

    /// "The Secretary", "the Israeli minister", "The Prime Minister": "the" + title words, not followed by a name. Also an
    /// office that stands bare for its holder as a sentence's subject, as a ministry's release writes it ("Foreign Secretary
    /// was received in audience by …", "On 5 December, Foreign Secretary called on …"); `named(k)`: token k is part of a
    /// mention of a person, whose title in apposition ("Kinley Penjor, Prime Minister of Bhutan") is no description.
    func definiteDescriptions(_ doc: Document, _ range: Range<Int>, named: (Int) -> Bool = { _ in false }) -> [Range<Int>] {
        var result: [Range<Int>] = []
        var k = range.lowerBound
        while k < range.upperBound {
            let bare = doc.titleAt[k] != nil && doc.tokens[k].isCapitalized && !named(k)
                && (k == range.lowerBound || (doc.tokens[k - 1].text == "," && k - 2 >= range.lowerBound && !named(k - 2)))
                && bareOfficeEnds(doc, from: k, range)
            guard doc.tokens[k].isFolded("the") || bare else {
                k += 1
                continue
            }
            var j = bare ? k : k + 1
            var hasHead = false
            while j < range.upperBound, doc.titleAt[j] != nil || (doc.entityAt[j] != nil && doc.entityAt[j]!.best.kind == .demonym) {
                if doc.titleAt[j]?.words.contains(.head) ?? false { hasHead = true }
                j += 1
            }
            // "the President of Mongolia", "the Prime Minister of the Republic of Korea": the state the office serves.
            if hasHead, j + 1 < range.upperBound, doc.tokens[j].isFolded("of") {
                let at = doc.tokens[j + 1].isFolded("the") ? j + 2 : j + 1
                if at < range.upperBound, let state = doc.entityAt[at], state.range.lowerBound == at,
                    state.best.kind == .country, state.range.upperBound <= range.upperBound
                {
                    j = state.range.upperBound
                }
            }
            // A name right after ("the Secretary Antony Blinken") is a mention the finder already has.
            let followedByName = j < range.upperBound && doc.tokens[j].isCapitalized && doc.tokens[j].kind == .word && doc.entityAt[j] == nil
            if hasHead, !followedByName, !doc.quoted[k] { result.append(k..<j) }
            k = max(j, k + 1)
        }
        return result
    }

    /// The state an office is told to serve right after it ("the Minister of Foreign Affairs of the Lao People's Democratic
    /// Republic"): nil where no "of" + a capitalised name follows; .some(nil) where the name is no state the gazetteer knows.
    func ofNamedState(_ doc: Document, after description: Range<Int>, _ range: Range<Int>) -> String?? {
        var k = description.upperBound
        // "the Minister of Foreign Affairs of …": past the office's own words.
        while k + 1 < range.upperBound, doc.tokens[k].isFolded("of"), doc.titleAt[k + 1] != nil {
            k += 1
            while k < range.upperBound, doc.titleAt[k] != nil { k += 1 }
        }
        guard k + 1 < range.upperBound, doc.tokens[k].isFolded("of") else { return nil }
        let at = doc.tokens[k + 1].isFolded("the") ? k + 2 : k + 1
        guard at < range.upperBound, doc.tokens[at].isCapitalized, doc.tokens[at].kind == .word, doc.titleAt[at] == nil else { return nil }
        if let entity = doc.entityAt[at] {
            guard entity.best.kind == .country || entity.best.kind == .demonym else { return nil }
            return .some(entity.best.affiliation)
        }
        return .some(nil)
    }

    /// The mention of the speaker of the quote around token `k`: the person named before a colon that opens it ("Minister
    /// X said:"), else the one named just after it closes ("…,” X said", "…,” said X").
    func quoteSpeaker(_ doc: Document, _ k: Int, mentionAt: [Int?]) -> Int? {
        var start = k
        while start > 0, doc.quoted[start - 1] { start -= 1 }
        var end = k
        while end + 1 < doc.tokens.count, doc.quoted[end + 1] { end += 1 }
        if start > 0, doc.tokens[start - 1].text == ":" {
            var j = start - 2
            while j >= max(0, start - 14), doc.tokens[j].text != "." {
                if let m = mentionAt[j] { return m }
                j -= 1
            }
        }
        var j = end + 1
        while j < min(doc.tokens.count, end + 5), !doc.tokens[j].newlineBefore || j == end + 1 {
            if let m = mentionAt[j] { return m }
            if doc.tokens[j].text == "." { break }
            j += 1
        }
        return nil
    }
}

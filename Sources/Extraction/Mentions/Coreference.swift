/// Groups mentions into the people of the article: "Lloyd J. Austin III", "Secretary Austin" and
/// "Austin" are one person; "Jake Sullivan" and "Dan Sullivan" are two. Also resolves definite
/// descriptions ("the defense minister", "The Israeli official", "the Secretary") to a person.
struct Coreference: Sendable {
    struct Result: Sendable {
        var people: [PersonEntity]
        /// For each mention (same order as given), the index of its person.
        var personOfMention: [Int]
    }

    func resolve(_ mentions: [PersonMention], in doc: Document) -> Result {
        var people: [PersonEntity] = []
        var personOf: [Int] = []
        // People by each word of their names and by each folded alias, so that a mention is compared only with
        // the people it could name (a match needs a shared word), never with everyone.
        var byWord: [String: Set<Int>] = [:]
        var byAlias: [String: Set<Int>] = [:]
        // Each person's aliases as sets, as written and folded: "already an alias?" is one look-up however many.
        var aliasSet: [Set<String>] = []
        var foldedAliases: [Set<String>] = []
        // Each person's name reduced to its core words (`PersonEntity.core`), kept with the name.
        var coreOf: [[String]] = []
        // People from the one named last to the one named longest ago.
        var recency = Recency()
        var comparisons = 0
        // A person's names and aliases are those of its mentions: indexing each mention's once is enough. The mention's
        // core words, its aliases' and its folded name are those worked out for it below, not worked out again.
        func reindex(_ p: Int, _ mention: PersonMention, core: [String], aliasCores: [[String]], name: String) {
            for key in core where Self.isLongerThanOneCharacter(key) { byWord[key, default: []].insert(p) }
            for cores in aliasCores {
                for key in cores where Self.isLongerThanOneCharacter(key) { byWord[key, default: []].insert(p) }
            }
            for alias in mention.aliases { byAlias[fold(alias), default: []].insert(p) }
            byAlias[name, default: []].insert(p)
        }
        for (index, mention) in mentions.enumerated() {
            let aliasKeys = mention.aliases.map { Self.keys(of: $0) }
            let name = fold(mention.name)
            let core = PersonEntity.core(mention.keys)
            let aliasCores = aliasKeys.map(PersonEntity.core)
            var chosen: Int?
            // In a scope of its own: the pool's sets must be let go before they grow (below), not copied.
            do {
                // The people the mention may name share a word of a name or an alias with it (its pool).
                let pools = [byAlias[name]].compactMap { $0 }
                    + (core + aliasCores.joined()).compactMap { $0.count > 1 ? byWord[$0] : nil }
                func inPool(_ p: Int) -> Bool { pools.contains { $0.contains(p) } }
                func isCandidate(_ p: Int) -> Bool {
                    comparisons += 1
                    return PersonEntity.matches(core: coreOf[p], core) || foldedAliases[p].contains(name)
                        || aliasCores.contains(where: { PersonEntity.matches(core: coreOf[p], $0) })
                }
                // "Seo Wuk" and, two sentences on, "So Wuk": one spelling apart, same office — a transliteration variant.
                func isVariant(_ p: Int) -> Bool {
                    PersonEntity.isSpellingVariant(core: coreOf[p], core)
                        && (people[p].titleHead == nil || mention.titleHead == nil || people[p].titleHead == mention.titleHead)
                }
                // "President Sebastião and First Lady Maria Eugénia Sebastião", then "President Sebastião": a person of
                // another office is taken only when no one nearer holds the mention's office (the walk below).
                func holdsOtherOffice(_ p: Int) -> Bool {
                    guard let wanted = mention.titleHead, let head = people[p].titleHead else { return false }
                    return head != wanted
                }
                func isCompatible(_ p: Int) -> Bool {
                    guard let a = people[p].country, let b = mention.country else { return true }
                    return a == b
                }
                // The latest person of the pool the mention may name (the most recent is the most salient) whose
                // country agrees; when no one of the pool matches, the latest spelling variant whose country agrees.
                // Read from the person named last back, the first such match is the one: most mentions find it among
                // the last few people named, however large their pool. When the pool's people were named long ago,
                // they are compared in the pool's order instead.
                let poolBound = pools.reduce(0) { $0 + $1.count }
                var p = poolBound > 0 ? recency.newest : -1
                var visited = 0
                var anyCandidate = false
                var others: [Int] = []
                // A match in another office waits while the pool may hold one in the mention's office.
                var otherOffice: Int?
                while p >= 0, visited < 4 * poolBound + 16 {
                    visited += 1
                    if inPool(p) {
                        if isCandidate(p) {
                            anyCandidate = true
                            if isCompatible(p), holdsOtherOffice(p) {
                                if otherOffice == nil { otherOffice = p }
                            } else if isCompatible(p) {
                                chosen = p
                                break
                            }
                        } else {
                            others.append(p)
                        }
                    }
                    p = recency.older(than: p)
                }
                comparisons += visited
                if chosen == nil, let otherOffice {
                    chosen = otherOffice
                } else if chosen == nil, p >= 0 {
                    var pool = Set<Int>()
                    for members in pools { pool.formUnion(members) }
                    comparisons += pool.count
                    let sorted = pool.sorted()
                    let candidates = sorted.filter(isCandidate)
                    let variants = candidates.isEmpty ? sorted.filter(isVariant) : []
                    let compatible = (candidates + variants).filter(isCompatible)
                    chosen = compatible.max(by: { people[$0].mentions.last ?? 0 < people[$1].mentions.last ?? 0 })
                } else if chosen == nil, !anyCandidate {
                    chosen = others.first { isVariant($0) && isCompatible($0) }
                }
            }
            if let p = chosen {
                var person = people[p]
                // The array lets go of the person's lists while it is out, so that adding to them does not copy them
                // (a person named 10,000 times would be copied 10,000 times).
                people[p].mentions = []
                people[p].aliases = []
                func addAlias(_ alias: String) {
                    guard aliasSet[p].insert(alias).inserted else { return }
                    person.aliases.append(alias)
                    foldedAliases[p].insert(fold(alias))
                }
                if Self.fuller(mention.keys, than: person.keys) {
                    addAlias(person.name)
                    person.name = mention.name
                    person.keys = mention.keys
                    coreOf[p] = core
                } else if mention.name != person.name {
                    addAlias(mention.name)
                }
                for alias in mention.aliases { addAlias(alias) }
                // "PM Muhyiddin" in a caption, then "Prime Minister (PM) Muhyiddin Yassin": the office spelt out.
                if let title = mention.title, person.title.map({ Self.isInitials($0) && !Self.isInitials(title) }) ?? true {
                    person.title = title
                    person.titleHead = mention.titleHead
                }
                if person.country == nil { person.country = mention.country }
                if person.counterpartCountry == nil { person.counterpartCountry = mention.counterpartCountry }
                person.mentions.append(index)
                people[p] = person
                personOf.append(p)
                recency.touch(p)
                reindex(p, mention, core: core, aliasCores: aliasCores, name: name)
            } else {
                var person = PersonEntity(name: mention.name, keys: mention.keys, title: mention.title, titleHead: mention.titleHead,
                                          country: mention.country, counterpartCountry: mention.counterpartCountry,
                                          aliases: mention.aliases, firstSentence: mention.sentence)
                person.mentions = [index]
                people.append(person)
                coreOf.append(core)
                aliasSet.append(Set(person.aliases))
                foldedAliases.append(Set(person.aliases.map(fold)))
                personOf.append(people.count - 1)
                recency.touch(people.count - 1)
                reindex(people.count - 1, mention, core: core, aliasCores: aliasCores, name: name)
            }
        }
        WorkMeter.current?.add(comparisons, "coreference")
        assignCountries(&people, mentions: mentions, doc: doc)
        return Result(people: people, personOfMention: personOf)
    }

    /// More words, or the same words written longer ("Lloyd J. Austin III" over "Lloyd Austin").
    static func fuller(_ a: [String], than b: [String]) -> Bool {
        let ca = PersonEntity.core(a).count
        let cb = PersonEntity.core(b).count
        if ca != cb { return ca > cb }
        return a.count > b.count
    }

    /// `word.count > 1` (two characters or more), answered from the bytes when they are ASCII without a carriage return
    /// (each byte a character), rather than by counting characters.
    static func isLongerThanOneCharacter(_ word: String) -> Bool {
        let utf8 = word.utf8
        guard utf8.count > 1 else { return false }
        return utf8.allSatisfy({ $0 < 0x80 && $0 != 0x0D }) || word.count > 1
    }

    static func keys(of name: String) -> [String] {
        Tokenizer().tokens(of: Array(name.unicodeScalars)).filter { $0.kind == .word }.map(\.folded)
    }

    // MARK: - Countries

    /// People the text gives no country fall back, in order, on: a counterpart's country ("his US
    /// counterpart"), the default country of an office only one state has, and the state the article
    /// names most often other than the countries of the people they are reported with.
    private func assignCountries(_ people: inout [PersonEntity], mentions: [PersonMention], doc: Document) {
        var personOf = [Int?](repeating: nil, count: mentions.count)
        for (q, person) in people.enumerated() { for m in person.mentions { personOf[m] = q } }
        // Entities that belong to a person's title ("US Secretary …") speak for that person only.
        var inTitles = [Bool](repeating: false, count: doc.tokens.count)
        for mention in mentions { for k in mention.extent { inTitles[k] = true } }
        var counts: [String: Int] = [:]
        for i in doc.tokens.indices {
            guard let match = doc.entityAt[i], match.range.lowerBound == i, !doc.quoted[i], !inTitles[i] else { continue }
            let entity = match.best
            guard entity.kind == .country || entity.kind == .demonym || entity.kind == .capital || entity.kind == .institution else { continue }
            counts[entity.affiliation, default: 0] += 1
        }
        // The header's `source` line (a URL) when there is one, else where the article was read from.
        let publisher = doc.publisher
        // Every state and body the article names, for the publisher's to count only when it is one of them.
        lazy var named = Set(doc.entityAt.compactMap { $0?.best.affiliation }).union(Self.statesInCompounds(doc))
        lazy var ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        // The state an office belongs to by its name alone (`defaultCountry(ofTitle:)`: the title folded, split and
        // its endings looked up), worked out once per title: a person's mentions repeat it.
        var countryOfTitle: [String: String?] = [:]
        func defaultCountry(ofTitle title: String) -> String? {
            if let known = countryOfTitle[title] { return known }
            let country = Self.defaultCountry(ofTitle: title, doc.lexicon)
            countryOfTitle[title] = country
            return country
        }
        lazy var ministryStates = Self.ministryStates(doc)
        // A delegation list: "Israeli Ambassador … Michael Herzog, Director of … Dror Shalom, and Military Secretary
        // Yaki Dolf" — an item with no country takes the country of the item before it.
        func listCountry(_ n: Int) -> String? {
            let mention = mentions[n]
            guard n > 0, mention.title != nil else { return nil }
            let previous = mentions[n - 1]
            guard previous.sentence == mention.sentence, previous.title != nil, let q = personOf[n - 1],
                let country = people[q].country
            else { return nil }
            // "Qatar's Minister … Al-Attiyah and Defense Secretary Ash Carter": an office only another state has is not inherited.
            if let own = mention.title.flatMap({ defaultCountry(ofTitle: $0) }), own != country { return nil }
            // … nor by one whose fuller office, told elsewhere, only another state has ("Prime Minister Lim, Secretary Sutter").
            if let p = personOf[n], let own = people[p].title.flatMap({ defaultCountry(ofTitle: $0) }), own != country { return nil }
            // … nor by one of a ministry another state has ("A, Country Director of KOICA, and B, Permanent Secretary of the
            // Ministry of ICT and Innovation", after "Rwanda's Ministry of ICT and Innovation").
            if let own = mention.title.flatMap({ Self.stateOfMinistry(named: $0, in: ministryStates) }), own != country { return nil }
            // "U.S. Secretary of State Antony Blinken, Foreign Minister Yoshimasa Hayashi and South Korean Foreign
            // Minister Park Jin": a list of several states' envoys, not one delegation.
            if Self.listStates(around: n, mentions, people, doc).count > 1 { return nil }
            // "Qatar's Minister … Al-Attiyah and Defense Secretary Ash Carter met": the two sides of a meeting.
            var after = mention.extent.upperBound
            while after < doc.tokens.count, doc.tokens[after].text == "," { after += 1 }
            if after < doc.tokens.count, doc.cueAt[after]?.classes.contains(.meet) ?? false { return nil }
            // An appositive and the next name's title may share words ("A, Minister of X, B"): nothing lies between them.
            let between = previous.extent.upperBound..<max(previous.extent.upperBound, mention.extent.lowerBound)
            return between.count <= 2 && between.allSatisfy({ [",", "and", ";"].contains(doc.tokens[$0]) }) ? country : nil
        }
        // "On the Russian side, the talks were attended by …", "The Mongolian delegation included …": the side's state
        // for the people the sentence lists after it — stated of the person, before any list passes a state on.
        for (n, mention) in mentions.enumerated() {
            guard let p = personOf[n], people[p].country == nil,
                let country = Self.side(before: mention, doc) ?? Self.side(after: mention, doc)
            else { continue }
            people[p].country = country
        }
        for n in mentions.indices {
            guard let p = personOf[n], people[p].country == nil, let country = listCountry(n) else { continue }
            people[p].country = country
        }
        for p in people.indices where people[p].country == nil {
            if let country = people[p].counterpartCountry {
                people[p].country = country
            } else if let title = people[p].title, let country = defaultCountry(ofTitle: title) {
                people[p].country = country
            }
        }
        // "The following is attributable to Spokesperson Matthew Miller: Secretary Blinken met …": a spokesperson
        // named before anyone else introduces a readout, and speaks for the side it names first.
        if let p = people.indices.first, people[p].country == nil, Self.isSpokesperson(people[p]) {
            people[p].country = people.first(where: { !Self.isSpokesperson($0) })?.country
        }
        var mentionStarts = [Bool](repeating: false, count: doc.tokens.count)
        for mention in mentions { mentionStarts[mention.range.lowerBound] = true }
        // The sentences that name each person, and for each sentence how many of the people it names serve each
        // state: "the countries of the people named with this one" is then a look-up per sentence, not a scan of
        // everyone a long sentence names. Kept up to date as people below get their countries.
        let sentencesOf = people.map { person in
            var seen = Set<Int>()
            return person.mentions.map { mentions[$0].sentence }.filter { seen.insert($0).inserted }
        }
        var statesOfSentence: [Int: [String: Int]] = [:]
        // … not a spokesperson's, who speaks for one of the sides rather than standing across from them.
        // (Titles are settled by now: whether each person speaks for a side is worked out once.)
        let spokesperson = people.map(Self.isSpokesperson)
        for (q, person) in people.enumerated() {
            guard let country = person.country, !spokesperson[q] else { continue }
            for s in sentencesOf[q] { statesOfSentence[s, default: [:]][country, default: 0] += 1 }
        }
        // Countries the text states or an office implies, before any falls back on the outlet or the story. A fallback
        // country of someone reported as a companion says nothing against a person's ("Kishida will visit …,
        // accompanied by Hayashi"); of anyone else it does ("Sharif would also call on Premier Li").
        let statedStatesOfSentence = statesOfSentence
        var companionSentences = Set<Int>()
        for (s, sentence) in doc.sentences.enumerated() where sentence.range.contains(where: { Self.companionship.contains(doc.tokens[$0]) }) {
            companionSentences.insert(s)
        }
        func assign(_ country: String, to p: Int) {
            people[p].country = country
            guard !spokesperson[p] else { return }
            for s in sentencesOf[p] { statesOfSentence[s, default: [:]][country, default: 0] += 1 }
        }
        // "Deputy Minister X, who is accompanying Huseynov", "Kang and first lady Yoo Min-ah": a companion or a spouse
        // serves the state of the person they are with.
        var mentionFrom: [Int: Int] = [:]
        var mentionTo: [Int: Int] = [:]
        for (n, mention) in mentions.enumerated() {
            mentionFrom[mention.extent.lowerBound] = n
            mentionTo[mention.extent.upperBound] = n
        }
        // The envoys' postings ("Ambassador of the Russian Federation to Kazakhstan"), by sentence, found once.
        lazy var postings: [Int: [(person: Int?, state: String)]] = {
            var postings: [Int: [(person: Int?, state: String)]] = [:]
            for (n, mention) in mentions.enumerated() {
                if let state = Self.posting(of: mention, doc) { postings[mention.sentence, default: []].append((personOf[n], state)) }
            }
            return postings
        }()
        for p in people.indices where people[p].country == nil {
            // "Indonesia's foreign ministry said …, foreign ministry spokesperson X told reporters": the ministry's state,
            // before a list's neighbour ("A, Country Director of KOICA, and B, Permanent Secretary of the Ministry of …").
            if let title = people[p].title, let state = Self.stateOfMinistry(named: title, in: ministryStates) {
                assign(state, to: p)
                continue
            }
            // A list item after someone whose country came from the outlet or an office ("Foreign Minister Selim Kaya
            // and Trade Minister Ayşe Demirtaş also attended").
            if let country = people[p].mentions.compactMap({ listCountry($0) }).first {
                assign(country, to: p)
                continue
            }
            // "Mahlangu's spokesperson Kagiso Motaung", "Erdogan's chief adviser X": the staff of a person serve that person's state.
            let possessors = people[p].mentions.compactMap { m -> Int? in
                let k = mentions[m].extent.lowerBound
                guard k >= 2, ["'s", "’s"].contains(doc.tokens[k - 1]), let owner = mentionTo[k - 1] else { return nil }
                return personOf[owner]
            }
            if let q = possessors.first(where: { $0 != p && people[$0].country != nil }), let country = people[q].country {
                assign(country, to: p)
                continue
            }
            let companions = people[p].mentions.compactMap { m in
                Self.companion(of: mentions[m], people[p], doc, mentionFrom, mentionTo).flatMap { personOf[$0] }
            }
            if let q = companions.first(where: { $0 != p && people[$0].country != nil }), let country = people[q].country {
                assign(country, to: p)
                continue
            }
            // "Deputy Minister X received Ambassador of the Russian Federation to Kazakhstan Y": whoever an envoy meets in
            // the sentence that names the envoy's posting serves the state of the posting.
            if let posting = people[p].mentions.lazy.compactMap({ m in
                postings[mentions[m].sentence]?.first { $0.person != p }?.state
            }).first {
                assign(posting, to: p)
                continue
            }
            // A state named in the sentence that first names the person, outside quotes and others' titles.
            let first = mentions[people[p].mentions[0]]
            // The sentence, or in a sentence longer than any real one, the 60 tokens either side of the name.
            let sentence = doc.sentences[first.sentence].range
            let range = max(sentence.lowerBound, first.range.lowerBound - 60)..<min(sentence.upperBound, first.range.upperBound + 60)
            var local: [String] = []
            var k = range.lowerBound
            while k < range.upperBound {
                if let match = doc.entityAt[k], match.range.lowerBound == k, !doc.quoted[k], !inTitles[k],
                    match.best.kind != .organisation, !(k > range.lowerBound && doc.isDestination(k)),
                    !doc.isSetting(match, sentence: sentence)
                {
                    local.append(match.best.affiliation)
                    k = match.range.upperBound
                } else {
                    k += 1
                }
            }
            // Countries of the people named in the same sentences as this one, and the places this one goes to.
            var others: Set<String> = []
            for m in people[p].mentions {
                // "Modi's upcoming state visit to Washington": where the person goes, before anyone else is named.
                let sentenceEnd = min(doc.sentences[mentions[m].sentence].range.upperBound, mentions[m].extent.upperBound + 25)
                var k = mentions[m].extent.upperBound
                while k < sentenceEnd, !mentionStarts[k] {
                    // The entity first: most words are none, and the visit words need reading only before one.
                    if k > 1, let match = doc.entityAt[k], match.range.lowerBound == k,
                        doc.isVisit(doc.tokens[k - 1].isFolded("the") ? k - 2 : k - 1)
                    {
                        others.insert(match.best.affiliation)
                    }
                    k += 1
                }
            }
            // This person has no country yet: every state counted for its sentences is another person's.
            for s in sentencesOf[p] {
                let states = companionSentences.contains(s) ? statedStatesOfSentence[s] : statesOfSentence[s]
                if let states { others.formUnion(states.keys) }
            }
            // "In Suva on Tuesday I met Prime Minister X", "EAM also met the Chairman …, X, in Tashkent": on a government
            // site, someone met in a city of another state than the outlet's is that state's host.
            if let publisher, let host = Self.hostState(of: first, doc), host != publisher, !others.contains(host) {
                assign(host, to: p)
                continue
            }
            // A national outlet or a government site names its own officials without a country word.
            if let country = publisher, !others.contains(country), named.contains(country) {
                assign(country, to: p)
                continue
            }
            // "Foreign Secretary X" with nothing else said: the likeliest state of the office.
            if let title = people[p].title, let country = Self.defaultCountry(ofTitle: title, doc.lexicon, likeliest: true) {
                assign(country, to: p)
                continue
            }
            if let country = local.first(where: { !others.contains($0) }) {
                assign(country, to: p)
                continue
            }
            // "MONTEVIDEO (Reuters) - … Uruguay's foreign ministry said. Ministry spokeswoman X said …": the state its
            // paragraph names most, in an article of several stories, before the state the whole article names most.
            if let country = Self.paragraphStates(around: first.sentence, doc, skipping: inTitles).first(where: { !others.contains($0) }) {
                assign(country, to: p)
                continue
            }
            if let country = ranked.first(where: { !others.contains($0) }) {
                assign(country, to: p)
            }
        }
    }

    /// The states the paragraph of sentence `s` names (outside quotes and the people's own titles), the most named first.
    private static func paragraphStates(around s: Int, _ doc: Document, skipping inTitles: [Bool]) -> [String] {
        var counts: [String: Int] = [:]
        var order: [String] = []
        for sentence in doc.sentences[doc.paragraph(of: s)] {
            var k = sentence.range.lowerBound
            while k < sentence.range.upperBound {
                // As in the sentence: not where someone goes, nor the city of an event ("the COP29 summit in Baku").
                if let match = doc.entityAt[k], match.range.lowerBound == k, !doc.quoted[k], !inTitles[k],
                    [.country, .demonym, .capital, .institution].contains(match.best.kind),
                    !(k > sentence.range.lowerBound && doc.isDestination(k)), !doc.isSetting(match, sentence: sentence.range)
                {
                    if counts[match.best.affiliation] == nil { order.append(match.best.affiliation) }
                    counts[match.best.affiliation, default: 0] += 1
                    k = match.range.upperBound
                } else {
                    k += 1
                }
            }
        }
        return order.enumerated().sorted { a, b in
            counts[a.element]! != counts[b.element]! ? counts[a.element]! > counts[b.element]! : a.offset < b.offset
        }.map(\.element)
    }

    /// The state of the city that the meeting `mention`'s person is the object of takes place in ("I met X in Suva",
    /// "In Suva I met X"): the mention comes after the sentence's first meeting cue, and one state's cities follow "in";
    /// with no city, the state the article's visit is to ("paid an official visit to Sri Lanka … EAM called on Prime
    /// Minister X at Temple Trees").
    private static func hostState(of mention: PersonMention, _ doc: Document) -> String? {
        let sentence = doc.sentences[mention.sentence].range
        guard let cue = sentence.first(where: { doc.cueAt[$0]?.classes.contains(.meet) ?? false }), cue < mention.range.lowerBound else { return nil }
        return cityState(of: mention, doc) ?? doc.visitedState
    }

    private static func cityState(of mention: PersonMention, _ doc: Document) -> String? {
        let sentence = doc.sentences[mention.sentence].range
        var state: String?
        // … or follow a verb of travel: "will travel to Amman on 15 May, where he will be received by Prime Minister X".
        for k in sentence where k > sentence.lowerBound && (doc.tokens[k - 1].isFolded("in") || doc.isVisit(k - 1)) {
            guard let match = doc.entityAt[k], match.range.lowerBound == k, match.best.kind == .city || match.best.kind == .capital,
                !(mention.extent.contains(k))
            else { continue }
            if state != nil, state != match.best.affiliation { return nil }
            state = match.best.affiliation
        }
        return state
    }

    /// The state of each ministry the article names with its state ("Indonesia's foreign ministry", "the Chinese foreign
    /// ministry"), by the word before "ministry", or by its portfolio ("Rwanda's Ministry of ICT and Innovation" under
    /// "of ict and innovation", `portfolioKey`); nil for a ministry named with two states. One pass over the article.
    static func ministryStates(_ doc: Document) -> [String: String?] {
        var states: [String: String?] = [:]
        let t = doc.tokens
        // A ministry named with two states stands for neither.
        func record(_ key: String, _ state: String) {
            if let known = states[key], known != state { states[key] = .some(nil) } else { states[key] = state }
        }
        for k in t.indices where k >= 2 && t[k].isFolded("ministry") {
            // "Rwanda's Ministry of ICT and Innovation": the ministry by its portfolio.
            if ["'s", "’s"].contains(t[k - 1]), let entity = doc.entityAt[k - 2],
                entity.best.kind == .country || entity.best.kind == .demonym, let portfolio = portfolioKey(t, after: k)
            {
                record(portfolio, entity.best.affiliation)
                continue
            }
            var b = k - 2
            if ["'s", "’s"].contains(t[b]) { b -= 1 }
            guard b >= 0, let entity = doc.entityAt[b], entity.best.kind == .country || entity.best.kind == .demonym else { continue }
            record(t[k - 1].folded, entity.best.affiliation)
        }
        return states
    }

    /// The state whose ministry a title names ("foreign ministry spokesperson", "Permanent Secretary of the Ministry of ICT
    /// and Innovation"), from `ministryStates`.
    private static func stateOfMinistry(named title: String, in states: [String: String?]) -> String? {
        let words = keys(of: title)
        guard let at = words.firstIndex(where: { $0 == "ministry" || $0 == "ministry's" }) else { return nil }
        if at + 2 < words.count, words[at + 1] == "of", let state = states["of " + words[(at + 2)...].joined(separator: " ")] { return state }
        return at > 0 ? states[words[at - 1]] ?? nil : nil
    }

    /// "of ict and innovation" for "Ministry of ICT and Innovation" at `k`: the key of a ministry named by its portfolio, its
    /// capitalised words and the links between them.
    private static func portfolioKey(_ t: Tokens, after k: Int) -> String? {
        guard k + 2 < t.count, t[k + 1].isFolded("of") else { return nil }
        var words: [String] = []
        var j = k + 2
        while j < t.count, t[j].kind == .word, t[j].isCapitalized || (["and", "of", "the"].contains(t[j]) && !words.isEmpty) {
            words.append(t[j].folded)
            j += 1
        }
        while let last = words.last, ["and", "of", "the"].contains(last) { words.removeLast() }
        return words.isEmpty ? nil : "of " + words.joined(separator: " ")
    }

    /// The state of the side whose people a sentence lists, when `mention` comes after "On the Russian side", "From
    /// the Japanese side" or "The Mongolian delegation included" in its sentence (the nearest such phrase before it).
    /// "The U.S. delegation met Vice Premier He" lists no one.
    private static func side(before mention: PersonMention, _ doc: Document) -> String? {
        let t = doc.tokens
        let sentence = doc.sentences[mention.sentence].range
        if let led = ledDelegation(before: mention, doc) { return led }
        var k = mention.extent.lowerBound - 1
        while k > sentence.lowerBound {
            // "… on the Turkish side, while Somalia's … and Minister Y accompanied …": another side's clause.
            if clauseBreaks.contains(t[k]) { return nil }
            if let match = doc.entityAt[k], match.range.upperBound <= mention.extent.lowerBound,
                match.best.kind == .demonym || match.best.kind == .country
            {
                let after = match.range.upperBound
                let before = match.range.lowerBound
                if after < t.count, before >= sentence.lowerBound + 1, t[before - 1].isFolded("the"),
                    (t[after].isFolded("side") && before >= sentence.lowerBound + 2 && sideOpeners.contains(t[before - 2]))
                        || (t[after].isFolded("delegation")
                            && (after + 1..<mention.extent.lowerBound).contains { delegationVerbs.contains(t[$0]) })
                {
                    return match.best.affiliation
                }
                k = before - 1
            } else {
                k -= 1
            }
        }
        return nil
    }

    /// "A, B and C attended the inter-delegation meeting on the Turkish side": the side told after the people of its
    /// clause.
    private static func side(after mention: PersonMention, _ doc: Document) -> String? {
        let t = doc.tokens
        let sentence = doc.sentences[mention.sentence].range
        var k = mention.extent.upperBound
        while k + 2 < sentence.upperBound, !clauseBreaks.contains(t[k]) {
            if sideOpeners.contains(t[k]), t[k + 1].isFolded("the"), let match = doc.entityAt[k + 2], match.range.lowerBound == k + 2,
                match.best.kind == .demonym || match.best.kind == .country, match.range.upperBound < sentence.upperBound,
                t[match.range.upperBound].isFolded("side")
            {
                return match.best.affiliation
            }
            k += 1
        }
        return nil
    }

    /// The state an envoy's office says the envoy is posted to: "Ambassador of the Russian Federation to Kazakhstan",
    /// "High Commissioner of India to Sri Lanka".
    private static func posting(of mention: PersonMention, _ doc: Document) -> String? {
        let t = doc.tokens
        guard let head = mention.titleHead, envoyHeads.contains(head) else { return nil }
        // Inside the office, after its first word: not "handed over the aid to Vanuatu's Special Envoy X".
        for k in mention.extent where k > mention.extent.lowerBound && t[k].isFolded("to") && k + 1 < mention.extent.upperBound {
            let at = t[k + 1].isFolded("the") ? k + 2 : k + 1
            if at < mention.extent.upperBound, let match = doc.entityAt[at], match.range.lowerBound == at, match.best.kind == .country,
                match.best.affiliation != mention.country
            {
                return match.best.affiliation
            }
        }
        return nil
    }

    private static let envoyHeads: Set<String> = ["ambassador", "commissioner", "envoy", "affaires"]

    /// "a delegation of the Islamic Development Bank (IsDB) led by Vice President X", "a delegation from Japan headed by
    /// X", "a Japanese delegation led by X": the state or body whose delegation the person leads.
    private static func ledDelegation(before mention: PersonMention, _ doc: Document) -> String? {
        let t = doc.tokens
        let sentence = doc.sentences[mention.sentence].range
        let by = mention.extent.lowerBound - 1
        guard by - 1 > sentence.lowerBound, t[by].isFolded("by"), ["led", "headed"].contains(t[by - 1]),
            let delegation = stride(from: by - 2, through: max(sentence.lowerBound, by - 14), by: -1).first(where: { t[$0].isFolded("delegation") })
        else { return nil }
        // "a Japanese delegation", "the IsDB delegation".
        if delegation > sentence.lowerBound, let match = doc.entityAt[delegation - 1], match.best.kind != .city, match.best.kind != .province {
            return match.best.affiliation
        }
        // "a delegation of the Islamic Development Bank (IsDB)", "a delegation from Japan".
        var k = delegation + 1
        guard k < by - 1, ["of", "from"].contains(t[k]) else { return nil }
        k += 1
        if t[k].isFolded("the") { k += 1 }
        guard let match = doc.entityAt[k], match.range.lowerBound == k, match.best.kind != .city, match.best.kind != .province else { return nil }
        return match.best.affiliation
    }

    private static let clauseBreaks: WordSet = ["while", "whereas", ";", "but"]
    private static let sideOpeners: WordSet = ["on", "from", "for"]
    /// "The Mongolian delegation included …", "… was led by …": verbs that list a delegation, unlike "met".
    private static let delegationVerbs: WordSet = ["included", "includes", "including", "comprised", "comprising", "consisted",
                                                   "led", "headed", "was", "were"]

    /// Words of people who are with someone: "accompanied by", "in the presence of".
    private static let companionship: WordSet = ["accompanied", "accompanying", "accompany", "accompanies", "presence", "along"]
    private static let accompanying: WordSet = ["accompanying", "accompanies", "accompanied"]
    private static let spouses: Set<String> = ["first lady", "first gentleman", "wife", "husband", "spouse"]

    /// The mention of the person `mention` is with: "X, who is accompanying Y" and "X, accompanying Y" give Y; a
    /// spouse's "Y and first lady X" or "Y's wife X" gives Y.
    private static func companion(of mention: PersonMention, _ person: PersonEntity, _ doc: Document,
                                  _ mentionFrom: [Int: Int], _ mentionTo: [Int: Int]) -> Int? {
        let t = doc.tokens
        var k = mention.extent.upperBound
        if k < t.count, t[k].text == "," { k += 1 }
        if k < t.count, t[k].isFolded("who") { k += 1 }
        if k < t.count, ["is", "was"].contains(t[k]) { k += 1 }
        if k + 1 < t.count, accompanying.contains(t[k]), let n = mentionFrom[k + 1] { return n }
        // One of a couple named together: "President Mahama and Mrs Lordina Mahama" (a shared surname), "greeted by Lai and
        // Taiwan's first lady Wu Mei-ju" (a spouse's title after "and").
        let after = mention.extent.upperBound
        if after + 1 < t.count, t[after].isFolded("and") {
            if let n = mentionFrom[after + 1] ?? (after + 2 < t.count && doc.titleAt[after + 1] != nil ? mentionFrom[after + 2] : nil),
                let mine = mention.range.last, t[mine].isCapitalized
            {
                var last = after + 1
                while last + 1 < t.count, t[last + 1].isCapitalized, t[last + 1].kind == .word { last += 1 }
                if last > after + 1, t[last].folded == t[mine].folded { return n }
            }
            var j = after + 1
            if let state = doc.entityAt[j], state.range.lowerBound == j, state.range.upperBound + 1 < t.count,
                ["'s", "’s"].contains(t[state.range.upperBound])
            {
                j = state.range.upperBound + 1
            }
            if let title = doc.titleAt[j], title.range.lowerBound == j, spouses.contains(fold(doc.text(title.range))),
                let n = mentionFrom[after + 1] ?? mentionFrom[j] ?? mentionFrom[title.range.upperBound]
            {
                return n
            }
        }
        // "Foreign Minister Persaud was accompanied by Ms. X, Director-General of the Ministry …".
        var b = mention.extent.lowerBound
        while b > 0, let style = doc.titleAt[b - 1], style.words.contains(.honorific) { b = style.range.lowerBound }
        if b >= 4, t[b - 1].isFolded("by"), accompanying.contains(t[b - 2]), ["was", "is", "were"].contains(t[b - 3]), let n = mentionTo[b - 3] {
            return n
        }
        guard let title = person.title.map(fold), spouses.contains(title), mention.extent.lowerBound >= 2 else { return nil }
        let before = mention.extent.lowerBound - 1
        if t[before].isFolded("and") || t[before].isFolded("'s") || t[before].folded == "’s" { return mentionTo[before] }
        return nil
    }

    /// The state an office belongs to when only one state has it: "Secretary of Defense" (US), also
    /// qualified ("Acting Secretary of Defense", "Deputy Secretary of State").
    /// "PM", "EAM", "FM": a title given by its initials only.
    static func isInitials(_ title: String) -> Bool {
        title.split(separator: " ").allSatisfy { word in word.count <= 4 && word.allSatisfy(\.isUppercase) }
    }

    static func defaultCountry(ofTitle title: String, _ lexicon: Lexicon, likeliest: Bool = false) -> String? {
        var words = fold(title).split(separator: " ")
        // "GB?": the likeliest state only, when the caller accepts that.
        func accepted(_ country: String) -> String? { country.hasSuffix("?") ? (likeliest ? String(country.dropLast()) : nil) : country }
        // "Commissioner for Crisis Management": an office told by its opening words up to "for".
        if let end = words.firstIndex(of: "for"), let country = lexicon.titleCountries[words[...end].joined(separator: " ")] {
            return accepted(country)
        }
        while !words.isEmpty {
            if let country = lexicon.titleCountries[words.joined(separator: " ")] { return accepted(country) }
            words.removeFirst()
        }
        return nil
    }

    /// The state of the outlet that published the article. A note after the source address names the
    /// issuer of a repost ("(repost of U.S. Department of Defense readout)", "(source: EU Commission)",
    /// "(mirror of People's Daily Online en.people.cn/…)") and speaks first; else the country domain of
    /// the address ("japannews.yomiuri.co.jp" → JP, "www.gov.uk" → GB; ".gov" and ".mil" → US).
    static func publisherCountry(_ source: String, _ lexicon: Lexicon) -> String? {
        if let open = source.firstIndex(of: "("), let issuer = issuer(inNote: source[source.index(after: open)...], lexicon) {
            return issuer
        }
        return domainCountry(source, lexicon)
    }

    /// States named inside hyphenated words, which are one token each: "a Japan-U.S.-South Korea summit",
    /// "the India-Sri Lanka partnership".
    static func statesInCompounds(_ doc: Document) -> Set<String> {
        var states: Set<String> = []
        // Tokens read in place, and the text searched only when the folded form holds a hyphen (as it then must).
        for k in doc.tokens.indices where doc.tokens[k].isCapitalized && doc.tokens[k].hasHyphen && doc.tokens[k].text.contains("-") {
            for part in doc.tokens[k].text.split(separator: "-") where part.first?.isUppercase ?? false {
                if let entity = doc.lexicon.entity(named: part), entity.kind == .country || entity.kind == .demonym {
                    states.insert(entity.affiliation)
                }
            }
        }
        return states
    }

    /// The state or body a header note names: the first one written out, else an address it gives.
    private static func issuer(inNote note: Substring, _ lexicon: Lexicon) -> String? {
        let tokens = Tokenizer().tokens(of: Array(note.unicodeScalars))
        var i = 0
        while i < tokens.count {
            if tokens[i].isCapitalized, let match = lexicon.entities.match(tokens, at: i) {
                if let entity = match.values.first, entity.kind != .city, entity.kind != .province, entity.kind != .region { return entity.affiliation }
                i += match.length
            } else {
                i += 1
            }
        }
        for word in note.split(separator: " ") where word.contains(".") && word.contains("/") {
            if let country = domainCountry(String(word), lexicon) { return country }
        }
        return nil
    }

    /// The sites of international bodies, which speak for the body.
    private static let bodySites = ["europa.eu": "EU", "consilium.europa.eu": "EU", "nato.int": "NATO", "un.org": "UN",
                                    "worldbank.org": "WORLD_BANK", "imf.org": "IMF", "au.int": "AU", "asean.org": "ASEAN"]

    /// The state of a source address's domain.
    private static func domainCountry(_ source: String, _ lexicon: Lexicon) -> String? {
        var rest = Substring(source)
        if let scheme = rest.firstUTF8Range(of: "://") { rest = rest[scheme.upperBound...] }
        guard let host = rest.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == ":" }).first,
            let tld = host.split(separator: ".").last?.lowercased()
        else { return nil }
        if tld == "gov" || tld == "mil" { return "US" }
        let labels = host.lowercased().split(separator: ".")
        for n in 2...3 where labels.count >= n {
            if let body = bodySites[labels.suffix(n).joined(separator: ".")] { return body }
        }
        let code = tld == "uk" ? "GB" : tld.uppercased()
        return tld.count == 2 && lexicon.countryNames[code] != nil ? code : nil
    }

    static func isSpokesperson(_ person: PersonEntity) -> Bool {
        guard let title = person.title.map(fold) else { return false }
        // Searched byte for byte (`firstUTF8Range`): asked of everyone, Foundation's substring search cost thousands of
        // instructions a person.
        return title.firstUTF8Range(of: "spokes") != nil || title.firstUTF8Range(of: "press secretary") != nil
    }

    /// The countries stated for the members of the list (mentions of one sentence joined by commas
    /// and "and") that holds mention `n`.
    static func listStates(around n: Int, _ mentions: [PersonMention], _ people: [PersonEntity], _ doc: Document) -> Set<String> {
        func joined(_ a: Int, _ b: Int) -> Bool {
            guard mentions[a].sentence == mentions[b].sentence else { return false }
            // "A, Minister of X, B": an appositive and the next name's title may share words; then the two are one list.
            guard mentions[a].extent.upperBound <= mentions[b].extent.lowerBound else { return true }
            let between = mentions[a].extent.upperBound..<mentions[b].extent.lowerBound
            return between.count <= 2 && between.allSatisfy { [",", "and", ";"].contains(doc.tokens[$0]) }
        }
        var first = n
        while first > 0, joined(first - 1, first) { first -= 1 }
        var last = n
        while last + 1 < mentions.count, joined(last, last + 1) { last += 1 }
        return Set((first...last).compactMap { mentions[$0].country })
    }

    // MARK: - Definite descriptions

    /// Resolves descriptions such as "the defense minister", "The Israeli official" or "the
    /// Secretary" to the people of one article, keeping what it learns: which people's titles hold
    /// each head word, each person's sentences. A description is then compared with the people
    /// whose office it names, not with everyone, and no title is folded twice.
    struct Referents {
        private let people: [PersonEntity]
        /// Each person's folded title, once it was needed.
        private var foldedTitles: [String?]
        private var titlesFolded = false
        /// The people (ascending) whose folded title holds a head word or its other spelling.
        private var withHead: [String: [Int]] = [:]
        /// The people (ascending) serving each state.
        private let byCountry: [String: [Int]]
        /// Each person's sentences, ascending.
        private let sentencesOf: [[Int]]
        private let meter = WorkMeter.current

        static let generic: Set<String> = ["official", "leader", "head", "diplomat", "officer", "envoy"]
        /// "the Emir" for "the Amir": one office, two spellings.
        static let spellings = ["emir": "amir", "amir": "emir", "defence": "defense", "defense": "defence"]

        /// The state of the outlet or government that published the article: its own officials are "the Foreign
        /// Minister" where others hold the office too.
        private let publisher: String?

        init(people: [PersonEntity], mentions: [PersonMention], publisher: String? = nil) {
            self.people = people
            self.publisher = publisher
            foldedTitles = []
            var byCountry: [String: [Int]] = [:]
            for (p, person) in people.enumerated() {
                if let country = person.country { byCountry[country, default: []].append(p) }
            }
            self.byCountry = byCountry
            sentencesOf = people.map { $0.mentions.map { mentions[$0].sentence } }
        }

        /// The person the description (tokens `range`) refers to: the latest person named by sentence
        /// `sentence` whose title has its head word and whose country agrees, else the only such person named later;
        /// of people named as lately, the publisher's own. Never one of `excluded`, the others the sentence names
        /// ("The Foreign Minister spoke with her Moldovan counterpart Popa").
        mutating func referent(of range: Range<Int>, in doc: Document, before sentence: Int, excluding excluded: Set<Int> = []) -> Int? {
            var country: String?
            var heads: [String] = []
            var office: [String] = []
            for k in range {
                if let entity = doc.entityAt[k] { country = entity.best.affiliation }
                if let title = doc.titleAt[k] {
                    office.append(doc.tokens[k].folded)
                    if title.words.contains(.head) { heads.append(doc.tokens[k].folded) }
                }
            }
            guard !heads.isEmpty else { return nil }
            var pool: [Int]
            if heads.allSatisfy(Self.generic.contains) {
                guard let country else { return nil }
                pool = byCountry[country] ?? []
            } else {
                // "the Foreign Secretary": the holders of that whole office before those of any of its words ("Minister of
                // Foreign Affairs" holds "foreign" too).
                var found = Set(office.count > 1 ? people(withHead: office.joined(separator: " ")) : [])
                if found.isEmpty { for head in heads { found.formUnion(people(withHead: head)) } }
                // "The Prime Minister" is no "Minister for Development": an office that a word makes another one.
                if office.contains("prime") {
                    found = found.filter { p in foldedTitle(p).map { $0.contains("prime") || $0.contains("premier") } ?? false }
                }
                pool = found.sorted()
                if let country { pool = pool.filter { people[$0].country == country } }
            }
            meter?.add(pool.count, "referents")
            pool.removeAll { excluded.contains($0) }
            let candidates = pool.filter { people[$0].firstSentence <= sentence }
            // "The Secretary" is the Secretary before a Deputy Assistant Secretary named since: an office held under
            // another's ("deputy", "assistant", "under", "vice") answers only a description that says so.
            let described = Set(office)
            func isSubordinate(_ p: Int) -> Bool {
                guard let title = foldedTitle(p) else { return false }
                return Self.subordinateWords.contains { title.hasPrefix($0 + " ") || title.firstUTF8Range(of: " " + $0 + " ") != nil } && !Self.subordinateWords.contains { described.contains($0) }
            }
            // "The Foreign Secretary met …" in a release that names her further down: the one holder of the office — not a
            // deputy named further down ("a call with the Minister of Foreign Affairs of X", then "Deputy Minister Y received …").
            if candidates.isEmpty, pool.count == 1 { return isSubordinate(pool[0]) ? nil : pool[0] }
            func own(_ p: Int) -> Int { publisher != nil && people[p].country == publisher ? 1 : 0 }
            let subordinate = candidates.filter(isSubordinate)
            let preferred = subordinate.count < candidates.count ? candidates.filter { !subordinate.contains($0) } : candidates
            return preferred.max { a, b in
                let (la, lb) = (latest(a, before: sentence), latest(b, before: sentence))
                return la != lb ? la < lb : own(a) < own(b)
            }
        }

        static let subordinateWords = ["deputy", "assistant", "under", "vice", "associate"]

        /// A person's folded title, as `people(withHead:)` compares it.
        private func foldedTitle(_ p: Int) -> String? {
            titlesFolded ? foldedTitles[p] : people[p].title.map(fold)
        }

        /// The people whose title holds `head` or its other spelling.
        private mutating func people(withHead head: String) -> [Int] {
            if let known = withHead[head] { return known }
            if !titlesFolded {
                // The office's own words, not those of whom it serves: "the President" is not the "Special Adviser to
                // the President on Media".
                foldedTitles = people.map { person in
                    person.title.map { title in
                        let folded = fold(title)
                        return folded.firstUTF8Range(of: " to ").map { String(folded[..<$0.lowerBound]) } ?? folded
                    }
                }
                titlesFolded = true
            }
            // Whole words: "the President" is not the "Presidential Aide". Folded text is searched byte for byte (the
            // title and the words are folded alike), not through Foundation's search of composed characters.
            func holds(_ title: String, _ words: String) -> Bool {
                var from = title.startIndex
                while let found = title[from...].firstUTF8Range(of: words) {
                    let before = found.lowerBound == title.startIndex || !title[title.index(before: found.lowerBound)].isLetter
                    let after = found.upperBound == title.endIndex || !title[found.upperBound].isLetter
                    if before && after { return true }
                    from = title.index(after: found.lowerBound)
                }
                return false
            }
            let found = people.indices.filter { p in
                guard let title = foldedTitles[p] else { return false }
                return holds(title, head) || Self.spellings[head].map { holds(title, $0) } ?? false
            }
            meter?.add(people.count, "referents")
            withHead[head] = found
            return found
        }

        /// The latest sentence, by `sentence`, that names person `p` (-1: none).
        private func latest(_ p: Int, before sentence: Int) -> Int {
            let sentences = sentencesOf[p]
            var low = 0
            var high = sentences.count
            while low < high {
                let mid = (low + high) / 2
                if sentences[mid] <= sentence { low = mid + 1 } else { high = mid }
            }
            return low > 0 ? sentences[low - 1] : -1
        }
    }
}

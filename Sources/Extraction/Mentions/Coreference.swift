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
        // A person's names and aliases are those of its mentions: indexing each mention's once is enough.
        func reindex(_ p: Int, _ mention: PersonMention, aliasKeys: [[String]]) {
            for key in PersonEntity.core(mention.keys) + aliasKeys.flatMap(PersonEntity.core) where !key.isEmpty && !PersonEntity.isOneCharacter(key) {
                byWord[key, default: []].insert(p)
            }
            for alias in mention.aliases + [mention.name] { byAlias[fold(alias), default: []].insert(p) }
        }
        for (index, mention) in mentions.enumerated() {
            let aliasKeys = mention.aliases.map { Self.keys(of: $0) }
            let foldedName = fold(mention.name)
            var pool = byAlias[foldedName] ?? []
            for key in PersonEntity.core(mention.keys) + aliasKeys.flatMap(PersonEntity.core) where !key.isEmpty && !PersonEntity.isOneCharacter(key) {
                pool.formUnion(byWord[key] ?? [])
            }
            // The latest person the mention may name (the most recent is the most salient).
            let candidates = pool.sorted().filter { p in
                people[p].matches(mention.keys) || people[p].aliases.contains(where: { fold($0) == foldedName })
                    || aliasKeys.contains(where: { people[p].matches($0) })
            }
            // "Seo Wuk" and, two sentences on, "So Wuk": one spelling apart, same office — a transliteration variant.
            let variants = candidates.isEmpty
                ? pool.sorted().filter { p in
                    people[p].isSpellingVariant(of: mention.keys)
                        && (people[p].titleHead == nil || mention.titleHead == nil || people[p].titleHead == mention.titleHead)
                }
                : []
            let compatible = (candidates + variants).filter { p in
                guard let a = people[p].country, let b = mention.country else { return true }
                return a == b
            }
            if let p = compatible.max(by: { people[$0].mentions.last ?? 0 < people[$1].mentions.last ?? 0 }) {
                var person = people[p]
                if Self.fuller(mention.keys, than: person.keys) {
                    if !person.aliases.contains(person.name) { person.aliases.append(person.name) }
                    person.name = mention.name
                    person.keys = mention.keys
                } else if mention.name != person.name, !person.aliases.contains(mention.name) {
                    person.aliases.append(mention.name)
                }
                for alias in mention.aliases where !person.aliases.contains(alias) { person.aliases.append(alias) }
                if person.title == nil, let title = mention.title {
                    person.title = title
                    person.titleHead = mention.titleHead
                }
                if person.country == nil { person.country = mention.country }
                if person.counterpartCountry == nil { person.counterpartCountry = mention.counterpartCountry }
                person.mentions.append(index)
                people[p] = person
                personOf.append(p)
                reindex(p, mention, aliasKeys: aliasKeys)
            } else {
                var person = PersonEntity(name: mention.name, keys: mention.keys, title: mention.title, titleHead: mention.titleHead,
                                          country: mention.country, counterpartCountry: mention.counterpartCountry,
                                          aliases: mention.aliases, firstSentence: mention.sentence)
                person.mentions = [index]
                people.append(person)
                personOf.append(people.count - 1)
                reindex(people.count - 1, mention, aliasKeys: aliasKeys)
            }
        }
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
        let publisher = Self.publisherCountry(doc.article.origin ?? doc.article.source, doc.lexicon)
        // Every state and body the article names, for the publisher's to count only when it is one of them.
        lazy var named = Set(doc.entityAt.compactMap { $0?.best.affiliation }).union(Self.statesInCompounds(doc))
        lazy var ranked = counts.sorted { $0.value != $1.value ? $0.value > $1.value : $0.key < $1.key }.map(\.key)
        // A delegation list: "Israeli Ambassador … Michael Herzog, Director of … Dror Shalom, and Military Secretary
        // Yaki Dolf" — an item with no country takes the country of the item before it.
        for (n, mention) in mentions.enumerated() where n > 0 {
            let p = personOf[n]
            guard let p, people[p].country == nil, mention.title != nil else { continue }
            let previous = mentions[n - 1]
            guard previous.sentence == mention.sentence, previous.title != nil, let q = personOf[n - 1],
                let country = people[q].country
            else { continue }
            // "Qatar's Minister … Al-Attiyah and Defense Secretary Ash Carter": an office only another state has is not inherited.
            if let own = mention.title.flatMap({ Self.defaultCountry(ofTitle: $0, doc.lexicon, likeliest: true) }), own != country { continue }
            // "U.S. Secretary of State Antony Blinken, Foreign Minister Yoshimasa Hayashi and South Korean Foreign
            // Minister Park Jin": a list of several states' envoys, not one delegation.
            if Self.listStates(around: n, mentions, people, doc).count > 1 { continue }
            // "Qatar's Minister … Al-Attiyah and Defense Secretary Ash Carter met": the two sides of a meeting.
            var after = mention.extent.upperBound
            while after < doc.tokens.count, doc.tokens[after].text == "," { after += 1 }
            if after < doc.tokens.count, doc.cueAt[after]?.classes.contains("meet") ?? false { continue }
            let between = previous.extent.upperBound..<mention.extent.lowerBound
            if between.count <= 2, between.allSatisfy({ [",", "and", ";"].contains(doc.tokens[$0].folded) }) { people[p].country = country }
        }
        for p in people.indices where people[p].country == nil {
            if let country = people[p].counterpartCountry {
                people[p].country = country
            } else if let title = people[p].title, let country = Self.defaultCountry(ofTitle: title, doc.lexicon) {
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
        var peopleOfSentence: [Int: Set<Int>] = [:]
        for (q, person) in people.enumerated() {
            for m in person.mentions { peopleOfSentence[mentions[m].sentence, default: []].insert(q) }
        }
        // Countries the text states or an office implies, before any falls back on the outlet or the story. A fallback
        // country of someone reported as a companion says nothing against a person's ("Kishida will visit …,
        // accompanied by Hayashi"); of anyone else it does ("Sharif would also call on Premier Li").
        let stated = people.map(\.country)
        let companionship: Set<String> = ["accompanied", "accompanying", "accompany", "accompanies"]
        for p in people.indices where people[p].country == nil {
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
                    if k > 1, doc.isVisit(doc.tokens[k - 1].folded == "the" ? k - 2 : k - 1), let match = doc.entityAt[k],
                        match.range.lowerBound == k
                    {
                        others.insert(match.best.affiliation)
                    }
                    k += 1
                }
                let companions = doc.sentences[mentions[m].sentence].range.contains { companionship.contains(doc.tokens[$0].folded) }
                for q in peopleOfSentence[mentions[m].sentence] ?? [] where q != p {
                    if let c = companions ? stated[q] : people[q].country { others.insert(c) }
                }
            }
            // A national outlet or a government site names its own officials without a country word.
            if let country = publisher, !others.contains(country), named.contains(country) {
                people[p].country = country
                continue
            }
            // "Foreign Secretary X" with nothing else said: the likeliest state of the office.
            if let title = people[p].title, let country = Self.defaultCountry(ofTitle: title, doc.lexicon, likeliest: true) {
                people[p].country = country
                continue
            }
            if let country = local.first(where: { !others.contains($0) }) {
                people[p].country = country
                continue
            }
            if let country = ranked.first(where: { !others.contains($0) }) {
                people[p].country = country
            }
        }
    }

    /// The state an office belongs to when only one state has it: "Secretary of Defense" (US), also
    /// qualified ("Acting Secretary of Defense", "Deputy Secretary of State").
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
        for token in doc.tokens where token.isCapitalized && token.text.contains("-") {
            for part in token.text.split(separator: "-") where part.first?.isUppercase ?? false {
                let tokens = Tokenizer().tokens(of: Array(part.unicodeScalars))
                if let match = doc.lexicon.entities.match(tokens, at: 0), match.length == tokens.count, let entity = match.values.first,
                    entity.kind == .country || entity.kind == .demonym
                {
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
                if let entity = match.values.first, entity.kind != .city { return entity.affiliation }
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

    /// The state of a source address's domain.
    private static func domainCountry(_ source: String, _ lexicon: Lexicon) -> String? {
        var rest = Substring(source)
        if let scheme = rest.firstUTF8Range(of: "://") { rest = rest[scheme.upperBound...] }
        guard let host = rest.split(whereSeparator: { $0 == "/" || $0 == " " || $0 == ":" }).first,
            let tld = host.split(separator: ".").last?.lowercased()
        else { return nil }
        if tld == "gov" || tld == "mil" { return "US" }
        // The sites of international bodies speak for the body.
        let bodies = ["europa.eu": "EU", "consilium.europa.eu": "EU", "nato.int": "NATO", "un.org": "UN", "worldbank.org": "WORLD_BANK",
                      "imf.org": "IMF", "au.int": "AU", "asean.org": "ASEAN"]
        let labels = host.lowercased().split(separator: ".")
        for n in 2...3 where labels.count >= n {
            if let body = bodies[labels.suffix(n).joined(separator: ".")] { return body }
        }
        let code = tld == "uk" ? "GB" : tld.uppercased()
        return tld.count == 2 && lexicon.countryNames[code] != nil ? code : nil
    }

    static func isSpokesperson(_ person: PersonEntity) -> Bool {
        guard let title = person.title.map(fold) else { return false }
        return title.contains("spokes") || title.contains("press secretary")
    }

    /// The countries stated for the members of the list (mentions of one sentence joined by commas
    /// and "and") that holds mention `n`.
    static func listStates(around n: Int, _ mentions: [PersonMention], _ people: [PersonEntity], _ doc: Document) -> Set<String> {
        func joined(_ a: Int, _ b: Int) -> Bool {
            guard mentions[a].sentence == mentions[b].sentence else { return false }
            let between = mentions[a].extent.upperBound..<mentions[b].extent.lowerBound
            return between.count <= 2 && between.allSatisfy { [",", "and", ";"].contains(doc.tokens[$0].folded) }
        }
        var first = n
        while first > 0, joined(first - 1, first) { first -= 1 }
        var last = n
        while last + 1 < mentions.count, joined(last, last + 1) { last += 1 }
        return Set((first...last).compactMap { mentions[$0].country })
    }

    // MARK: - Definite descriptions

    /// The person a description such as "the defense minister", "The Israeli official" or "the
    /// Secretary" (tokens `range`) refers to: the latest person before it whose title has that head
    /// word and whose country agrees.
    func referent(of range: Range<Int>, in doc: Document, people: [PersonEntity], mentions: [PersonMention], before sentence: Int) -> Int? {
        var country: String?
        var heads: [String] = []
        for k in range {
            if let entity = doc.entityAt[k] { country = entity.best.affiliation }
            if let title = doc.titleAt[k], title.words.contains(.head) { heads.append(doc.tokens[k].folded) }
        }
        guard !heads.isEmpty else { return nil }
        let generic: Set<String> = ["official", "leader", "head", "diplomat", "officer", "envoy"]
        let candidates = people.indices.filter { p in
            let person = people[p]
            guard person.firstSentence <= sentence else { return false }
            if let country, person.country != country { return false }
            if heads.allSatisfy(generic.contains) { return country != nil }
            // The office's own words, not those of whom it serves: "the President" is not the "Special Adviser to the
            // President on Media".
            guard var title = person.title.map(fold) else { return false }
            if let to = title.range(of: " to ") { title = String(title[..<to.lowerBound]) }
            // "the Emir" for "the Amir": one office, two spellings.
            let spellings = ["emir": "amir", "amir": "emir", "defence": "defense", "defense": "defence"]
            return heads.contains { title.contains($0) || spellings[$0].map(title.contains) ?? false }
        }
        return candidates.max { latest(people[$0], mentions, before: sentence) < latest(people[$1], mentions, before: sentence) }
    }

    private func latest(_ person: PersonEntity, _ mentions: [PersonMention], before sentence: Int) -> Int {
        person.mentions.map { mentions[$0].sentence }.filter { $0 <= sentence }.max() ?? -1
    }
}

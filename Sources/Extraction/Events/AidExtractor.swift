/// An amount of money written in text: "$4.8 billion", "€205 million", "600 million Euros", "£850,000", "US$1 million".
struct MoneyMention: Sendable {
    let range: Range<Int>
    let amount: Int64
    let currency: String
}

/// Finds commitments of money (pledged, approved, announced, delivered), with donor, recipient,
/// kind, date, and whether the figure is a running total.
///
/// An amount counts when its sentence speaks of aid ("aid", "assistance", "package", "pledged",
/// "funding", "deposit", "handed over"…) and not of something else ("budget", "needs", "GDP", "sales");
/// also goods given a value ("relief goods worth …", "will equip Ukraine with vehicles worth …"), and
/// a later sentence that prices goods told without an amount ("The equipment, worth 400 million yen").
/// A conversion in brackets ("120 million euros ($123 million)") is not a second commitment. The
/// recipient follows "for", "to" or "in" near the amount, or a verb of supply ("provide Malaysia
/// with"); the donor is the state or body that acts ("approval by the US Senate", "Germany has
/// pledged", "Italy (€10 million)", "Finland's support"). The kind is the one named beside the
/// amount, else in its sentence, else the one the article names most. "bringing the total to",
/// "has provided more than" mark running totals, and so does a total split "of which" into shares.
/// A name several states' currencies share ("dinars", "Rs") is the currency of the one the article
/// names most.
struct AidExtractor: Sendable {
    static let numberWords: WordMap<Int64> = [
        "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
        "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "hundred": 100,
    ]
    static let scales: WordMap<Int64> = [
        "thousand": 1_000, "k": 1_000, "million": 1_000_000, "mln": 1_000_000, "mn": 1_000_000, "m": 1_000_000,
        "billion": 1_000_000_000, "bln": 1_000_000_000, "bn": 1_000_000_000, "b": 1_000_000_000,
        "trillion": 1_000_000_000_000, "tn": 1_000_000_000_000, "crore": 10_000_000, "lakh": 100_000,
    ]

    /// `partners`: the states of the people the article reports meeting, in order; the first that is
    /// not the donor receives a commitment whose own sentences name no recipient.
    /// `meetingDays`: the days of the article's held meetings and where their reports start, in the article's order. A
    /// commitment whose sentences and story state no day, told after the first, is of its day ("Under the deal signed at
    /// the talks, Norway will provide …"), or of the one its sentence names ("… co-chaired the Joint Commission on 21
    /// April. At the Joint Commission, EAM announced …" after a call on the President on 20 April). A commitment told
    /// before any meeting is the news of the day.
    /// `publisher`: the state whose outlet published the article (a ministry's site), the donor of last resort before the
    /// first state the article names.
    /// `subject`: the state of the person a sentence opens with and where the words naming them end, if any: "The Prime
    /// Minister announced a new €126 million package" on the host's site is the visitor's state's.
    func commitments(in doc: Document, partners: [String] = [], meetingDays: [HeldMeeting] = [], publisher: String? = nil,
                     subject: (Int) -> (state: String, end: Int)? = { _ in nil }) -> [AidFact] {
        var facts: [AidFact] = []
        var lastDonor: String?
        var lastRecipient: String?
        // "Nations have pledged $345 million …, the UN said Monday": the day of the story's first dated commitment is
        // the day of the later ones that state none.
        var storyDay: Day?
        let resolver = DateResolver()
        // The commitments of the latest sentence that told of aid: "€1.58bn …. Of this amount, €720m will go to Syria, …".
        var previousSentence: Range<Int> = 0..<0
        // The total being shared out ("Of this funding, $276 million …. The remaining $148 million …"), and its first share.
        var shareTotal: Int?
        var firstShare = 0
        // The latest sentence that told of aid without an amount ("Japan will provide Malaysia with coastal radars"), for one
        // of the next three that prices it ("The equipment, worth 400 million yen, …").
        var unpriced: Unpriced?
        // The kind the article names most, counted once and only when an amount's sentence names none.
        var articleKindMemo: AidKind?
        func articleKind() -> AidKind {
            if let articleKindMemo { return articleKindMemo }
            let kind = self.articleKind(doc)
            articleKindMemo = kind
            return kind
        }
        // "Donors have pledged about $1.4bn … at a conference in Geneva. … at Tuesday's conference": the day of the
        // pledging event the article tells, for the pledges it reports without a day of their own.
        var pledgingDayMemo: Day??
        func pledgingDay() -> Day? {
            if let pledgingDayMemo { return pledgingDayMemo }
            let day = self.pledgingDay(doc, resolver: resolver)
            pledgingDayMemo = .some(day)
            return day
        }
        // "IsDB approved US$ 1.02 billion …. The approved operations include:" and items on lines of their own, "- US$ 350
        // million for …": the sentence that opens a list of aid with a colon, told just after aid or telling of it.
        var listLead: Int?
        var listOpened = false
        // The latest sentence that told of aid or gave a commitment.
        var lastAidSentence: Int?
        for (s, sentence) in doc.sentences.enumerated() {
            let range = sentence.range
            let toldAid = doc.hasCue(.aid, in: range)
            // "1." split from its item's words is part of the item.
            let item = listLead != nil && (Self.opensListItem(doc, range) || (s > 0 && Self.isItemNumber(doc, doc.sentences[s - 1].range)))
            if !item { listLead = nil }
            if let last = range.last, doc.tokens[last].text == ":", toldAid || lastAidSentence == s - 1 { listLead = s; listOpened = false }
            if toldAid { lastAidSentence = s }
            // Where the shares begin, past "Of this amount," or "The remaining", or the list's first item.
            var opening = sharesOfTotal(doc, range)
            if item, !listOpened, !Self.isItemNumber(doc, range) {
                opening = opening ?? range.lowerBound
                listOpened = true
            }
            let remainder = shareTotal != nil && (item || (range.count > 2 && doc.tokens[range.lowerBound].isFolded("the")
                && Self.remainderWords.contains(doc.tokens[range.lowerBound + 1])))
            if let told = unpriced, s - told.sentence > 3 { unpriced = nil }
            let pricing = !toldAid && unpriced.map { isPricing(doc, range, told: doc.sentences[$0.sentence].range) } ?? false
            // "Poland will equip Ukraine with armoured vehicles worth 1.2 billion zlotys", "a vessel docked with 240 tonnes of food
            // and medicines worth 31.5 million pesos": supplies given or relief goods, given a value, are aid.
            // … not "Russia will supply India with S-400 systems worth $5.4 billion under a 2018 deal", "damage worth $34 billion".
            guard opening != nil || remainder || toldAid || item || pricing || announcesMoney(doc, range)
                || (doc.hasCue(.value, in: range) && !range.contains { Self.tradeOrLoss.contains(doc.tokens[$0]) }
                    && (range.contains { Self.reliefGoods.contains(doc.tokens[$0]) } || suppliedState(doc, range, donor: nil) != nil))
            else { continue }
            let money = moneyMentions(doc, range)
            guard !money.isEmpty else {
                if toldAid { unpriced = self.unpriced(doc, sentence: s, resolver: resolver) }
                continue
            }
            // Who gives what to whom, and when, is read in the sentence that told of the goods.
            let goods = pricing ? unpriced : nil
            unpriced = nil
            if opening != nil {
                shareTotal = previousSentence.count == 1 ? previousSentence.lowerBound : nil
                firstShare = facts.count
            } else if !remainder {
                shareTotal = nil
            }
            let sharesStart = shareTotal == nil ? nil : opening ?? range.lowerBound + 2
            let sentenceStart = facts.count
            defer {
                previousSentence = sentenceStart..<facts.count
                if facts.count > sentenceStart { lastAidSentence = s }
            }
            // The fact of a total whose parts follow "including".
            var includingTotal: Int?
            let dates = goods.map { resolver.dates(in: doc.tokens, range: range, anchor: doc.anchor, lean: .past) + $0.dates }
                ?? resolver.dates(in: doc.tokens, range: range, anchor: doc.anchor, lean: .past)
            let splitTotal = ofWhichSplit(doc, money)
            var totalDonor: String?
            let shareDonor = shareTotal.flatMap { facts[$0].donor }
            let afterMeeting = meetingDays.first.flatMap { sentence.start > $0.from ? namedMeeting(doc, range, meetingDays)?.day ?? $0.day : nil }
            // A conversion is no boundary: "Rs 250 crore (approximately USD 28 million) for … of Mauritius".
            let conversion = money.indices.map { n in isConversion(doc, money[n], previous: n > 0 ? money[n - 1] : nil) }
            func boundary(after n: Int) -> Int {
                (n + 1..<money.count).first { !conversion[$0] }.map { money[$0].range.lowerBound } ?? range.upperBound
            }
            // The words between the amount before and the amount after: "$10 million in military aid and $5 million in
            // humanitarian aid".
            func segment(_ n: Int) -> Range<Int> {
                let from = (0..<n).last { !conversion[$0] }.map { money[$0].range.upperBound } ?? range.lowerBound
                return from..<boundary(after: n)
            }
            for (n, mention) in money.enumerated() {
                if conversion[n] { continue }
                if isComparison(doc, mention, range: range) { continue }
                let window = max(range.lowerBound, mention.range.lowerBound - 5)..<min(range.upperBound, mention.range.upperBound + 5)
                if doc.hasCue(.notAid, in: window), !fundsPurchase(doc, mention, window) { continue }
                let parenDonor = donorBeforeBracket(doc, mention)
                // "between $5 million and $7 million to help communities in the Dominican Republic": the range's words are the upper bound's.
                let told = n + 1 < money.count && isRange(doc, mention, money[n + 1]) ? n + 1 : n
                var recipient = goods?.recipient ?? self.recipient(doc, money[told], range: range, until: boundary(after: told), donor: parenDonor,
                                                                   statesOnly: shareTotal != nil)
                // "agreements totaling US$345 million, including US$210 million for … in Karakalpakstan and US$135 million
                // for … in Surkhandarya region": a total split by purpose goes where its first part goes.
                let including = n + 2 < money.count
                    && (mention.range.upperBound..<money[n + 1].range.lowerBound).contains(where: { doc.tokens[$0].isFolded("including") })
                if including, recipient == nil {
                    recipient = self.recipient(doc, money[n + 1], range: range, until: boundary(after: n + 1), donor: parenDonor)
                }
                // A share given through an agency ("12 million euros will go to the World Food Programme") is the total's.
                if let shareTotal, recipient == nil { recipient = facts[shareTotal].recipient }
                // "will give Ukraine €300 million in military aid and €20 million in humanitarian aid": the sentence's last.
                if recipient == nil, facts.count > sentenceStart { recipient = facts.last?.recipient }
                let cumulative = isRunningTotal(doc, mention, range: (sharesStart ?? range.lowerBound)..<range.upperBound, previous: n > 0 ? money[n - 1] : nil)
                    || splitTotal == n
                    || (parenDonor == nil && hasGenericDonors(doc, range.lowerBound..<mention.range.lowerBound))
                // A total split by recipient stands under its first share's recipient.
                if splitTotal == n, n + 1 < money.count,
                    let first = self.recipient(doc, money[n + 1], range: range, until: boundary(after: n + 1), donor: nil) ?? recipient
                {
                    recipient = first
                }
                // The shares of a total "of which" are given by the total's donor.
                let splitDonor = splitTotal.map { $0 < n } ?? false ? totalDonor : nil
                let givenBy: String? = parenDonor ?? shareDonor ?? splitDonor ?? goods?.donor
                    ?? self.donor(doc, mention, range: range, recipient: recipient) ?? lastDonor
                let publishing: String? = publisher.flatMap { $0 == recipient ? nil : $0 }
                let announcer = givenBy == nil ? subject(s).flatMap { opened in
                    opened.state != recipient && Self.announces(doc, after: opened.end, before: mention.range.lowerBound) ? opened.state : nil
                } : nil
                let donor = givenBy ?? announcer ?? publishing ?? currencyState(doc, mention.currency, excluding: recipient) ?? articleDonor(doc, excluding: recipient)
                // "delivered through the UK's Kenya Climate Resilience Programme": a state never gives to itself.
                if recipient != nil, recipient == donor { recipient = nil }
                // "The Maldives tells a similar story. India's Rs 50 crore grant … kept Malé afloat": the state its paragraph
                // names before it, ahead of the last commitment's.
                if recipient == nil { recipient = paragraphState(doc, sentence: s, excluding: donor) ?? lastRecipient }
                let date = dates.filter { $0.precision == .day }.min { abs($0.range.lowerBound - mention.range.lowerBound) < abs($1.range.lowerBound - mention.range.lowerBound) }
                    ?? (storyDay == nil ? paragraphDay(doc, before: s, resolver: resolver) : nil)
                // "EAM announced grant assistance of Rs 500 crore for … Sri Lanka" on India's site: a shared name is the
                // publishing government's own currency when it has one of that name, whichever state the article names most.
                // … or the one of the state whose amount it is ("India's Rs 50 crore grant" in a story of Sri Lanka and the Maldives).
                let shared = Self.sharedName(doc, mention.range)
                let owner = mention.range.lowerBound >= 2 && ["'s", "’s"].contains(doc.tokens[mention.range.lowerBound - 1])
                    ? doc.entityAt[mention.range.lowerBound - 2]?.best.affiliation : nil
                let currency = publisher.flatMap { own in shared?.first { $0.state == own }?.code }
                    ?? owner.flatMap { state in shared?.first { $0.state == state }?.code }
                    ?? localDollar(mention, doc, state: publisher ?? donor)
                let fact = AidFact(donor: donor, recipient: recipient, amount: mention.amount, currency: currency,
                                   amountText: doc.text(mention.range), kind: goods?.kind ?? kind(doc, range, near: mention.range, within: segment(n), article: articleKind), date: date?.day ?? storyDay ?? pledgingDay() ?? afterMeeting ?? doc.anchor,
                                   datePrecision: date.map { $0.precision == .week ? .month : $0.precision } ?? .day,
                                   cumulative: cumulative, evidence: doc.evidence(sentence))
                // "on Tuesday the Norwegian Government had decided to allocate …": a decision told as done before the
                // story's time is dated alone, not the story's day.
                if storyDay == nil, let date, !isPluperfect(doc, range) { storyDay = date.day }
                if splitTotal == n { totalDonor = donor }
                if let donor { lastDonor = donor }
                if let recipient { lastRecipient = recipient }
                if let same = facts.firstIndex(where: { $0.amount == fact.amount && $0.currency == fact.currency && $0.cumulative == fact.cumulative
                    && ($0.recipient == nil || fact.recipient == nil || $0.recipient == fact.recipient) })
                {
                    if facts[same].recipient == nil { facts[same].recipient = fact.recipient }
                    if facts[same].donor == nil { facts[same].donor = fact.donor }
                    continue
                }
                if including { includingTotal = facts.count }
                facts.append(fact)
            }
            // … split by purpose within one recipient, the whole is the commitment, however it is worded ("totaling");
            // split between recipients, it is their sum.
            if let total = includingTotal, facts.count > total + 1 {
                facts[total].cumulative = facts[(total + 1)...].contains { $0.recipient != facts[total].recipient }
            }
            // Shares for two or more recipients: the total told just before is their sum, not a commitment of its own.
            if let shareTotal, Set(facts[firstShare...].compactMap(\.recipient)).count >= 2 {
                facts[shareTotal].cumulative = true
            }
        }
        // A recipient stated elsewhere in the article, else the state it names most that is not the donor.
        for n in facts.indices where facts[n].recipient == nil {
            facts[n].recipient = facts.first(where: { $0.recipient != nil && $0.recipient != facts[n].donor })?.recipient
                ?? partners.first(where: { $0 != facts[n].donor && facts[n].donor != nil })
                ?? mostNamedState(doc, excluding: facts[n].donor)
        }
        return facts
    }

    /// The state a paragraph is about, told in its first sentence before `s` with no amount: one that opens it ("The
    /// Maldives tells a similar story. India's Rs 50 crore grant …"), or in a heading of a few words, the one that is
    /// not the giver ("India–Seychelles. On Tuesday, two interceptor craft worth ₹110 crore were handed over …").
    private func paragraphState(_ doc: Document, sentence s: Int, excluding donor: String?) -> String? {
        let first = doc.paragraph(of: s).lowerBound
        guard first < s else { return nil }
        let range = doc.sentences[first].range
        guard moneyMentions(doc, range).isEmpty else { return nil }
        if range.count <= 6 {
            return range.lazy.compactMap { doc.entityAt[$0] }.first { $0.best.kind == .country && $0.best.affiliation != donor }?.best.affiliation
        }
        var k = range.lowerBound
        if doc.tokens[k].isFolded("the") { k += 1 }
        guard k < range.upperBound, let match = doc.entityAt[k], match.range.lowerBound == k, match.best.kind == .country,
            match.best.affiliation != donor
        else { return nil }
        return match.best.affiliation
    }

    /// The held meeting a sentence opens by naming: "At the Joint Commission, EAM announced …", "During the High Level
    /// Consultations, …", of a meeting whose first sentence names the same ("co-chaired the 13th session of the India-Sri
    /// Lanka Joint Commission in Colombo on 21 April").
    /// Or by its place: "While in Tonga I was also pleased to announce …", after meetings in Suva and in Nuku'alofa.
    private func namedMeeting(_ doc: Document, _ range: Range<Int>, _ meetings: [HeldMeeting]) -> HeldMeeting? {
        let t = doc.tokens
        var j = range.lowerBound
        guard range.count > 4 else { return nil }
        let place = t[j].isFolded("in") ? j + 1 : t[j].isFolded("while") && t[j + 1].isFolded("in") ? j + 2 : nil
        if let place, let state = doc.entityAt[place].flatMap({ $0.best.isPlace ? $0.best.affiliation : nil }) {
            let sentence = doc.sentenceIndex(of: range.lowerBound)
            return meetings.last { $0.country == state && (doc.sentenceIndex(startingAt: $0.from) ?? sentence) < sentence }
        }
        guard t[j].isFolded("at") || t[j].isFolded("during"), t[j + 1].isFolded("the") else { return nil }
        j += 2
        let name = j
        while j < range.upperBound, t[j].isCapitalized { j += 1 }
        guard j - name >= 2 else { return nil }
        let words = name..<j
        return meetings.first { meeting in
            guard let s = doc.sentenceIndex(startingAt: meeting.from), s < doc.sentenceIndex(of: range.lowerBound) else { return false }
            let told = doc.sentences[s].range
            return told.contains { k in
                k + words.count <= told.upperBound && words.indices.allSatisfy { t[k + $0 - name].folded == t[$0].folded }
            }
        }
    }

    /// A meeting held on a day, as the commitments told after it see it: its day, where its report starts and its state.
    struct HeldMeeting {
        let day: Day
        let from: Int
        let country: String?
    }

    /// A capital that opens a longer proper name, "the Dhaka Mass Rapid Transit Development Project": a project's, not
    /// a state acting.
    private static func opensName(_ doc: Document, _ entity: Document.EntityMatch) -> Bool {
        let after = entity.range.upperBound
        return entity.best.kind == .capital && after < doc.tokens.count && doc.tokens[after].isCapitalized
            && doc.tokens[after].kind == .word && doc.entityAt[after] == nil && doc.titleAt[after] == nil
    }

    /// Capitalised words from `k` that end a fund's name: "(Ukraine) Energy Support Fund", "(Afghanistan) Resilience Trust Fund".
    private static func namesFund(_ doc: Document, after k: Int) -> Bool {
        var n = k
        while n < doc.tokens.count, n < k + 5, doc.tokens[n].isCapitalized, doc.tokens[n].kind == .word {
            if fundWords.contains(doc.tokens[n]) { return true }
            n += 1
        }
        return false
    }
    private static let fundWords: WordSet = ["fund", "facility"]

    /// "had decided", "had pledged", "had given": a past before the story's own.
    private func isPluperfect(_ doc: Document, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        return range.dropLast().contains { k in
            t[k].isFolded("had") && t[k + 1].kind == .word && !t[k + 1].isCapitalized
                && (t[k + 1].folded.hasSuffix("ed") || t[k + 1].folded.hasSuffix("en"))
        }
    }

    /// "Its commissioner, Pieter Maes, announced 190 million euros ($221m) for food, health care and shelter": money a verb
    /// of announcing takes as its object, for a purpose, is given though no word of aid is said.
    private func announcesMoney(_ doc: Document, _ range: Range<Int>) -> Bool {
        let t = doc.tokens
        // Most sentences have no such verb: their cue summary says so without reading them.
        guard doc.hasCue(.announce, in: range), let verb = range.first(where: { doc.cueAt[$0]?.classes.contains(.announce) ?? false })
        else { return false }
        guard let money = moneyMentions(doc, verb + 1..<min(range.upperBound, verb + 12)).first, money.range.lowerBound <= verb + 3 else { return false }
        var k = money.range.upperBound
        // Past a conversion in brackets: "190 million euros ($221m) for …".
        if k < range.upperBound, t[k].text == "(" { while k < range.upperBound, t[k].text != ")" { k += 1 }; k += 1 }
        guard k < range.upperBound, ["for", "to"].contains(t[k]) else { return false }
        // … for a state named after it ("… inside Sudan") or an agency that carries aid ("€20 million for WFP's emergency
        // response"), not "$3 billion for new fighter jets" or a plant's expansion.
        let purpose = k..<range.upperBound
        return !purpose.contains { Self.tradeOrLoss.contains(t[$0]) }
            && purpose.contains { doc.entityAt[$0].map { $0.best.kind == .country || $0.best.kind == .demonym || Self.channels.contains($0.best.code) } ?? false }
    }

    /// Agencies that carry aid to a crisis: money given through them goes to the crisis's state, never to them.
    static let channels: Set<String> = ["WFP", "UNHCR", "UNICEF", "WHO", "UNRWA", "OCHA", "ICRC", "IFRC", "IOM", "UNDP", "FAO", "MSF",
                                        "GAVI", "GLOBAL_FUND", "UNFPA", "IFAD", "UNEP", "UNESCO", "ILO", "OHCHR"]
    static let givingVerbs: WordSet = ["give", "gives", "gave", "giving", "send", "sends", "sent", "sending", "grant", "grants",
                                           "granted", "offer", "offers", "offered", "hand", "hands", "handed", "lend", "lends", "lent",
                                           "loan", "loaned", "pay", "pays", "paid", "owe", "award", "awarded"]

    /// "… to Turkey and sent a team": an aid word that is a verb says nothing of the state before it.
    static func isVerb(_ word: String) -> Bool {
        word.hasSuffix("ed") || word.hasSuffix("ing") || ["send", "sends", "sent", "give", "gives", "gave", "provide", "provides",
                                                          "pledge", "pledges", "commit", "commits", "donate", "donates"].contains(word)
    }

    private func mostNamedState(_ doc: Document, excluding donor: String?) -> String? {
        let counts = Self.namings(in: doc) { ($0.best.kind == .country || $0.best.kind == .demonym) && !Self.isCurrencyPrefix(doc, $0.range) }
        return counts.filter { $0.key != donor }.max { $0.value != $1.value ? $0.value < $1.value : $0.key > $1.key }?.key
    }

    /// How many times the article names each state or body, by the matches that pass `test`.
    private static func namings(in doc: Document, where test: (Document.EntityMatch) -> Bool) -> [String: Int] {
        var counts: [String: Int] = [:]
        for (k, match) in doc.entityAt.enumerated() {
            guard let match, match.range.lowerBound == k, test(match) else { continue }
            counts[match.best.affiliation, default: 0] += 1
        }
        return counts
    }

    // MARK: - Amounts

    func moneyMentions(_ doc: Document, _ range: Range<Int>) -> [MoneyMention] {
        let t = doc.tokens
        var result: [MoneyMention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            // Symbol or code first: "$4.8 billion", "US$1 million", "IDR 2.2 trillion".
            if let form = doc.lexicon.currencies.match(t, at: i, limit: range.upperBound), !form.values.contains(where: \.isName) || form.values.contains(where: { !$0.isName }),
                let code = form.values.first(where: { !$0.isName })?.code
            {
                let k = i + form.length
                if k < range.upperBound, Self.opensAmount(t[k]), let (amount, end) = amount(t, at: k, limit: range.upperBound),
                    // A one-letter sign ("N 2.5 billion") only with its scale.
                    !(form.length == 1 && t[i].text.count == 1 && t[i].kind == .word && end - k < 2)
                {
                    result.append(MoneyMention(range: i..<end, amount: amount, currency: code))
                    i = end
                    continue
                }
            }
            // A symbol glued to its number in one word: "Rs120 million", "Tk50 crore".
            if t[i].kind == .word, let glued = gluedAmount(doc, at: i, limit: range.upperBound) {
                result.append(glued)
                i = glued.range.upperBound
                continue
            }
            // Number first: "600 million Euros", "120 million euros", "400 million USD".
            if Self.opensAmount(t[i]), let (amount, end) = amount(t, at: i, limit: range.upperBound), end < range.upperBound,
                let form = doc.lexicon.currencies.match(t, at: end, limit: range.upperBound), let code = form.values.first?.code,
                !(i > range.lowerBound && doc.lexicon.currencies.match(t, at: i - 1, limit: i) != nil)
            {
                result.append(MoneyMention(range: i..<end + form.length, amount: amount, currency: code))
                i = end + form.length
                continue
            }
            i += 1
        }
        // "Rs 120 million", "30 million dinars": a name several states' currencies share is the currency of the one of
        // them the article names most.
        return result.map { mention in
            guard let states = Self.sharedName(doc, mention.range) else { return mention }
            return MoneyMention(range: mention.range, amount: mention.amount, currency: Self.mostNamed(states, in: doc) ?? mention.currency)
        }
    }

    /// The states whose currency a bare shared name ("Rs", "rupees", "dinar", "pesos") may be, with their codes; nil for a
    /// currency named in full ("Kuwaiti dinars", "Indian rupees") or by its own sign.
    private static func sharedName(_ doc: Document, _ range: Range<Int>) -> [(state: String, code: String)]? {
        let t = doc.tokens
        let shared = doc.lexicon.sharedCurrencyNames
        // "Rs", "Rs.", glued or not ("Rs120 million"), abbreviates "rupees".
        let first = t[range.lowerBound].folded
        if first == "rs" || first == "rs." || (first.hasPrefix("rs") && first.dropFirst(2).first?.isNumber ?? false) { return shared["rupees"] }
        if let states = shared[first] { return states }
        let last = range.upperBound - 1
        guard last > range.lowerBound, let states = shared[t[last].folded] else { return nil }
        // "30 million dinars", not "30 million Kuwaiti dinars".
        return t[last - 1].kind == .number || scales[t[last - 1]] != nil ? states : nil
    }

    private static func mostNamed(_ states: [(state: String, code: String)], in doc: Document) -> String? {
        let counts = namings(in: doc) { match in states.contains { $0.state == match.best.affiliation } }
        // The first of the list on a tie: the likeliest.
        let best = states.max { (counts[$0.state] ?? 0) < (counts[$1.state] ?? 0) }
        return best.flatMap { (counts[$0.state] ?? 0) > 0 ? $0.code : nil }
    }


    /// "$21 million" on an Australian or Canadian government's site, or given by Australia or Canada where no site is
    /// told: that state's dollar. "US$" and "USD" stay US dollars.
    private func localDollar(_ m: MoneyMention, _ doc: Document, state: String?) -> String {
        guard m.currency == "USD", let state, let local = Self.localDollars[state], doc.tokens[m.range.lowerBound].text == "$" else { return m.currency }
        return local
    }

    private static let gaveVerbs: WordSet = ["provided", "pledged", "gave", "granted", "committed", "announced", "donated", "sent",
                                            "allocated", "extended", "disbursed", "released", "provides", "pledges", "gives"]
    static let localDollars: [String: String] = ["AU": "AUD", "CA": "CAD", "NZ": "NZD", "SG": "SGD", "HK": "HKD", "FJ": "FJD", "JM": "JMD"]

    /// "Rs120 million": the word's letters are a currency's symbol and its digits the number.
    private func gluedAmount(_ doc: Document, at i: Int, limit: Int) -> MoneyMention? {
        let t = doc.tokens
        let text = t[i].text
        // Most words hold no number.
        guard text.containsNumber else { return nil }
        guard let firstDigit = text.firstIndex(where: \.isNumber), firstDigit > text.startIndex else { return nil }
        let symbol = String(text[..<firstDigit])
        let digits = String(text[firstDigit...])
        guard digits.allSatisfy({ $0.isNumber || $0 == "." || $0 == "," }) else { return nil }
        func token(_ s: String, _ kind: Token.Kind) -> Token {
            Token(start: t[i].start, end: t[i].end, text: s, folded: fold(s), kind: kind, spaceBefore: t[i].spaceBefore, newlineBefore: false)
        }
        guard let form = doc.lexicon.currencies.match(Tokens([token(symbol, .word)]), at: 0),
            let code = form.values.first(where: { !$0.isName })?.code
        else { return nil }
        let rest = Tokens([token(digits, .number)] + t[(i + 1)..<limit])
        guard let (amount, end) = amount(rest, at: 0, limit: rest.count) else { return nil }
        // A one-letter sign ("N2.5 billion", the naira's in Nigerian copy) is money only with its scale: not "N95", "F16".
        if symbol.count == 1, symbol.unicodeScalars.contains(where: { $0.properties.isAlphabetic }), end < 2 { return nil }
        return MoneyMention(range: i..<(i + end), amount: amount, currency: code)
    }

    /// A figure, or a number in words ("KD nine million"), that may open an amount.
    private static func opensAmount(_ token: Token) -> Bool {
        token.kind == .number || (token.kind == .word && numberWords[token] != nil)
    }

    /// "4.8 billion" → 4,800,000,000 exactly; "850,000"; "63m"; "2million".
    private func amount(_ t: Tokens, at i: Int, limit: Int) -> (Int64, Int)? {
        // "KD nine million", "two billion dollars": a number in words, before a scale.
        if t[i].kind == .word {
            guard let n = Self.numberWords[t[i]], i + 1 < limit, t[i + 1].folded.count > 1, let scale = Self.scales[t[i + 1]], scale >= 100_000
            else { return nil }
            return (n * scale, i + 2)
        }
        let digits = t[i].text.replacingCommas()
        let parts = digits.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count <= 2, let whole = Int64(parts[0]) else { return nil }
        let fraction = parts.count == 2 ? String(parts[1]) : ""
        guard fraction.allSatisfy(\.isNumber) else { return nil }
        var end = i + 1
        var scale: Int64 = 1
        // "US$500-million", "$40.5-billion": the scale joined by a hyphen.
        if end + 1 < limit, t[end].text == "-", !t[end].spaceBefore, !t[end + 1].spaceBefore, t[end + 1].folded.count > 1,
            Self.scales[t[end + 1]] != nil
        {
            end += 1
        }
        if end < limit, let s = Self.scales[t[end]], t[end].kind == .word {
            // "m" and "b" only glued to the number: "$63m", not "$63 m…".
            if t[end].folded.count > 1 || !t[end].spaceBefore {
                scale = s
                end += 1
            }
        }
        var value = whole.multipliedReportingOverflow(by: scale)
        guard !value.overflow else { return nil }
        if !fraction.isEmpty {
            var divisor: Int64 = 1
            for _ in fraction { divisor *= 10 }
            guard let f = Int64(fraction) else { return nil }
            let part = f.multipliedReportingOverflow(by: scale)
            guard !part.overflow else { return nil }
            value = value.partialValue.addingReportingOverflow(part.partialValue / divisor)
        }
        guard !value.overflow, value.partialValue > 0 else { return nil }
        return (value.partialValue, end)
    }

    // MARK: - Roles

    /// "(€10 million)" right after a donor: "Italy (€10 million) and Germany (€60 million)".
    private func donorBeforeBracket(_ doc: Document, _ m: MoneyMention) -> String? {
        let k = m.range.lowerBound
        guard k >= 2, doc.tokens[k - 1].text == "(", let entity = doc.entityAt[k - 2] else { return nil }
        return entity.best.affiliation
    }

    /// A bracketed amount right after another, or after "about"/"around": a conversion.
    private func isConversion(_ doc: Document, _ m: MoneyMention, previous: MoneyMention?) -> Bool {
        let k = m.range.lowerBound
        guard k >= 1 else { return false }
        var j = k - 1
        while j >= 0, ["around", "about", "approximately", "roughly", "some", "over", "nearly", "almost", "or"].contains(doc.tokens[j]) { j -= 1 }
        guard j >= 0, doc.tokens[j].text == "(" else { return false }
        if let previous, previous.range.upperBound == j { return true }
        return donorBeforeBracket(doc, m) == nil
    }

    /// `statesOnly`: only a state named as such (a share of a total goes to a state, or to the total's recipient).
    private func recipient(_ doc: Document, _ m: MoneyMention, range: Range<Int>, until: Int, donor: String?, statesOnly: Bool = false) -> String? {
        let t = doc.tokens
        func place(in window: Range<Int>, cities: Bool = true) -> String? {
            var countries: [(code: String, possessive: Bool)] = []
            var demonym: String?
            var body: String?
            var k = window.lowerBound
            while k < window.upperBound {
                guard let entity = doc.entityAt[k], entity.range.lowerBound == k else {
                    k += 1
                    continue
                }
                let e = entity.best
                let possessive = entity.range.upperBound < t.count && (t[entity.range.upperBound].folded == "’s" || t[entity.range.upperBound].isFolded("'s"))
                // "US Military Assistance": the state before the aid words gives it.
                // … read up to a word that starts a phrase of its own ("Islamabad to support …" gives nothing).
                let after = entity.range.upperBound..<min(t.count, entity.range.upperBound + 2)
                let phraseEnd = after.first { t[$0].kind != .word || Self.phraseStarts.contains(t[$0]) } ?? after.upperBound
                // … not a body's fund the money goes to: "to the African Union Peace Fund" (whose words read as an office's too).
                let fundOfBody = e.kind == .organisation && k >= 2 && t[k - 1].isFolded("the") && t[k - 2].isFolded("to")
                // … nor a state's own fund: "to the Ukraine Energy Support Fund", "the Syria Humanitarian Fund".
                let fundOfState = e.kind == .country && Self.namesFund(doc, after: entity.range.upperBound)
                let givesAid = !fundOfBody && !fundOfState && (after.lowerBound..<phraseEnd).contains {
                    ((doc.cueAt[$0]?.classes.contains(.aid) ?? false) || (doc.cueAt[$0]?.classes.contains(.military) ?? false)
                        || (doc.cueAt[$0]?.classes.contains(.humanitarian) ?? false)) && !Self.isVerb(t[$0].folded)
                }
                // "UK Development Minister X": the state of an official, not of a place money goes to.
                let officials = !fundOfBody && !fundOfState && entity.range.upperBound < t.count && doc.titleAt[entity.range.upperBound] != nil
                    // "the $9.5 million Australia provided in December": the giver.
                    || (entity.range.upperBound < t.count && Self.gaveVerbs.contains(t[entity.range.upperBound]))
                // "equipment from India": where the goods come from, not who receives them; "extended by India": the giver.
                let origin = k > window.lowerBound && ["from", "by"].contains(t[k - 1])
                    // "through the Indonesian Embassy in Islamabad": the channel's own state, not the recipient.
                    || (k - 2 >= 0 && (["through", "via"].contains(t[k - 1])
                        || (t[k - 1].isFolded("the") && ["through", "via"].contains(t[k - 2]))))
                if e.affiliation != donor, !givesAid, !origin, !officials {
                    switch e.kind {
                    case .country, .province: countries.append((e.affiliation, possessive))
                    case .capital, .city: if cities { countries.append((e.affiliation, possessive)) }
                    case .demonym: if demonym == nil { demonym = hostOfDisplaced(doc, entity.range, range: range) ?? e.affiliation }
                    // "towards the activation of the ECOWAS Standby Force": a body, when no state is named.
                    case .organisation: if body == nil, !Self.channels.contains(e.code) { body = e.code }
                    default: break
                    }
                }
                k = entity.range.upperBound
            }
            if let plain = countries.first(where: { !$0.possessive }) { return plain.code }
            return countries.first?.code ?? (statesOnly ? nil : demonym ?? body)
        }
        // "Germany will give Moldova €75m", "will send Ukraine a package worth …": the state right after the verb.
        var b = m.range.lowerBound - 1
        // … past what the package is: "will send Ukraine a new military aid package worth 1.5 billion zlotys".
        while b > range.lowerBound, Self.packageWords.contains(t[b]) { b -= 1 }
        if b > range.lowerBound, let entity = doc.entityAt[b], entity.best.kind == .country || entity.best.kind == .demonym,
            entity.range.lowerBound > range.lowerBound, Self.givingVerbs.contains(t[entity.range.lowerBound - 1]),
            entity.best.affiliation != donor
        {
            return entity.best.affiliation
        }
        // After the amount: "… for Israel", "to crisis-hit Afghanistan", "in Somalia" (counted past a conversion in brackets:
        // "AED 73.4 million (US$20 million) to the World Food Programme (WFP) to provide food assistance to …").
        var k = m.range.upperBound
        let base = k < range.upperBound && t[k].single == "("
            ? (k + 1..<min(range.upperBound, k + 8)).first { t[$0].single == ")" }.map { $0 + 1 } ?? k : k
        let stop = min(until, base + 16)
        while k < stop {
            // "… a Dh110 million loan agreement with the Government of Chad": the party to the agreement.
            // … not "Pakistan signed a $1 billion loan agreement with Saudi Arabia" (the lender).
            let party = t[k].isFolded("with") && k > 0
                && ((Self.agreementWords.contains(t[k - 1]) && k + 3 < t.count
                    && t[k + 1].isFolded("the") && t[k + 2].isFolded("government") && t[k + 3].isFolded("of"))
                    // "New Zealand's bilateral development programme with Tuvalu, worth NZ$34 million": the partner of a programme.
                    || Self.programmeWords.contains(t[k - 1]))
            if party || ["for", "to", "in", "inside", "towards", "near"].contains(t[k]), !(k > 0 && ["according", "due", "thanks"].contains(t[k - 1])) {
                if let code = place(in: k + 1..<stop) { return code }
                // "… with the World Food Programme (WFP) to provide food baskets to the most vulnerable families in Yemen's
                // Hodeidah governorate": the people the money is for, further on in the same clause.
                let clauseEnd = (stop..<min(until, m.range.upperBound + 32)).first { [";", ":"].contains(t[$0].text) || doc.hasCue(.aid, in: $0..<$0 + 1) }
                    ?? min(until, m.range.upperBound + 32)
                var j = k + 1
                while j < clauseEnd {
                    if ["for", "to", "in"].contains(t[j]), let code = place(in: j + 1..<min(clauseEnd, j + 6)) { return code }
                    j += 1
                }
                break
            }
            k += 1
        }
        // "Japan will provide Malaysia with coastal radars worth …": the state a verb of supply takes before "with".
        if let supplied = suppliedState(doc, range.lowerBound..<m.range.lowerBound, donor: donor) { return supplied }
        // "$60 million will support the modernization of Moldova's armed forces and $32 million will help Georgia …": the
        // state whose forces or people the money serves, or that a verb of help takes, before the next amount.
        var j = m.range.upperBound
        while j < min(until, m.range.upperBound + 14) {
            if let entity = doc.entityAt[j], entity.range.lowerBound == j, entity.best.kind == .country, entity.best.affiliation != donor {
                let possessive = entity.range.upperBound < t.count && ["'s", "’s"].contains(t[entity.range.upperBound])
                if possessive || (j > 0 && Self.helpVerbs.contains(t[j - 1])) { return entity.best.affiliation }
                j = entity.range.upperBound
                continue
            }
            j += 1
        }
        // Before it: "aid to Ukraine in the amount of $400 million", "projects in Somalia at a cost of $200 million",
        // "Inside Sudan, the new funding includes …"; the words the preposition takes, up to a comma, not "In a separate
        // development, Sweden, through Sida, has committed …"; a state, not a city where the deal was signed ("signed, at the
        // Ministry's headquarters in Doha, a grant agreement under which …").
        k = m.range.lowerBound - 1
        while k >= range.lowerBound {
            if ["for", "to", "in", "inside"].contains(t[k]) || (t[k].isFolded("with") && k > 0 && Self.programmeWords.contains(t[k - 1])) {
                let end = min(m.range.lowerBound, k + 8)
                if let code = place(in: k + 1..<((k + 1..<end).first { t[$0].text == "," } ?? end), cities: false) { return code }
            }
            k -= 1
        }
        return nil
    }

    /// "food assistance to Sudanese refugees and host communities in eastern Chad": the state that hosts a people driven
    /// from their own, named after them in their clause.
    private func hostOfDisplaced(_ doc: Document, _ demonym: Range<Int>, range: Range<Int>) -> String? {
        let t = doc.tokens
        guard demonym.upperBound < range.upperBound, Self.displacedWords.contains(t[demonym.upperBound]) else { return nil }
        for k in demonym.upperBound + 1..<min(range.upperBound, demonym.upperBound + 10) {
            if [",", ";", ":"].contains(t[k].text) { return nil }
            guard t[k].isFolded("in") else { continue }
            var j = k + 1
            while j < range.upperBound, j < k + 3, doc.entityAt[j] == nil, !t[j].isCapitalized { j += 1 }
            if j < range.upperBound, let state = doc.entityAt[j], state.best.kind == .country { return state.best.affiliation }
            return nil
        }
        return nil
    }

    static let displacedWords: WordSet = ["refugees", "refugee", "migrants", "asylum-seekers", "evacuees", "returnees"]

    /// "provide Malaysia with", "equip the Philippines with", "supplying Ukraine with": the state between a verb of supply
    /// and "with".
    private func suppliedState(_ doc: Document, _ window: Range<Int>, donor: String?) -> String? {
        let t = doc.tokens
        for k in window where Self.supplyVerbs.contains(t[k]) {
            var j = k + 1
            if j < window.upperBound, t[j].isFolded("the") { j += 1 }
            guard j < window.upperBound, let entity = doc.entityAt[j], entity.range.lowerBound == j,
                entity.best.kind == .country, entity.best.affiliation != donor,
                entity.range.upperBound < window.upperBound, t[entity.range.upperBound].isFolded("with")
            else { continue }
            return entity.best.affiliation
        }
        return nil
    }

    /// The day of the signing or the encounter the sentence just before `s`, in its paragraph, tells of: "On Wednesday,
    /// Wendland and Dossou-Yovo signed an agreement on new commitments. Germany will provide €62 million …". Not the day
    /// of anything else ("Cyclone Freddy made landfall on 11 March. The UK will provide £7 million …" is news of the day).
    private func paragraphDay(_ doc: Document, before s: Int, resolver: DateResolver) -> DateMention? {
        guard s > 0, !doc.opensParagraph(s) else { return nil }
        let previous = doc.sentences[s - 1].range
        guard doc.hasCue(.sign, in: previous) || doc.hasCue(.meet, in: previous) else { return nil }
        return resolver.dates(in: doc.tokens, range: previous, anchor: doc.anchor, lean: .past).last { $0.precision == .day }
    }

    /// The day of a donors' conference or summit the article tells pledges were made at: a sentence tells of aid at the
    /// event ("pledged … at a conference in Geneva"), and one dates it ("at Tuesday's conference", "the conference on 24
    /// June"); not another one ("last year's conference"), not a press conference, not one still to come.
    private func pledgingDay(_ doc: Document, resolver: DateResolver) -> Day? {
        let t = doc.tokens
        func events(in range: Range<Int>) -> [Int] {
            range.filter { k in
                Self.pledgingEvents.contains(t[k]) && !(max(range.lowerBound, k - 3)..<k).contains { MeetingExtractor.otherEventWords.contains(t[$0]) }
                    && !(k > range.lowerBound && ["press", "news"].contains(t[k - 1]))
            }
        }
        guard doc.sentences.contains(where: { !events(in: $0.range).isEmpty && doc.hasCue(.aid, in: $0.range) }) else { return nil }
        for sentence in doc.sentences {
            for k in events(in: sentence.range) {
                if let day = resolver.dates(in: t, range: MeetingExtractor.around(k, in: sentence.range), anchor: doc.anchor, lean: .past).first(where: { $0.precision == .day }),
                    day.day <= doc.anchor
                {
                    return day.day
                }
            }
        }
        return nil
    }

    private static let pledgingEvents: WordSet = ["conference", "summit"]

    /// What a sentence that told of aid without an amount says of it, for the sentence that prices it.
    private struct Unpriced {
        let sentence: Int
        let donor: String?
        let recipient: String?
        let dates: [DateMention]
        let kind: AidKind
    }

    private func unpriced(_ doc: Document, sentence s: Int, resolver: DateResolver) -> Unpriced {
        let range = doc.sentences[s].range
        // Its first word of aid stands for the amount it does not state: "Japan will provide Malaysia with coastal radars under
        // its Official Security Assistance program, … as Tokyo steps up support for nations facing pressure from China".
        let at = range.first { doc.cueAt[$0]?.classes.contains(.aid) ?? false } ?? range.upperBound
        let stand = MoneyMention(range: at..<at, amount: 0, currency: "")
        let recipient = self.recipient(doc, stand, range: range, until: range.upperBound, donor: nil)
        return Unpriced(sentence: s, donor: donor(doc, stand, range: range, recipient: recipient), recipient: recipient,
                        dates: resolver.dates(in: doc.tokens, range: range, anchor: doc.anchor, lean: .past), kind: kind(doc, range))
    }

    /// "The equipment, worth 400 million yen, …", "The vessels are valued at $30 million": a sentence that prices what the
    /// one before it gave, by a word of value before its amount and a reference to something told already.
    /// Not "The navy's new frigates, worth $2 billion, were built in Lumut": the subject is goods, or a word of `told`.
    private func isPricing(_ doc: Document, _ range: Range<Int>, told: Range<Int>) -> Bool {
        let t = doc.tokens
        guard range.count > 4, Self.referringOpeners.contains(t[range.lowerBound]),
            doc.hasCue(.value, in: range), !range.contains(where: { Self.tradeOrLoss.contains(t[$0]) })
        else { return false }
        // The subject's noun: the first word after the opener and its adjectives, before a comma or a verb.
        let subject = (range.lowerBound + 1..<min(range.upperBound, range.lowerBound + 5)).prefix { t[$0].kind == .word }
        if subject.isEmpty { return ["it", "they"].contains(t[range.lowerBound]) }
        return subject.contains { k in Self.goodsNouns.contains(t[k]) || told.contains { t[$0].folded == t[k].folded && t[k].folded.count > 3 } }
    }

    private static let programmeWords: WordSet = ["programme", "program", "partnership", "cooperation"]
    private static let agreementWords: WordSet = ["agreement", "agreements", "accord", "memorandum", "deal"]
    private static let supplyVerbs: WordSet = ["provide", "provides", "provided", "providing", "supply", "supplies", "supplied",
                                               "supplying", "equip", "equips", "equipped", "equipping", "furnish", "furnished",
                                               "present", "presented", "gift", "gifted"]
    private static let referringOpeners: WordSet = ["the", "this", "these", "those", "it", "they", "such"]
    private static let tradeOrLoss: WordSet = ["deal", "deals", "order", "orders", "export", "exports", "exported", "import", "imports",
                                               "imported", "sale", "sales", "sold", "bought", "purchase", "purchased", "contract",
                                               "damage", "damages", "loss", "losses", "cost", "costs", "trade"]
    private static let reliefGoods: WordSet = ["supplies", "goods", "food", "medicines", "medicine", "medical", "relief", "kits", "tents",
                                               "shelter", "blankets", "rice", "wheat", "vaccines", "tonnes", "tons", "equipment", "trucks"]
    private static let goodsNouns: WordSet = ["equipment", "radars", "radar", "vessels", "vessel", "boats", "boat", "aircraft", "vehicles",
                                              "supplies", "shipment", "consignment", "package", "goods", "items", "donation", "assistance",
                                              "aid", "materials", "systems", "craft", "cargo", "gear", "grant", "support", "gift"]

    /// "US$136 million", "A$45 million": a state's letters that are part of a currency's sign.
    static func isCurrencyPrefix(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.upperBound < doc.tokens.count && doc.tokens[range.upperBound].text == "$" && !doc.tokens[range.upperBound].spaceBefore
    }

    private static let helpVerbs: WordSet = ["help", "helps", "helping", "support", "supports", "assist", "assists", "enable",
                                             "enables", "allow", "allows", "benefit", "benefits", "fund", "funds"]
    private static let phraseStarts: WordSet = ["to", "for", "in", "of", "and", "with", "by", "from", "on", "at", "will", "would", "has", "is"]
    private static let packageWords: WordSet = ["a", "an", "another", "additional", "further", "new", "extra", "package", "worth", "of",
                                                "military", "aid", "humanitarian", "security", "economic", "financial", "assistance",
                                                "support", "arms", "weapons", "defence", "defense", "development", "emergency"]

    private func donor(_ doc: Document, _ m: MoneyMention, range: Range<Int>, recipient: String?) -> String? {
        let t = doc.tokens
        var candidates: [(code: String, priority: Int)] = []
        var k = range.lowerBound
        while k < m.range.lowerBound {
            guard let entity = doc.entityAt[k], entity.range.lowerBound == k else {
                k += 1
                continue
            }
            let e = entity.best
            let before = k > range.lowerBound ? t[k - 1].folded : ""
            let before2 = k > range.lowerBound + 1 ? t[k - 2].folded : ""
            // "an agreement between the Abu Dhabi Fund for Development and the Government of Mauritania": the counterpart.
            let counterpartGovernment = before == "of" && before2 == "government" && k >= range.lowerBound + 4
                && ["and", "with"].contains(t[k - 4])
            // "thanked the minister for Finland's steadfast support to Ukraine": a state whose aid it is gives, after any word.
            let possessive = entity.range.upperBound + 1 < m.range.lowerBound && ["'s", "’s"].contains(t[entity.range.upperBound])
            let givesAid = possessive && (entity.range.upperBound + 1..<min(m.range.lowerBound, entity.range.upperBound + 4)).contains {
                doc.cueAt[$0]?.classes.contains(.aid) ?? false
            }
            if e.affiliation != recipient, givesAid || !["to", "for", "in", "inside", "within", "against", "near", "at"].contains(before), !counterpartGovernment,
                !Self.isCurrencyPrefix(doc, entity.range), !(before == "the" && ["to", "for", "in"].contains(before2)),
                e.kind != .city, e.kind != .province, !Self.opensName(doc, entity)
            {
                let priority = before == "by" || before2 == "by" || before == "from" ? 0 : 1
                // An agency that carries aid ("$110 million for the World Food Programme (WFP) …, and $45 million") gives
                // none unless it is the one acting or named as the giver.
                if Self.channels.contains(e.code), priority > 0, k > range.lowerBound + 1 {
                    k = entity.range.upperBound
                    continue
                }
                candidates.append((e.affiliation, priority))
                if priority == 0 { return e.affiliation }
            }
            k = entity.range.upperBound
        }
        // "a contribution of US$5 million by the Federal Republic of Nigeria to the African Union Peace Fund": the state
        // the amount is given by.
        if let by = (m.range.upperBound..<min(range.upperBound, m.range.upperBound + 3)).first(where: { t[$0].isFolded("by") }),
            let state = (by + 1..<min(range.upperBound, by + 6)).lazy.compactMap({ doc.entityAt[$0] }).first,
            state.best.kind != .city, state.best.kind != .province, state.best.affiliation != recipient, !Self.channels.contains(state.best.code)
        {
            return state.best.affiliation
        }
        // The state nearest before the amount acts: "UKRAINE: The EU announces €205 million".
        return candidates.last?.code
    }

    /// "the Ministers signed an agreement on NOK 60 million in support to …", in a joint statement of Norway and Ethiopia:
    /// a state's own currency, when the article names that state, tells who gives. (An ISO 4217 code of a national
    /// currency opens with its state's ISO 3166 code; the dollar and the euro are many states', the X codes none's.)
    private func currencyState(_ doc: Document, _ currency: String, excluding recipient: String?) -> String? {
        guard currency.utf8.count == 3, !["USD", "EUR"].contains(currency), !currency.hasPrefix("X") else { return nil }
        let state = String(currency.prefix(2))
        guard state != recipient, doc.entityAt.contains(where: { $0?.best.affiliation == state && $0?.best.kind != .organisation }) else { return nil }
        return state
    }

    /// "allocate CAD 200 million for the purchase of American weapons for Ukraine": money given for a purchase is aid; the
    /// window's only words of trade are that purchase, after the amount.
    private func fundsPurchase(_ doc: Document, _ m: MoneyMention, _ window: Range<Int>) -> Bool {
        doc.cueIndices(.notAid, in: window).allSatisfy { k in
            guard k > m.range.upperBound, ["purchase", "purchases"].contains(doc.tokens[k]) else { return false }
            let b = doc.tokens[k - 1].isFolded("the") ? k - 2 : k - 1
            return doc.tokens[b].isFolded("for")
        }
    }

    /// Whether the words from `k` are a verb of giving or announcing, past auxiliaries: "announced", "has pledged", "will also
    /// provide".
    private static func announces(_ doc: Document, after k: Int, before end: Int) -> Bool {
        var j = k
        while j < end, Self.auxiliaries.contains(doc.tokens[j]) { j += 1 }
        return j < end && (Self.gaveVerbs.contains(doc.tokens[j]) || (doc.cueAt[j]?.classes.contains(.announce) ?? false))
    }

    private static let auxiliaries: WordSet = ["has", "have", "had", "will", "would", "also", "today", "then", "further"]

    /// The first state or body the article names that is not the recipient.
    private func articleDonor(_ doc: Document, excluding recipient: String?) -> String? {
        for match in doc.entityAt.compactMap({ $0 }) where match.best.affiliation != recipient && match.best.kind != .city && match.best.kind != .capital
            && match.best.kind != .province
        {
            return match.best.affiliation
        }
        return nil
    }

    /// "Nations have pledged", "a group of nations", "donors": a total over several donors.
    private func hasGenericDonors(_ doc: Document, _ range: Range<Int>) -> Bool {
        // … not the "Nations" of the United Nations.
        // … nor a word of a body's name ("the Neighbouring Countries Economic Development Cooperation Agency").
        range.contains { k in
            ["nations", "countries", "donors"].contains(doc.tokens[k]) && doc.entityAt[k] == nil
                && (!doc.tokens[k].isCapitalized || k == range.lowerBound)
        }
    }

    /// "brings the total … to €843 million", "has provided more than $668 million", "takes … to more than £2million".
    private func isRunningTotal(_ doc: Document, _ m: MoneyMention, range: Range<Int>, previous: MoneyMention?) -> Bool {
        let start = previous?.range.upperBound ?? range.lowerBound
        // "Together, the contributions amount to more than US$ 36 million": the sum of those told.
        if previous == nil, range.count > 2, doc.tokens[range.lowerBound].isFolded("together"), doc.tokens[range.lowerBound + 1].text == "," {
            return true
        }
        // … not a "since" told after the amount before ("$8 million for Pakistan, where floods have killed 800 people since late
        // June, and $4 million for Afghanistan"): that one dates the first amount's clause.
        if doc.cueIndices(.cumulative, in: start..<max(start, m.range.lowerBound)).contains(where: { previous == nil || !doc.tokens[$0].isFolded("since") }) {
            return true
        }
        // "… $44 billion in security assistance to Ukraine since the start of the war", "… so far".
        let after = m.range.upperBound..<min(range.upperBound, m.range.upperBound + 12)
        return after.contains { k in
            guard let cue = doc.cueAt[k], cue.range.lowerBound == k, cue.classes.contains(.cumulative) else { return false }
            // "since 2022", "since the start of the war", not "since Red Sea shipping attacks slashed its revenue".
            if doc.tokens[k].isFolded("since"), cue.range.count == 1 {
                // "… at Egypt's central bank, which has been short of currency since the Red Sea attacks": the clause's time.
                // … nor "$8 million for Pakistan, where floods have killed 800 people since late June".
                if (m.range.upperBound..<k).contains(where: { ["which", "who", "that", "where"].contains(doc.tokens[$0]) }) { return false }
                return k + 1 < doc.tokens.count && (doc.tokens[k + 1].kind == .number || Self.sinceOpeners.contains(doc.tokens[k + 1])
                    || DateResolver.months[doc.tokens[k + 1]] != nil)
            }
            // "… in aid to Sudan over the past ten years".
            return ["since", "so", "to", "in", "overall", "altogether", "over"].contains(doc.tokens[k])
        }
    }

    /// The words that open a time after "since": "since 2019", "since the war began", "since last year", "since March".
    private static let sinceOpeners: WordSet = ["the", "then", "last", "early", "late", "mid", "its", "their", "independence"]

    /// "Of this amount, …", "Of the total, …", "Of that sum": a sentence that shares out the amount told before it.
    /// Where the shares begin, or nil when the sentence does not open so.
    private func sharesOfTotal(_ doc: Document, _ range: Range<Int>) -> Int? {
        let t = doc.tokens
        var k = range.lowerBound
        // "The funding includes £4 million for the Philippines and £2.5 million for Vietnam", "This comprises …".
        if k + 3 < range.upperBound, ["the", "this"].contains(t[k]) {
            let verb = Self.totalWords.contains(t[k + 1]) ? k + 2 : k + 1
            if verb + 1 < range.upperBound, Self.containVerbs.contains(t[verb]) { return verb + 1 }
        }
        guard k + 2 < range.upperBound, t[k].isFolded("of") else { return nil }
        k += 1
        guard ["this", "that", "the", "these", "which"].contains(t[k]) else { return nil }
        k += 1
        if t[k].text == "," { return k + 1 }
        if t[k].kind == .number || doc.lexicon.currencies.match(t, at: k, limit: range.upperBound) != nil { return k }
        return Self.totalWords.contains(t[k]) && k + 1 < range.upperBound && t[k + 1].text == "," ? k + 2 : nil
    }

    /// A line that opens as an item of a list: "- US$ 350 million for …", "• €20 million …", "2. A loan of …".
    static func opensListItem(_ doc: Document, _ range: Range<Int>) -> Bool {
        guard let first = range.first, doc.tokens[first].newlineBefore || first == 0 else { return false }
        return Self.listMarks.contains(doc.tokens[first].text) || (doc.tokens[first].text.count <= 2 && numbersItem(doc, first, range))
    }
    /// "1." or "2)" alone: an item's number, split from its words.
    static func isItemNumber(_ doc: Document, _ range: Range<Int>) -> Bool {
        range.count == 2 && numbersItem(doc, range.lowerBound, range)
    }
    /// A number and the mark after it that number a list's item: "1.", "2)".
    private static func numbersItem(_ doc: Document, _ k: Int, _ range: Range<Int>) -> Bool {
        k + 1 < range.upperBound && doc.tokens[k].kind == .number && [".", ")"].contains(doc.tokens[k + 1].text)
    }
    private static let listMarks: Set<String> = ["-", "•", "*", "–", "—", "·", "▪", "◦"]

    /// "The remaining $148 million", "The rest", "The remainder": the next share of a total shared out before.
    private static let remainderWords: WordSet = ["remaining", "rest", "remainder", "balance", "other"]
    private static let containVerbs: WordSet = ["includes", "comprises", "consists", "covers"]
    private static let totalWords: WordSet = ["amount", "total", "sum", "package", "funding", "money", "envelope", "allocation", "pledge"]

    /// "$5 million and $7 million" after "between", "$5 million to $7 million", "$5-7 million": one range of one commitment.
    private func isRange(_ doc: Document, _ low: MoneyMention, _ high: MoneyMention) -> Bool {
        let between = low.range.upperBound..<high.range.lowerBound
        guard between.count == 1, ["and", "to", "-", "–"].contains(doc.tokens[between.lowerBound]) else { return false }
        return !doc.tokens[between.lowerBound].isFolded("and")
            || (low.range.lowerBound > 0 && doc.tokens[low.range.lowerBound - 1].isFolded("between"))
    }

    /// "up from $1.5 billion in the previous five years", "compared with $80 million last year": an earlier figure; "23 per
    /// cent of the $1.8 billion": a share of a sum.
    private func isComparison(_ doc: Document, _ m: MoneyMention, range: Range<Int>) -> Bool {
        let t = doc.tokens
        let k = m.range.lowerBound
        guard k - 2 >= range.lowerBound else { return false }
        let (a, b) = (t[k - 2].folded, t[k - 1].folded)
        // "only 23 per cent of the US$ 1.8 billion that UNHCR requires": a share of a sum, not a sum given.
        let percent = b == "the" ? (k - 3 >= range.lowerBound && t[k - 2].isFolded("of") ? t[k - 3].folded : nil) : (b == "of" ? a : nil)
        return (b == "from" && ["up", "down", "increase", "rise", "jump", "fall", "drop"].contains(a))
            || (["with", "to"].contains(b) && a == "compared")
            || percent.map { ["cent", "percent", "%"].contains($0) } ?? false
    }

    /// "€110 million …, of which €100 million … and €10 million …": the index of the total.
    private func ofWhichSplit(_ doc: Document, _ money: [MoneyMention]) -> Int? {
        for (n, m) in money.enumerated() where n + 1 < money.count {
            let between = m.range.upperBound..<money[n + 1].range.lowerBound
            if between.contains(where: { doc.tokens[$0].isFolded("which") }) && between.contains(where: { doc.tokens[$0].isFolded("of") }) {
                // A share within one recipient is a part, not a split: it needs a second share.
                if n + 2 < money.count { return n }
            }
        }
        return nil
    }

    private static let kinds: [AidKind] = [.military, .humanitarian, .development, .financial, .economic]

    private func kind(_ doc: Document, _ range: Range<Int>) -> AidKind {
        Self.kinds.first { doc.hasCue($0.rawValue, in: range) } ?? .other
    }

    /// The kind named beside the amount ("$21 million in budget support … as it rebuilds from the earthquake" is budget
    /// support), else in the amount's part of the sentence, else in the sentence.
    private func kind(_ doc: Document, _ range: Range<Int>, near amount: Range<Int>, within segment: Range<Int>, article: () -> AidKind) -> AidKind {
        // Beside it, the nearest: "€300 million in military aid and €20 million in humanitarian aid".
        let beside = max(segment.lowerBound, amount.lowerBound - 4)..<min(segment.upperBound, amount.upperBound + 4)
        var nearest: (kind: AidKind, distance: Int)?
        for k in beside where !amount.contains(k) {
            guard let kind = Self.kinds.first(where: { doc.cueAt[k]?.classes.contains($0.rawValue) ?? false }) else { continue }
            let distance = k < amount.lowerBound ? amount.lowerBound - k : k - amount.upperBound
            if nearest == nil || distance < nearest!.distance { nearest = (kind, distance) }
        }
        if let nearest { return nearest.kind }
        for window in [segment, range] {
            if let kind = Self.kinds.first(where: { doc.hasCue($0.rawValue, in: window) }) { return kind }
        }
        return article()
    }

    /// The kind the article names most, for an amount whose sentence names none ("The UK will provide £7 million" in a
    /// release about a cyclone's victims and their humanitarian needs).
    private func articleKind(_ doc: Document) -> AidKind {
        var counts: [AidKind: Int] = [:]
        for kind in Self.kinds { counts[kind] = doc.cueIndices(kind.rawValue, in: 0..<doc.tokens.count).count }
        return Self.kinds.filter { counts[$0, default: 0] > 0 }.max { counts[$0]! < counts[$1]! } ?? .other
    }
}

extension String {
    fileprivate func replacingCommas() -> String { String(filter { $0 != "," }) }
}

/// Finds the people named in a document, with the title and country the text gives them.
///
/// A run of capitalised words is a person when something anchors it: a title before it
/// ("Israeli Defense Minister Benny Gantz", "Minister of Defense of Japan Minoru Kihara"), a title
/// after it ("Gantz, Israel's defense minister"), an honorific ("Mr. Stoltenberg"), "his
/// counterpart", a byline, a verb of speech or meeting ("Lowcock stressed"), "the Trump
/// administration", or an earlier mention of the same person.
struct PersonFinder: Sendable {
    func mentions(in doc: Document) -> [PersonMention] {
        var result: [PersonMention] = []
        var known = KnownNames()
        // Where the latest credit line's name ended: "(Reporting by A and B; Editing by C)".
        var creditEnd = -1
        // "his Dutch, Polish and Finnish counterparts, A, B and C": the states of the list, and the next name's place in it.
        var counterpartList: (states: [String], next: Int, after: Int)?
        for (index, sentence) in doc.sentences.enumerated() {
            counterpartList = nil
            // "HONOURABLE MINISTER OF FOREIGN AFFAIRS HOLDS BILATERAL AND TRILATERAL MEETINGS": a heading in capitals that
            // tells of meetings or aid tells no name from any other word; the body names the people again. (A signature
            // in capitals, "EVELYN M. HARTWELL, SECRETARY OF STATE", tells of nothing, and is read.)
            if Self.isShouted(doc, sentence.range), doc.hasCue(.meet, in: sentence.range) || doc.hasCue(.aid, in: sentence.range) { continue }
            var i = sentence.range.lowerBound
            while i < sentence.range.upperBound {
                guard let found = nameSpan(doc, at: i, end: sentence.range.upperBound) else {
                    i += 1
                    continue
                }
                // "Chairwoman of the National Assembly Tran Thi Nga": the portfolio's last words are not the name's first.
                guard let span = portfolioTrimmed(doc, found, floor: sentence.range.lowerBound, end: sentence.range.upperBound) else {
                    i = found.upperBound
                    continue
                }
                // "Foreign Ministers A of Ecuador and B of Peru": the office of a plural title, shared by the next name after "and".
                let shared = result.last.flatMap { last -> (title: String, head: String?)? in
                    guard last.sentence == index, last.pluralOffice, let title = last.title, span.lowerBound > last.extent.upperBound,
                        span.lowerBound - last.extent.upperBound <= 4, doc.tokens[span.lowerBound - 1].isFolded("and")
                    else { return nil }
                    return (title, last.titleHead)
                }
                if counterpartList == nil, let states = pluralCounterparts(doc, before: span.lowerBound, floor: sentence.range.lowerBound) {
                    counterpartList = (states, 0, span.lowerBound)
                }
                let listed = counterpartList.map { list in
                    list.next == 0 ? list.after == span.lowerBound
                        : (list.after == span.lowerBound - 1 && [",", "and"].contains(doc.tokens[span.lowerBound - 1]))
                            // "…, Paweł Sobczyk, and Ville Kantola"
                            || (list.after == span.lowerBound - 2 && doc.tokens[span.lowerBound - 2].text == ","
                                && doc.tokens[span.lowerBound - 1].isFolded("and"))
                } ?? false
                // "Undersecretary … Martín Olvera Reséndiz and the Ambassador of Honduras, Claudia Padilla": an office ends at the
                // person named before it.
                let named = result.last.flatMap { $0.sentence == index && $0.extent.upperBound <= span.lowerBound ? $0.extent.upperBound : nil }
                if var mention = mention(doc, span: span, sentence: index, sentenceRange: sentence.range, known: &known, creditEnd: creditEnd,
                                         sharedOffice: shared != nil || listed, officeFloor: named ?? sentence.range.lowerBound)
                {
                    if let shared, mention.title == nil {
                        mention.title = shared.title
                        mention.titleHead = shared.head
                    }
                    if listed, let list = counterpartList {
                        if list.next < list.states.count { mention.country = list.states[list.next] }
                        counterpartList = (list.states, list.next + 1, mention.extent.upperBound)
                    }
                    result.append(mention)
                    known.insert(mention.keys)
                    if mention.isCredit { creditEnd = mention.range.upperBound }
                    i = max(span.upperBound, mention.extent.upperBound)
                } else {
                    i = span.upperBound
                }
            }
        }
        WorkMeter.current?.add(known.comparisons, "names")
        return result
    }

    // MARK: - Name spans

    /// Whether token `i` can be a word of a name.
    func isNameWord(_ doc: Document, _ i: Int) -> Bool {
        // Read in place (`t[i]`): a copy of the token retains and releases its strings, at every word.
        let t = doc.tokens
        guard t[i].kind == .word else { return false }
        if t[i].isAllCaps, t[i].text == "HE" { return isSurnameHE(doc, i) }
        // "UN-recognised", "Saudi-led", "Russian-made": a compound adjective, not a name.
        if t[i].hasHyphen, let tail = t[i].folded.split(separator: "-").last, Self.compoundTails.contains(where: { tail.hasSuffix($0) }),
            t[i].text.split(separator: "-").last?.first?.isLowercase ?? false
        {
            return false
        }
        // The checks below only refuse; a word in lower case passes none of them but the last.
        if !t[i].isCapitalized, !t[i].isAllCaps, !t[i].foldedHasPrefix("al-"), !t[i].foldedHasPrefix("el-") { return false }
        if doc.titleAt[i] != nil { return false }
        if DateResolver.months[t[i]] != nil && t[i].folded.count > 2 { return false }
        if DateResolver.weekdays[t[i]] != nil { return false }
        // A possessive starts with an apostrophe: other words are refused by their first byte, without comparing strings.
        if t[i].foldedFirst == UInt8(ascii: "'") || t[i].foldedFirst == 0xE2, t[i].folded == "’s" || t[i].isFolded("'s") { return false }
        if doc.entityAt[i] != nil || doc.inRegion[i] { return false }
        if t[i].isCapitalized || t[i].isAllCaps { return !doc.lexicon.notNames.contains(t[i]) || t[i].isAllCaps && t[i].text.count > 3 }
        // al-Anouni, el-Sisi
        return t[i].folded.hasPrefix("al-") || t[i].folded.hasPrefix("el-")
    }

    /// The longest name starting at `start`: name words, inner particles ("bin", "al", "von der"),
    /// initials ("J."), and a trailing suffix ("III", "Jr.").
    func nameSpan(_ doc: Document, at start: Int, end: Int) -> Range<Int>? {
        let particleStart = !doc.tokens[start].isCapitalized && start > 0 && doc.titleAt[start - 1] != nil
            && PersonEntity.particles.contains(doc.tokens[start]) && start + 1 < end
            && (isNameWord(doc, start + 1) || (PersonEntity.particles.contains(doc.tokens[start + 1]) && start + 2 < end && isNameWord(doc, start + 2)))
        // "Ambassador Jan Sullivan": a month's name after a title, before a name word, is a first name.
        let monthStart = doc.tokens[start].isCapitalized && start > 0 && doc.titleAt[start - 1] != nil
            && DateResolver.months[doc.tokens[start]] != nil && doc.entityAt[start] == nil && start + 1 < end && isNameWord(doc, start + 1)
        // "the World Bank's Vice President for South Asia, Sofia Lindgren": a one-word city after a title or its comma,
        // before a name word, is a first name.
        let cityStart = doc.tokens[start].isCapitalized && start > 0 && (doc.titleAt[start - 1] != nil || doc.tokens[start - 1].text == ",")
            && doc.entityAt[start].map { $0.range.count == 1 && ($0.best.kind == .city || $0.best.kind == .capital) } ?? false
            && start + 1 < end && isNameWord(doc, start + 1) && !doc.tokens[start + 1].isAllCaps
        // "General Secretary … of Vietnam To Van Binh", "Minister Le Hoai Trung": a short capitalised function word after an
        // office, before a name word, is a surname.
        let surnameStart = doc.tokens[start].isCapitalized && !doc.tokens[start].isAllCaps && start > 0 && (doc.titleAt[start - 1] != nil || doc.entityAt[start - 1] != nil)
            && Self.functionWordSurnames.contains(doc.tokens[start]) && doc.entityAt[start] == nil
            && doc.titleAt[start] == nil && start + 1 < end && isNameWord(doc, start + 1) && !doc.tokens[start + 1].isAllCaps
        // "Prince Sultan bin Mishari", "Sheikh Emir bin …": a royal style after another style, before "bin", is a given name.
        let royalStart = start > 0 && start + 2 < end && doc.tokens[start].isCapitalized && Self.royalStyles.contains(doc.tokens[start])
            && doc.titleAt[start - 1] != nil && Self.royalStyles.contains(doc.tokens[start - 1])
            && Self.patronymics.contains(doc.tokens[start + 1]) && isNameWord(doc, start + 2)
        // "the new Pakistani ambassador, Amir Nawaz Cheema": a style that is also a given name, after a comma or a
        // courtesy title and before two name words, is the given name (not "Qatar's Amir Sheikh Tamim").
        let givenNameStart = start > 0 && start + 2 < end && doc.tokens[start].isCapitalized && Self.stylesAsGivenNames.contains(doc.tokens[start])
            && (doc.tokens[start - 1].text == "," || (doc.titleAt[start - 1]?.words.contains(.honorific) ?? false))
            && isNameWord(doc, start + 1) && isNameWord(doc, start + 2)
        guard isNameWord(doc, start) || particleStart || monthStart || cityStart || surnameStart || royalStart || givenNameStart else { return nil }
        let tokens = doc.tokens
        var i = start + 1
        var last = start + 1
        while i < end {
            let token = tokens[i]
            if token.newlineBefore { break }
            if token.isCapitalized, Self.postNominals.contains(token.text) { break }
            if isNameWord(doc, i) {
                i += 1
                last = i
                continue
            }
            // An honorific that ends a name is a surname: "Salma Mwinyi Haji", not the style of a name after it.
            if i == last, let style = doc.titleAt[i], style.range == i..<i + 1, style.words.contains(.honorific), token.isCapitalized,
                !(i + 1 < end && (isNameWord(doc, i + 1) || doc.titleAt[i + 1] != nil))
            {
                i += 1
                last = i
                continue
            }
            // A nickname in quotes between given name and surname: Lindiwe "Lindi" Mahlangu.
            if i == last, token.kind == .punctuation, let close = quotedNickname(doc, at: i, end: end) {
                i = close + 1
                continue
            }
            // A particle after a particle: "von der Leyen".
            if PersonEntity.particles.contains(token), !token.isCapitalized, i + 2 < end, PersonEntity.particles.contains(tokens[i + 1]), isNameWord(doc, i + 2) {
                i += 2
                continue
            }
            // A city after a name word is a surname: "Lloyd Austin", "Jordan Paris".
            if let entity = doc.entityAt[i], entity.best.kind == .city || entity.best.kind == .capital, entity.range.count == 1,
                tokens[i].isCapitalized, i == last
            {
                i += 1
                last = i
                continue
            }
            if PersonEntity.particles.contains(token), !token.isCapitalized, i + 1 < end, isNameWord(doc, i + 1) {
                i += 1
                continue
            }
            // "Hamad bin Sultan Al Qasimi", "Mohammed bin Emir …": after "son of", a style is the father's name.
            if Self.patronymics.contains(token), !token.isCapitalized, i + 1 < end, tokens[i + 1].kind == .word, tokens[i + 1].isCapitalized,
                !tokens[i + 1].isAllCaps, doc.entityAt[i + 1] == nil
            {
                i += 2
                last = i
                continue
            }
            // A given name abbreviated: "Ma. Teresa Villaroman" (Maria), "Md. Touhid Hossain", "Mohd. Hasan".
            if token.text == ".", !token.spaceBefore, i == start + 1, Self.abbreviatedGivenNames.contains(tokens[start]), i + 1 < end, isNameWord(doc, i + 1) {
                i += 1
                continue
            }
            // "Leon St. Hill", "Ste. Marie": Saint abbreviated, inside a surname.
            if token.text == ".", !token.spaceBefore, i == last, ["st", "ste"].contains(tokens[i - 1]), tokens[i - 1].isCapitalized, i - 1 > start,
                i + 1 < end, isNameWord(doc, i + 1)
            {
                i += 1
                continue
            }
            // Initial: "J." inside a name.
            if token.text == "." , !token.spaceBefore, tokens[i - 1].text.unicodeScalars.count == 1, tokens[i - 1].isCapitalized,
                i + 1 < end, isNameWord(doc, i + 1)
            {
                i += 1
                continue
            }
            // ", Jr."
            if token.text == ",", i + 1 < end, PersonEntity.suffixes.contains(tokens[i + 1]), tokens[i + 1].isCapitalized {
                i += 2
                if i < end, tokens[i].text == ".", !tokens[i].spaceBefore { i += 1 }
                last = i
                break
            }
            // "Jr." keeps its period; "III." ends the sentence.
            if token.text == ".", !token.spaceBefore, ["jr", "sr"].contains(tokens[i - 1]) {
                last = i + 1
                break
            }
            // A month's name inside a name: "Dong Jun", "Theresa May" — not "Gantz in May 2022".
            if DateResolver.months[token] != nil, token.isCapitalized, i == last, doc.entityAt[i] == nil, doc.titleAt[i] == nil,
                !(i + 1 < end && (tokens[i + 1].kind == .number || tokens[i + 1].text == "."))
            {
                i += 1
                last = i
                continue
            }
            break
        }
        // Single letters alone are not names ("A", "I"), nor is a particle alone ("By Al Jazeera Staff").
        if last - start == 1, tokens[start].text.unicodeScalars.count == 1 || PersonEntity.particles.contains(tokens[start]) { return nil }
        return start..<last
    }

    /// A line in capitals of four words or more, every word of more than one letter in capitals.
    private static func isShouted(_ doc: Document, _ range: Range<Int>) -> Bool {
        var words = 0
        for k in range where doc.tokens[k].kind == .word && doc.tokens[k].text.utf8.count > 1 {
            guard doc.tokens[k].isAllCaps else { return false }
            words += 1
        }
        return words >= 4
    }

    private static let abbreviatedGivenNames: WordSet = ["ma", "md", "mohd", "muhd"]

    /// "son of", "daughter of": what comes after is a name, whatever else the word may be.
    private static let patronymics: WordSet = ["bin", "ibn", "bint"]

    /// The closing quote of a nickname opening at `i` (`"Lindi"`, `“Bongbong”`) when a name word follows it.
    func quotedNickname(_ doc: Document, at i: Int, end: Int) -> Int? {
        let t = doc.tokens
        // Most tokens are words: the punctuation check first, then the quote itself.
        guard i + 3 < end, t[i].kind == .punctuation, t[i].text == "\"" || t[i].text == "“", t[i + 1].isCapitalized, t[i + 1].kind == .word
        else { return nil }
        let close = t[i + 2].kind == .word && t[i + 2].isCapitalized ? i + 3 : i + 2
        guard close + 1 < end, ["\"", "”"].contains(t[close].text), isNameWord(doc, close + 1) else { return nil }
        return close
    }

    /// "Vice Premier HE Lifeng": the surname He in capitals, as MOFA-style releases write surnames, when one name
    /// word follows; before a title or a longer name ("HE Dr. Khalid …", "HE Noora bint Hamad") it is His Excellency.
    func isSurnameHE(_ doc: Document, _ i: Int) -> Bool {
        let t = doc.tokens
        guard i + 1 < t.count, t[i + 1].kind == .word, t[i + 1].isCapitalized, !t[i + 1].isAllCaps, doc.titleAt[i + 1] == nil,
            doc.entityAt[i + 1] == nil
        else { return false }
        return i + 2 >= t.count || !(t[i + 2].kind == .word && t[i + 2].isCapitalized) || t[i + 2].newlineBefore
    }

    // MARK: - Portfolios

    /// The name in a run of capitals that continues an office's portfolio: "Commissioner for the Mediterranean Ivana
    /// Marković", "Acting Foreign Minister of the Afghan Interim Government Abdul Ghafoor Sadiq". Leading words that read
    /// as a portfolio's (a body's noun, a region, an abstract noun) are left to the title; nil when the whole run is a
    /// portfolio going on after "and" ("Commissioner for Preparedness and Crisis Management Hélène Dubois").
    func portfolioTrimmed(_ doc: Document, _ span: Range<Int>, floor: Int, end: Int) -> Range<Int>? {
        let t = doc.tokens
        // A run of portfolio nouns that goes on in capitals is the name of a field or a body: "Interim Government",
        // "Preparedness and Crisis Management".
        var next = span.upperBound
        if next + 1 < end, ["and", "&"].contains(t[next]) { next += 1 }
        if next < end, t[next].isCapitalized, span.allSatisfy({ isPortfolioNoun(t[$0]) }) { return nil }
        // "President of the Lao National Assembly Saysomphone Phomvihane": a body's noun never starts a name.
        var start = span.lowerBound
        while start + 2 <= span.upperBound - 1, Self.bodyNouns.contains(t[start]) || Self.legislatures.contains(t[start]) { start += 1 }
        if start > span.lowerBound { return start..<span.upperBound }
        // An office named by its opening words ends in its link: "Commissioner for [the] …".
        var before = span.lowerBound - 1
        if before > floor, t[before].isFolded("the") { before -= 1 }
        let afterOfficeLink = before >= floor && Self.portfolioLinks.contains(t[before]) && doc.titleAt[before] != nil
        // "Special Envoy of the Secretary-General of the United Nations for the Great Lakes Region X": a long run after
        // "for" or "of" that holds a portfolio's noun, whatever bodies the office names on the way.
        let afterLink = before >= floor && ["for", "of"].contains(t[before]) && span.count >= 3
        guard afterOfficeLink || afterLink || isPortfolioWord(doc, span.lowerBound, floor: floor) else { return span }
        // "Vice Chairwoman of the NA Dinh Thi Bich Ngoc": a body's initials after "of the" are not a name's first word.
        if afterLink || afterOfficeLink, span.count >= 3, t[span.lowerBound].isAllCaps, t[span.lowerBound].text.utf8.count <= 5 {
            return span.lowerBound + 1..<span.upperBound
        }
        // The name starts after the portfolio's last noun: "Special Envoy for the Great Lakes Region Kwesi Adjei Boateng".
        let last = (span.lowerBound..<span.upperBound - 1).last { isPortfolioNoun(t[$0]) }
        return (last.map { $0 + 1 } ?? span.lowerBound)..<span.upperBound
    }

    /// A capitalised word that names a field or a body rather than a person: "Assembly", "Government", "Mediterranean",
    /// "Preparedness", "Management", "Reconstruction".
    func isPortfolioNoun(_ token: Token) -> Bool {
        if Self.bodyNouns.contains(token) || Self.portfolioNouns.contains(token) || Self.legislatures.contains(token) { return true }
        let word = token.folded
        guard word.count > 6, !Self.namesLikePortfolios.contains(word) else { return false }
        // "-ness" only in long words: "Preparedness", not the names Holness or Loveness.
        return Self.abstractEndings.contains { word.hasSuffix($0) } || (word.count > 10 && word.hasSuffix("ness"))
    }

    /// Legislatures and governments by their own names, which end a body's name as "Council" does.
    static let legislatures: WordSet = ["government", "senate", "majlis", "shura", "duma", "knesset", "diet", "legislature", "cabinet", "diwan",
                                        "secretariat", "congress", "sejm", "rada", "bundestag", "storting", "riksdag", "althing", "khural"]
    /// Styles that are also given names ("Amir Nawaz Cheema").
    static let stylesAsGivenNames: WordSet = ["amir", "emir", "sultan"]
    /// Styles of royalty that stand before a name as titles do, but give way to an office stated beside them.
    static let royalStyles: WordSet = ["prince", "princess", "sheikh", "sheikha", "emir", "sultan", "crown prince"]
    static let compoundTails = ["recognised", "recognized", "led", "backed", "based", "made", "owned", "run", "born", "funded", "brokered", "sponsored", "controlled", "held"]
    /// Surnames that are also English function words, read as names only after an office: "To Lam", "Le Hoai Trung".
    static let functionWordSurnames: WordSet = ["to", "le", "ma", "an", "do", "ha", "ho", "lo"]
    static let portfolioNouns: WordSet = ["region", "regions", "interim", "transitional", "provisional", "mediterranean",
                                          "caribbean", "balkans", "sahel", "arctic", "antarctic", "neighbourhood",
                                          "neighborhood", "enlargement", "diaspora", "expatriates", "emigrants",
                                          "partnerships", "palace", "court", "house", "equality", "prosperity", "security",
                                          "solidarity", "sustainability", "mobility", "connectivity", "diversity", "humanity",
                                          "community", "integrity"]
    /// Endings of abstract nouns that few given names or surnames have (those are listed apart).
    static let abstractEndings = ["ment", "tion", "sion", "ism", "ics", "ship", "ity"]
    /// Given names with those endings.
    static let namesLikePortfolios: Set<String> = ["felicity", "charity", "trinity", "verity", "clement", "loveness", "happiness"]

    // MARK: - Mentions

    private func mention(_ doc: Document, span: Range<Int>, sentence: Int, sentenceRange: Range<Int>, known: inout KnownNames,
                         creditEnd: Int = -1, sharedOffice: Bool = false, officeFloor: Int? = nil) -> PersonMention?
    {
        let tokens = doc.tokens
        // Lindiwe "Lindi" Mahlangu: the name without the nickname, and the nickname with the surname as another name.
        let nickname = span.lazy.compactMap { k in self.quotedNickname(doc, at: k, end: span.upperBound).map { k...$0 } }.first
        let keys = span.compactMap { k -> String? in
            let t = tokens[k]
            guard t.kind == .word, !(nickname?.contains(k) ?? false) else { return nil }
            return t.folded
        }
        var mention = PersonMention(sentence: sentence, range: span, name: displayName(doc, span, skipping: nickname), keys: keys, extent: span)
        if let nickname {
            mention.aliases.append(displayName(doc, nickname.lowerBound + 1..<nickname.upperBound) + " "
                + displayName(doc, nickname.upperBound + 1..<span.upperBound))
        }

        // Left: honorifics, then a title chain.
        var j = span.lowerBound - 1
        var honorific = false
        var leftmostStyle: Document.TitleMatch?
        while j >= sentenceRange.lowerBound {
            // "HE Noora bint Hamad Al Mannai": His or Her Excellency in capitals ("he" in lower case is a pronoun).
            if tokens[j].text == "HE", !isSurnameHE(doc, j) {
                honorific = true
                j -= 1
                continue
            }
            guard let title = doc.titleAt[j], title.words.contains(.honorific) || title.words.contains(.rank),
                !title.words.contains(.head) || title.words.contains(.rank) || title.words.contains(.honorific)
            else { break }
            honorific = true
            leftmostStyle = title
            j = title.range.lowerBound - 1
        }
        // "Prime Minister (PM) Tan Sri Muhyiddin Yassin": an abbreviation in brackets between title and name.
        if j - 2 >= sentenceRange.lowerBound, tokens[j].text == ")", let open = (max(sentenceRange.lowerBound, j - 4)..<j).last(where: { tokens[$0].text == "(" }),
            (open + 1..<j).allSatisfy({ tokens[$0].isAllCaps || doc.titleAt[$0] != nil })
        {
            j = open - 1
            while j >= sentenceRange.lowerBound, let title = doc.titleAt[j], title.words.contains(.honorific) || title.words.contains(.rank) {
                honorific = true
                j = title.range.lowerBound - 1
            }
        }
        let left = titleChain(doc, endingAt: j, floor: officeFloor ?? sentenceRange.lowerBound)
        // "Lebanese Army Commander General X": a rank that is also an office's head ends the office the words before it open
        // (the state the words alone gave, as in "Indonesian National Armed Forces (TNI) Commander", kept).
        if left?.head == nil, let style = leftmostStyle, style.words.contains(.head), j >= sentenceRange.lowerBound, doc.titleAt[j] != nil,
            let office = titleChain(doc, endingAt: style.range.upperBound - 1, floor: officeFloor ?? sentenceRange.lowerBound), office.head != nil
        {
            apply(office, to: &mention, doc: doc)
            if mention.country == nil { mention.country = left?.country }
            mention.extent = min(office.range.lowerBound, left?.range.lowerBound ?? office.range.lowerBound)..<mention.extent.upperBound
        } else if let left {
            apply(left, to: &mention, doc: doc)
            mention.extent = left.range.lowerBound..<mention.extent.upperBound
        }

        // Right: "(Jokowi)", "of the United Kingdom", ", Israel's defense minister".
        var k = span.upperBound
        let end = sentenceRange.upperBound
        if k + 2 < end, tokens[k].text == "(", tokens[k + 2].text == ")" || (k + 3 < end && tokens[k + 3].text == ")") {
            let close = tokens[k + 2].text == ")" ? k + 2 : k + 3
            let inner = (k + 1)..<close
            if inner.allSatisfy({ isNameWord(doc, $0) }) {
                mention.aliases.append(doc.text(inner))
                k = close + 1
            } else if inner.allSatisfy({ doc.titleAt[$0] != nil || tokens[$0].isAllCaps }) {
                k = close + 1
            }
        }
        if k + 1 < end, tokens[k].isFolded("of") {
            var m = k + 1
            if tokens[m].isFolded("the") { m += 1 }
            if m < end, let entity = doc.entityAt[m], entity.range.lowerBound == m, entity.best.kind == .country || entity.best.kind == .organisation {
                if mention.country == nil { mention.country = entity.best.affiliation }
                mention.extent = mention.extent.lowerBound..<entity.range.upperBound
                k = entity.range.upperBound
            }
        }
        var appositive: TitleChain?
        // "Penny Wong⏎Minister for Foreign Affairs": a release's author on a line of her own, over her office on the next.
        let officeBelow = (sentence <= 3 || sentence >= doc.sentences.count - 4) && span == sentenceRange && k < tokens.count && tokens[k].newlineBefore
            && (doc.titleAt[k]?.words.contains(.head) ?? false) && !span.contains { doc.lexicon.notNames.contains(tokens[$0]) }
        if (k + 1 < end && tokens[k].text == ",") || officeBelow {
            appositive = titleChain(doc, startingAt: officeBelow ? k : k + 1, ceiling: officeBelow ? min(tokens.count, k + 12) : end)
            if let appositive {
                // "His Highness Prince Khalid bin Saud, Minister of Foreign Affairs": the office, not the royal style.
                // … nor a diplomat's rank: "Ambassador Tamer Abdel Ghaffar, Spokesman for the Presidency".
                if let style = mention.title.map(fold), Self.royalStyles.contains(style) || style == "ambassador", appositive.head != nil,
                    appositive.title != nil
                {
                    mention.title = nil
                    mention.titleHead = nil
                }
                apply(appositive, to: &mention, doc: doc)
                mention.extent = mention.extent.lowerBound..<appositive.range.upperBound
            }
        }

        // Anchors.
        let anchoredByTitle = (left?.head != nil) || (appositive?.head != nil) || left?.counterpart == true || officeBelow
        // Named before: asked only when nothing else anchors the name (the answer is the same, asked or not).
        var knownAnswer: Bool?
        func isKnown() -> Bool {
            if let knownAnswer { return knownAnswer }
            let answer = known.contains(matching: keys)
            knownAnswer = answer
            return answer
        }
        let after = span.upperBound < end ? tokens[span.upperBound] : nil
        // "Kirby said", and after a quote "…,\" said Jean-Marc Dufresne, World Bank Country Director".
        let speechAfter = isSpeechAt(doc, span.upperBound, end: end)
            || (span.lowerBound - 2 >= sentenceRange.lowerBound && Self.citationVerbs.contains(tokens[span.lowerBound - 1])
                && ["\"", "”", ","].contains(tokens[span.lowerBound - 2].text))
            || saidByDescribed(doc, span, floor: sentenceRange.lowerBound)
            || (keys.count >= 2 && speechAfterAppositive(doc, span, sentenceRange: sentenceRange))
        let administration = after.map { _ in doc.cueAt[span.upperBound]?.classes.contains(.administration) ?? false } ?? false
        let byline = span.lowerBound > sentenceRange.lowerBound && tokens[span.lowerBound - 1].isFolded("by")
            && span.lowerBound - 1 == sentenceRange.lowerBound
        // A byline alone on its line at the top of the body ("Anirudh Sengupta", then "NEW DELHI"), or before a bar
        // ("Priyanka Raman-Chua | Research Associate"); a signature alone on its line at the foot.
        // A signature at the foot, or a name before a bar, is words of a name only: not "Secretaría de Relaciones Exteriores |
        // Press Release", not "FDFA Communication".
        let nameWordsOnly = span.allSatisfy { tokens[$0].isCapitalized && !tokens[$0].isAllCaps }
        let barred = span.upperBound < tokens.count && tokens[span.upperBound].text == "|"
        let lineByline = (sentence <= 3 || (sentence >= doc.sentences.count - 4 && nameWordsOnly)) && span.lowerBound == sentenceRange.lowerBound
            && (2...4).contains(span.count)
            && (span.lowerBound == 0 || tokens[span.lowerBound].newlineBefore)
            && (span.upperBound == tokens.count || tokens[span.upperBound].newlineBefore || (barred && nameWordsOnly))
            && !span.contains { doc.lexicon.notNames.contains(tokens[$0]) }
            // "Penny Wong⏎Minister for Foreign Affairs": a release's author over her office, not a byline.
            && !(span.upperBound < tokens.count && doc.titleAt[span.upperBound] != nil)
        let credit = lineByline || isCredit(doc, span, sentenceRange, creditEnd: creditEnd)
        // "Lee met with Austin", "spoke with Biden by phone", "hosted Netanyahu": the other side of a meeting verb.
        let objectOfMeeting = span.lowerBound - 1 > sentenceRange.lowerBound
            && (Self.meetingVerbs.contains(tokens[span.lowerBound - 1].text)
                || (tokens[span.lowerBound - 1].isFolded("with") && Self.meetingVerbs.contains(tokens[span.lowerBound - 2].text)))
        // "a delegation … led by Kenji Takemura", "headed by …": whoever leads is a person.
        let leader = keys.count >= 2 && span.lowerBound - 2 > sentenceRange.lowerBound && tokens[span.lowerBound - 1].isFolded("by")
            && ["led", "headed"].contains(tokens[span.lowerBound - 2])
        let meetingVerb = objectOfMeeting || leader || span.upperBound < end && Self.meetingVerbs.contains(tokens[span.upperBound].text)
        let plannedVerb = span.upperBound + 1 < end && ["is", "was", "will", "has", "had", "plans"].contains(tokens[span.upperBound])
            && [CueClass.planned, .meet, .visit].contains { doc.hasCue($0, in: span.upperBound + 1..<min(end, span.upperBound + 3)) }
        let sentenceStart = span.lowerBound == sentenceRange.lowerBound
            || (span.lowerBound == sentenceRange.lowerBound + 1 && SentenceSplitter.openers.contains(tokens[sentenceRange.lowerBound].text))
        let multiWord = keys.count >= 2

        // "with Egypt's Sherif Abdel Moneim Fahmy": a full name after a state's possessive, none of its words a body's.
        var stateOwner: String?
        if multiWord, span.lowerBound >= sentenceRange.lowerBound + 2, ["'s", "’s"].contains(tokens[span.lowerBound - 1]),
            let state = doc.entityAt[span.lowerBound - 2], state.best.kind == .country,
            !span.contains(where: { Self.bodyNouns.contains(tokens[$0]) || Self.legislatures.contains(tokens[$0]) || doc.lexicon.notNames.contains(tokens[$0]) })
        {
            stateOwner = state.best.affiliation
        }
        var anchored = anchoredByTitle || honorific || byline || administration || credit || sharedOffice || stateOwner != nil || isKnown()
        if !anchored, speechAfter || meetingVerb || plannedVerb {
            // A lone capitalised word at a sentence's start may be any word: trust it only when it is not a common one.
            anchored = multiWord || !sentenceStart || !doc.lexicon.notNames.contains(keys[0])
        }
        guard anchored else { return nil }
        // "… in St. Thomas and Portland, the Minister noted": a lone unknown word a place preposition governs, alone or
        // after another place and "and", is a place.
        if !multiWord, !isKnown(), placeGoverned(doc, span.lowerBound, floor: sentenceRange.lowerBound) { return nil }
        // "Minister of Humanitarian Action, Aissata Maïga", "Adviser to the President on Media and Publicity, Femi
        // Adeyemi": capitalised words of an office's portfolio, not a name.
        var portfolioEnd = span.upperBound
        while portfolioEnd < min(end, span.upperBound + 12),
            ["and", "&", "the"].contains(tokens[portfolioEnd]) || (tokens[portfolioEnd].isCapitalized && tokens[portfolioEnd].kind == .word)
        {
            portfolioEnd += 1
        }
        let nameFollows = portfolioEnd + 1 < end && tokens[portfolioEnd].text == "," && isNameWord(doc, portfolioEnd + 1)
        // "Minister of Energy and Natural Resources X": a word of the portfolio before another of its words.
        if !sharedOffice, isPortfolioWord(doc, span.lowerBound, floor: sentenceRange.lowerBound),
            nameFollows || (span.upperBound < end && ["(", "of"].contains(tokens[span.upperBound]))
                || (span.count == 1 && span.upperBound < end && doc.titleAt[span.upperBound] != nil)
                // "Minister of Road and Transport Development X": a one-word field joined to the next.
                || (span.count == 1 && span.upperBound + 1 < end && ["and", "&"].contains(tokens[span.upperBound])
                    && tokens[span.upperBound + 1].isCapitalized && span.lowerBound >= 2 && ["of", "for"].contains(tokens[span.lowerBound - 1])
                    && doc.titleAt[span.lowerBound - 2] != nil)
        {
            return nil
        }
        // "the Rapporteur of the National Policies Council": the name of a body, not of a person.
        if span.upperBound < end, tokens[span.upperBound].isCapitalized, Self.bodyNouns.contains(tokens[span.upperBound]) { return nil }
        // "the Vice President's Residence": a lone word for a seat or a body is a place, not a person.
        if !multiWord, Self.bodyNouns.contains(tokens[span.lowerBound]) || Self.legislatures.contains(tokens[span.lowerBound])
            || MeetingExtractor.venueWords.contains(tokens[span.lowerBound])
        {
            return nil
        }
        // "the Oliy Majlis", "the Interim Government": a run that ends in a body's noun.
        if multiWord, Self.bodyNouns.contains(tokens[span.upperBound - 1]) || Self.legislatures.contains(tokens[span.upperBound - 1]) { return nil }
        // A lone word that is an organisation or all capitals and unknown (acronyms) is not a person.
        if !multiWord, tokens[span.lowerBound].isAllCaps, tokens[span.lowerBound].text.count <= 4, !isKnown() { return nil }
        if keys.contains(where: \.containsNumber) { return nil }
        mention.isCredit = byline || credit
        if mention.country == nil, let stateOwner { mention.country = stateOwner }
        // "…, the Special Adviser on Media, Femi Adeyemi, said": a name set off by commas before the verb is its subject.
        let setOff = span.lowerBound > 0 && tokens[span.lowerBound - 1].text == ","
        mention.isSpeaker = isCitationAt(doc, span.upperBound, end: end, pastComma: setOff)
            // "Ambassador X, Spokesman for the Presidency, stated that …": past the office set off after the name.
            || (appositive != nil && isCitationAt(doc, mention.extent.upperBound, end: end, pastComma: true))
            || (span.lowerBound >= 2 && tokens[span.lowerBound - 2].isFolded("according"))
        return mention
    }

    /// "…," said Tunisian analyst Hatem Bouslama": the speaker after a quote, described by a demonym and a role in lower case.
    private func saidByDescribed(_ doc: Document, _ span: Range<Int>, floor: Int) -> Bool {
        let t = doc.tokens
        var k = span.lowerBound - 1
        var described = 0
        while k > floor, described < 3, t[k].kind == .word, !t[k].isCapitalized || doc.entityAt[k] != nil, !Self.citationVerbs.contains(t[k]) {
            described += 1
            k -= 1
        }
        guard described > 0, k - 1 >= floor, Self.citationVerbs.contains(t[k]) else { return false }
        return ["\"", "”", ","].contains(t[k - 1].text)
    }

    /// "(Reporting by A in Aden and B in Riyadh; Editing by C)", "Reporter: D": the people of a credit line.
    private func isCredit(_ doc: Document, _ span: Range<Int>, _ sentence: Range<Int>, creditEnd: Int) -> Bool {
        let t = doc.tokens
        let k = span.lowerBound - 1
        guard k >= sentence.lowerBound else { return false }
        if t[k].isFolded("by"), k - 1 >= sentence.lowerBound, Self.creditWords.contains(t[k - 1]) { return true }
        // "— With assistance from Omar Tamimi".
        if t[k].isFolded("from"), k - 1 >= sentence.lowerBound, ["assistance", "help"].contains(t[k - 1]) { return true }
        // "Associated Press writer Gabriela Torres in Lima contributed to this report."
        if Self.creditWords.contains(t[k]), sentence.contains(where: { t[$0].isFolded("contributed") }) { return true }
        if t[k].text == ":", k - 1 >= sentence.lowerBound, Self.creditWords.contains(t[k - 1]) || Self.contactWords.contains(t[k - 1]) { return true }
        // The next name of the same credit: "and B", ", B", "and B in Riyadh".
        guard creditEnd >= 0, creditEnd <= k, k - creditEnd <= 4, ["and", ","].contains(t[k]) else { return false }
        return (creditEnd..<k).allSatisfy { t[$0].isFolded("in") || doc.entityAt[$0] != nil }
    }

    /// "Media contact: X", "Minister's office: Y": who answers the press, named at a release's foot.
    static let contactWords: WordSet = ["contact", "contacts", "office", "enquiries", "inquiries", "media"]
    static let creditWords: WordSet = ["reporting", "editing", "writing", "reported", "edited", "written", "compiled", "additional",
                                           "reporter", "editor", "writer", "photographer", "photo", "photos", "correspondent", "author",
                                           "translated", "translation"]

    /// "Mathilde Renard, Sudan country director for the Norwegian Refugee Council, said", "Sudanese mother Fatima Adam, 34,
    /// said", "Its commissioner …, Pieter Maes, announced": a full name whose verb of speech follows what is set off by
    /// commas after it, or that is itself set off.
    private func speechAfterAppositive(_ doc: Document, _ span: Range<Int>, sentenceRange: Range<Int>) -> Bool {
        let t = doc.tokens
        let end = sentenceRange.upperBound
        guard span.upperBound + 1 < end, t[span.upperBound].text == "," else { return false }
        if span.lowerBound > sentenceRange.lowerBound, t[span.lowerBound - 1].text == ",", isSpeechAt(doc, span.upperBound + 1, end: end) {
            return true
        }
        var k = span.upperBound + 1
        while k < min(end, span.upperBound + 16), t[k].text != "," {
            // The words set off describe the person: no verb of their own, no quote.
            if doc.cueAt[k].map({ $0.classes.contains(.speech) || $0.classes.contains(.meet) }) ?? false || doc.quoted[k] { return false }
            k += 1
        }
        return k > span.upperBound + 1 && k + 1 < end && t[k].text == "," && isSpeechAt(doc, k + 1, end: end)
    }

    private func isSpeechAt(_ doc: Document, _ index: Int, end: Int) -> Bool {
        var k = index
        // "Kirby said", "Kihara told reporters", "Biden said in a press release", ", he said".
        while k < end, doc.tokens[k].kind == .punctuation, doc.tokens[k].text != "," { k += 1 }
        if k < end, ["also", "later", "then"].contains(doc.tokens[k]) { k += 1 }
        guard k < end, let cue = doc.cueAt[k] else { return false }
        return cue.classes.contains(.speech) && !doc.tokens[k].isFolded("according")
    }

    /// "Kirby said", "Kihara told reporters": cited, which is not the same as acting.
    private func isCitationAt(_ doc: Document, _ index: Int, end: Int, pastComma: Bool = false) -> Bool {
        var k = index
        while k < end, doc.tokens[k].kind == .punctuation, doc.tokens[k].text != "," || (pastComma && k == index) { k += 1 }
        if k < end, ["also", "later", "then"].contains(doc.tokens[k]) { k += 1 }
        guard k < end else { return false }
        return Self.citationVerbs.contains(doc.tokens[k])
    }

    static let meetingVerbs: WordSet = ["met", "meets", "hosted", "hosts", "received", "receives", "welcomed", "visited", "visits",
                                            "telephoned", "phoned", "spoke", "held", "holds", "called"]
    /// Capitalised nouns that end the name of a body ("… Policies Council", "… Reform Party").
    static let bodyNouns: WordSet = ["council", "committee", "commission", "party", "ministry", "agency", "fund", "bank", "institute",
                                         "university", "authority", "assembly", "parliament", "forum", "foundation", "corporation",
                                         "company", "association", "organization", "organisation", "department", "bureau", "directorate",
                                         "community"]
    /// Letters after a name that are not part of it: "James Kapi MP", "Jane Doe KC".
    static let postNominals: WordSet = ["MP", "MPs", "MEP", "MLA", "MNA", "MHA", "QC", "KC", "OBE", "CBE", "KBE", "MBE", "PhD", "TD", "MSP"]
    static let citationVerbs: WordSet = ["said", "says", "say", "told", "tells", "added", "noted", "stated", "tweeted", "wrote"]

    /// "Lloyd J. Austin III", "Kishida Fumio" (from "KISHIDA Fumio"), "Joseph R. Biden, Jr.".
    private func displayName(_ doc: Document, _ span: Range<Int>, skipping skipped: ClosedRange<Int>? = nil) -> String {
        let tokens = doc.tokens
        let mixed = span.contains { tokens[$0].kind == .word && !tokens[$0].isAllCaps && tokens[$0].text.count > 1 }
        var text = ""
        for k in span where !(skipped?.contains(k) ?? false) {
            let token = tokens[k]
            if k > span.lowerBound, token.spaceBefore || skipped?.upperBound == k - 1 { text += " " }
            let suffix = PersonEntity.suffixes.contains(token)
            if token.isAllCaps, token.text.count > 2 || token.text == "HE", !suffix, mixed || span.count > 0 {
                let lower = token.text.lowercased()
                text += lower.prefix(1).uppercased() + lower.dropFirst()
            } else {
                text += token.text
            }
        }
        return text
    }

    // MARK: - Titles

    struct TitleChain {
        /// Tokens of the whole chain, determiners included.
        let range: Range<Int>
        /// The office without country words ("Defense Minister", "Minister of National Defense").
        let title: String?
        let head: String?
        let country: String?
        /// Country of a "his US counterpart" segment.
        let counterpartCountry: String?
        let counterpart: Bool
    }

    private func isChainWord(_ doc: Document, _ k: Int) -> Bool {
        if let title = doc.titleAt[k], !title.words.isDisjoint(with: [.head, .modifier, .counterpart]) { return true }
        // "received today in Abu Dhabi H.E. X": a place the sentence sets something in is no part of the office, unlike a
        // posting ("Colombia's ambassador in Washington, X", "the Ambassador of Namibia in Havana, X").
        if let entity = doc.entityAt[k], entity.best.isPlace, entity.range.lowerBound >= 2,
            ["in", "at"].contains(doc.tokens[entity.range.lowerBound - 1]), !isPosting(doc, before: entity.range.lowerBound - 1)
        {
            return false
        }
        if let entity = doc.entityAt[k], entity.best.kind != .city { return true }
        // "Akim of Almaty", "Mayor of Kyiv": the city an office serves.
        if let entity = doc.entityAt[k], entity.range.lowerBound >= 2, doc.tokens[entity.range.lowerBound - 1].isFolded("of"),
            doc.titleAt[entity.range.lowerBound - 2]?.words.contains(.head) ?? false
        {
            return true
        }
        // "… of the Afghan Interim Government": a body's words between the office and the name.
        if doc.tokens[k].isCapitalized, doc.tokens[k].kind == .word, isPortfolioNoun(doc.tokens[k]) { return true }
        return isPortfolioWord(doc, k, floor: 0)
    }

    /// Whether the words before "in" at `k` are an office, which "in" and a city then post: "ambassador in", "the
    /// Ambassador of Namibia in".
    private func isPosting(_ doc: Document, before k: Int) -> Bool {
        let j = k - 1
        guard j >= 0 else { return false }
        if doc.titleAt[j]?.words.contains(.head) ?? false { return true }
        guard let state = doc.entityAt[j], state.range.lowerBound >= 2, ["of", "to"].contains(doc.tokens[state.range.lowerBound - 1])
        else { return false }
        return doc.titleAt[state.range.lowerBound - 2]?.words.contains(.head) ?? false
    }

    /// A capitalised word of an office's portfolio: after "of", "for", "on", "to" or "and" that follow
    /// an office ("Minister of Humanitarian Action", "Minister of Foreign Affairs and Expatriates").
    func isPortfolioWord(_ doc: Document, _ k: Int, floor: Int) -> Bool {
        let t = doc.tokens
        guard t[k].kind == .word, t[k].isCapitalized, doc.entityAt[k] == nil else { return false }
        var j = k - 1
        var steps = 0
        while j >= max(floor, k - 16), steps < 8 {
            // "Minister of …", and an office named by its opening words: "Commissioner for …".
            if doc.titleAt[j].map({ $0.words.contains(.head) }) ?? false { return steps > 0 || Self.portfolioLinks.contains(t[j]) }
            // A state or body closes the office: "Ambassador to the United States Michael Herzog"; one named before a
            // link is part of it: "Special Envoy of the United Nations for the Great Lakes …".
            if let entity = doc.entityAt[j] {
                // "Minister of Foreign Affairs, African Integration and Chadians Abroad": a state's people, linked into the
                // portfolio, are of it.
                let people = entity.best.kind == .demonym && t[entity.range.upperBound - 1].folded.hasSuffix("s")
                    && entity.range.lowerBound - 1 >= floor && Self.portfolioLinks.contains(t[entity.range.lowerBound - 1])
                guard steps > 0 || people else { return false }
                j = entity.range.lowerBound - 1
                continue
            }
            // "Minister of Planning, Investment and …": a comma between a portfolio's capitalised words.
            let listComma = t[j].text == "," && j - 1 >= floor && t[j - 1].isCapitalized && t[j + 1].isCapitalized
            if t[j].isCapitalized || Self.portfolioLinks.contains(t[j]) || t[j].isFolded("the") || listComma {
                if Self.portfolioLinks.contains(t[j]) || listComma { steps += 1 }
                j -= 1
                continue
            }
            return false
        }
        return false
    }

    /// An institution named as where something happens: after "at" or "in", with "the" or not.
    private func isVenue(_ doc: Document, _ range: Range<Int>, floor: Int) -> Bool {
        var b = range.lowerBound - 1
        if b >= floor, doc.tokens[b].isFolded("the") { b -= 1 }
        return b >= floor && ["at", "in", "inside", "outside"].contains(doc.tokens[b])
    }

    /// A comma between two capitalised words of one portfolio: "Minister of Planning, Investment and …".
    private func isListComma(_ doc: Document, _ k: Int, floor: Int) -> Bool {
        let t = doc.tokens
        return k - 1 >= floor && k + 1 < t.count && t[k - 1].isCapitalized && t[k + 1].isCapitalized && isPortfolioWord(doc, k - 1, floor: floor)
    }

    /// Plural heads of offices that name several holders at once, and their singular.
    static let pluralHeads: [String: String] = ["ministers": "minister", "presidents": "president", "secretaries": "secretary"]

    /// The words that join an office to its portfolio ("Minister of …", "… for …", "… and …").
    private static let portfolioLinks: WordSet = ["of", "for", "on", "to", "and", "&"]
    private static let determiners: WordSet = ["the", "a", "an", "another", "his", "her", "its", "their"]
    private static let possessiveMarks: WordSet = ["’s", "'s", "-"]

    private static let connectors: WordSet = ["of", "the", "for", "to", "and", "’s", "'s", "on", "in", "at", "-"]

    /// The title chain ending at token `end` (inclusive), reading leftwards.
    func titleChain(_ doc: Document, endingAt end: Int, floor: Int) -> TitleChain? {
        guard end >= floor else { return nil }
        let tokens = doc.tokens
        var k = end
        var start = end + 1
        var usedComma = false
        while k >= floor {
            let token = tokens[k]
            // "received at the Palace of the Revolution the Minister …": a venue the sentence is set in is no part of the office.
            if let entity = doc.entityAt[k], entity.best.kind == .institution, isVenue(doc, entity.range, floor: floor) { break }
            if isChainWord(doc, k) {
                start = k
                // "handed over the aid to Vanuatu's Special Envoy X": a state's possessive opens the office; not after "of"
                // ("the Speaker of Morocco's House of Representatives, X").
                if let entity = doc.entityAt[k], entity.range.lowerBound == k, entity.range.upperBound < tokens.count,
                    ["'s", "’s"].contains(tokens[entity.range.upperBound]), !(k - 1 >= floor && tokens[k - 1].isFolded("of"))
                {
                    break
                }
                k -= 1
                continue
            }
            if let open = bracketInOffice(doc, closingAt: k, floor: floor) {
                start = open
                k = open - 1
                continue
            }
            // "Minister of Planning, Investment and Economic Development of … Somalia X": a comma inside a portfolio's list.
            if token.text == ",", start != end + 1, isListComma(doc, k, floor: floor) {
                k -= 1
                continue
            }
            if token.text == ",", !usedComma, k - 1 >= floor {
                let leftWord = doc.titleAt[k - 1]
                let chainEmpty = start == end + 1
                if (chainEmpty && (isChainWord(doc, k - 1) || bracketInOffice(doc, closingAt: k - 1, floor: floor) != nil))
                    || (leftWord?.words.contains(.counterpart) ?? false)
                {
                    usedComma = true
                    k -= 1
                    continue
                }
                break
            }
            if Self.connectors.contains(token) {
                // "received today at the AU Headquarters the Minister of Foreign Affairs …, Hon. X": "the" before the office's
                // head word, after no link of an office, opens it.
                if token.isFolded("the"), start == k + 1, doc.titleAt[k + 1]?.words.contains(.head) ?? false, k - 1 >= floor,
                    !Self.connectors.contains(tokens[k - 1]), !(doc.titleAt[k - 1]?.words.contains(.head) ?? false), tokens[k - 1].text != ","
                {
                    break
                }
                // "Minister of State at the Ministry of Foreign Affairs X", not "… Defence Minister at the Manekshaw Centre".
                if token.isFolded("at"), start == end + 1 { break }
                // "and" joins two offices only between title words: "… Commission and Foreign Minister".
                // "… on Media and Publicity, Tunde Bakare": "and" inside a portfolio, not before another office.
                let portfolioAnd = k - 1 >= floor && isPortfolioWord(doc, k - 1, floor: floor) && k + 1 < tokens.count
                    && !officeFollows(doc, k + 1)
                if token.isFolded("and"), !(k - 1 >= floor && doc.titleAt[k - 1] != nil), !portfolioAnd { break }
                // "Foreign Secretary and Dasho Pema Choden co-chaired": "and" right before the name (and its honorific or
                // rank) joins two people, not two offices.
                if token.isFolded("and"), start > end || doc.titleAt[start].map({ $0.words.contains(.honorific) || $0.words.contains(.rank) }) ?? false {
                    break
                }
                // A spaced dash ends a dateline ("ISLAMABAD/BEIJING – Prime Minister …"); only "Vice-President" joins.
                if token.kind == .punctuation, token.spaceBefore || (k + 1 < tokens.count && tokens[k + 1].spaceBefore) { break }
                k -= 1
                continue
            }
            break
        }
        guard start <= end else { return nil }
        var last = end
        while last >= start, tokens[last].text == "," { last -= 1 }
        // "… of the Caribbean Community (CARICOM)": a body's initials closing the office are no part of its name.
        if let open = bracketInOffice(doc, closingAt: last, floor: floor), doc.titleAt[open - 1] == nil { last = open - 1 }
        guard last >= start, let chain = parseChain(doc, start..<last + 1) else { return nil }
        // "… Iran, Kirby said": a state before a comma is the end of a list, not a title.
        if usedComma, chain.head == nil, !chain.counterpart { return nil }
        return chain
    }

    /// The end of a run of capitalised words from `k` that closes with a body's noun ("Charitable Organisation", "Siem Reap
    /// Water Supply Authority"), nil when the run holds none.
    private func bodyNameEnd(_ doc: Document, from k: Int, ceiling: Int) -> Int? {
        let t = doc.tokens
        var j = k
        var end: Int?
        while j < min(ceiling, k + 7), t[j].kind == .word, t[j].isCapitalized {
            if Self.bodyNouns.contains(t[j]) { end = j + 1 }
            j += 1
        }
        return end
    }

    /// Whether a place preposition governs the word at `k`: "in Portland", "in St. Thomas and Portland".
    private func placeGoverned(_ doc: Document, _ k: Int, floor: Int) -> Bool {
        let t = doc.tokens
        var b = k - 1
        if b > floor, t[b].isFolded("and") {
            b -= 1
            var words = 0
            while b > floor, words < 4, t[b].isCapitalized || t[b].single == "." {
                b -= 1
                words += 1
            }
            guard words > 0 else { return false }
        }
        return b >= floor && Self.placePrepositions.contains(t[b])
    }

    private static let placePrepositions: WordSet = ["in", "at", "near", "across", "outside", "inside"]

    /// The opening bracket of words in brackets that belong to an office, closed at `k`: a desk after the office's head
    /// word ("Secretary (East) of the Ministry of External Affairs X", "Joint Secretary (Indian Ocean Region) X"), or a
    /// body's initials after its name ("Secretary-General of the Caribbean Community (CARICOM), Dr. X").
    private func bracketInOffice(_ doc: Document, closingAt k: Int, floor: Int) -> Int? {
        let tokens = doc.tokens
        guard k > floor, tokens[k].single == ")", let open = (max(floor + 1, k - 4)..<k).last(where: { tokens[$0].single == "(" }),
            open + 1 < k, (open + 1..<k).allSatisfy({ tokens[$0].isCapitalized })
        else { return nil }
        if doc.titleAt[open - 1]?.words.contains(.head) ?? false { return open }
        // … "(CARICOM)", "(Africa CDC)": one word in capitals, or the body's own short name.
        let initials = (open + 2 == k && tokens[open + 1].isAllCaps) || doc.entityAt[open + 1].map { $0.range == open + 1..<k } ?? false
        return initials && doc.entityAt[open - 1] != nil && isChainWord(doc, open - 1) ? open : nil
    }

    /// The states of a plural "counterparts" right before `k`, in order: "his Dutch, Polish and Finnish counterparts, A, …"
    /// gives NL, PL, FI; nil without two or more.
    private func pluralCounterparts(_ doc: Document, before k: Int, floor: Int) -> [String]? {
        let t = doc.tokens
        guard k - 2 >= floor, t[k - 1].text == ",", t[k - 2].isFolded("counterparts") else { return nil }
        var states: [String] = []
        var j = k - 3
        while j >= floor {
            if let entity = doc.entityAt[j] {
                states.insert(entity.best.affiliation, at: 0)
                j = entity.range.lowerBound - 1
            } else if [",", "and"].contains(t[j]) {
                j -= 1
            } else {
                break
            }
        }
        return states.count >= 2 ? states : nil
    }

    /// Whether an office (a title with its head noun) starts at `k`: "… and Foreign Minister", not "… and Crisis Management".
    private func officeFollows(_ doc: Document, _ k: Int) -> Bool {
        var j = k
        while j < doc.tokens.count, let title = doc.titleAt[j] {
            if title.words.contains(.head) { return true }
            j = title.range.upperBound
        }
        return false
    }

    /// The appositive title chain starting at `start`: "[the|a|another|his] [Israel's] defense minister".
    func titleChain(_ doc: Document, startingAt start: Int, ceiling: Int) -> TitleChain? {
        let tokens = doc.tokens
        var k = start
        if k < ceiling, Self.determiners.contains(tokens[k]) { k += 1 }
        var last = -1
        while k < ceiling {
            if isChainWord(doc, k) {
                last = k
                k += 1
                continue
            }
            // "Chairman of the Oman Charitable Organisation", "Director General of the Siem Reap Water Supply Authority": a
            // body's name after the office, to the noun that ends it.
            if last >= start, let end = bodyNameEnd(doc, from: k, ceiling: ceiling) {
                last = end - 1
                k = end
                continue
            }
            // "and" joins offices, or a portfolio's nouns ("Cabinet Secretary for Foreign and Diaspora Affairs"), not the next person.
            if Self.connectors.contains(tokens[k]),
                !tokens[k].isFolded("and")
                    || (k + 1 < ceiling && (doc.titleAt[k + 1] != nil || (tokens[k + 1].isCapitalized && isPortfolioNoun(tokens[k + 1]))))
            {
                k += 1
                continue
            }
            break
        }
        guard last >= start else { return nil }
        // The appositive must end the clause: a comma, a full stop, a bracket, or a verb of speech.
        let next = last + 1 < ceiling ? tokens[last + 1] : nil
        // "…, Argentina's foreign minister since December, said": a tenure may close the office first.
        let tenure = next.map { ["since", "until"].contains($0) } ?? false
            && (last + 2..<min(ceiling, last + 6)).contains { [",", "."].contains(tokens[$0].text) }
        if let next, ![",", ".", ";", ")", "(", ":"].contains(next.text), !(doc.cueAt[last + 1]?.classes.contains(.speech) ?? false), !tenure,
            !next.newlineBefore
        {
            return nil
        }
        guard let chain = parseChain(doc, start..<last + 1), chain.head != nil else { return nil }
        return chain
    }

    /// Splits a chain into its office and the country words around it.
    private func parseChain(_ doc: Document, _ range: Range<Int>) -> TitleChain? {
        let tokens = doc.tokens
        // Segments separated by commas: the one nearest the name is the office, the others give a counterpart's country.
        var segments: [Range<Int>] = []
        var segStart = range.lowerBound
        for k in range where tokens[k].text == "," && !isListComma(doc, k, floor: range.lowerBound) {
            segments.append(segStart..<k)
            segStart = k + 1
        }
        segments.append(segStart..<range.upperBound)
        var counterpartCountry: String?
        var counterpart = false
        for segment in segments.dropLast() {
            for k in segment {
                if let entity = doc.entityAt[k], counterpartCountry == nil { counterpartCountry = entity.best.affiliation }
                if doc.titleAt[k]?.words.contains(.counterpart) ?? false { counterpart = true }
            }
        }
        guard let office = segments.last else { return nil }
        var country: String?
        var words: [Int] = []
        var head: String?
        var k = office.lowerBound
        // Leading determiners, styles ("His Highness the Crown Prince"), countries, demonyms, bodies and possessives.
        while k < office.upperBound {
            let token = tokens[k]
            if Self.determiners.contains(token) || Self.possessiveMarks.contains(token) {
                k += 1
                continue
            }
            if let style = doc.titleAt[k], style.words.contains(.honorific), !style.words.contains(.head), style.range.upperBound > k {
                k = style.range.upperBound
                continue
            }
            if let entity = doc.entityAt[k], entity.range.lowerBound == k {
                if country == nil { country = entity.best.affiliation }
                k = entity.range.upperBound
                continue
            }
            break
        }
        var afterTo = false
        while k < office.upperBound {
            let token = tokens[k]
            if let entity = doc.entityAt[k], entity.range.lowerBound == k {
                let isState = entity.best.kind == .country || entity.best.kind == .demonym
                // "of Japan" at the very end: the office's country, not part of the office.
                let atEnd = entity.range.upperBound == office.upperBound
                let precededByOf = !words.isEmpty && tokens[words.last!].isFolded("of")
                if atEnd && precededByOf && isState && !afterTo {
                    if country == nil { country = entity.best.affiliation }
                    words.removeLast()
                    if !words.isEmpty, tokens[words.last!].isFolded("the") { words.removeLast() }
                    if !words.isEmpty, tokens[words.last!].isFolded("of") { words.removeLast() }
                    k = entity.range.upperBound
                    continue
                }
                if !afterTo {
                    if country == nil { country = entity.best.affiliation }
                    if isState {  // "Commander of U.S. Naval …": the state's name is not part of the office
                        // "Ambassador … of Japan to the Philippines": nor the "of" that named it.
                        if let last = words.last, tokens[last].isFolded("of") || tokens[last].isFolded("the"), entity.range.upperBound < office.upperBound,
                            ["to", "in", "for", "at"].contains(tokens[entity.range.upperBound])
                        {
                            // "Ambassador of the Russian Federation to Kazakhstan": "of the" too.
                            if tokens[last].isFolded("the") { words.removeLast() }
                            if let of = words.last, tokens[of].isFolded("of") { words.removeLast() }
                        }
                        k = entity.range.upperBound
                        // "State Secretary at Norway's Ministry of Foreign Affairs": nor its possessive.
                        if k < office.upperBound, Self.possessiveMarks.contains(tokens[k]) { k += 1 }
                        continue
                    }
                }
                words.append(contentsOf: entity.range)
                k = entity.range.upperBound
                continue
            }
            if let title = doc.titleAt[k], title.words.contains(.counterpart) {
                counterpart = true
                k = title.range.upperBound
                continue
            }
            if let title = doc.titleAt[k], title.words.contains(.head) {
                head = doc.tokens[title.range.upperBound - 1].folded
            }
            afterTo = token.isFolded("to") || (afterTo && token.isFolded("the"))
            words.append(k)
            k += 1
        }
        while let first = words.first, Self.connectors.contains(tokens[first]) { words.removeFirst() }
        while let last = words.last, Self.connectors.contains(tokens[last]) || tokens[last].text == "," { words.removeLast() }
        var title: String?
        if !words.isEmpty, head != nil {
            var text = ""
            for (n, index) in words.enumerated() {
                if n > 0, tokens[index].spaceBefore || index != words[n - 1] + 1 { text += " " }
                text += tokens[index].text
            }
            title = text
        }
        if head == nil && !counterpart && country == nil { return nil }
        return TitleChain(range: range, title: title, head: head, country: country,
                          counterpartCountry: counterpartCountry ?? (counterpart ? country : nil), counterpart: counterpart)
    }

    private func apply(_ chain: TitleChain, to mention: inout PersonMention, doc: Document) {
        if chain.counterpart && chain.head == nil {
            // "his Japanese counterpart Taro Kono": a country, no title.
            if mention.counterpartCountry == nil { mention.counterpartCountry = chain.country ?? chain.counterpartCountry }
            return
        }
        if mention.title == nil, let title = chain.title {
            // "Foreign Ministers A and B": each holds the office in the singular.
            if let head = chain.head, let singular = Self.pluralHeads[head], let range = title.range(of: head, options: [.caseInsensitive, .backwards]) {
                let written = String(title[range])
                mention.title = title.replacingCharacters(in: range, with: written.first?.isUppercase == true ? singular.capitalized : singular)
                mention.titleHead = singular
                mention.pluralOffice = true
            } else {
                mention.title = title
                mention.titleHead = chain.head
            }
        }
        if mention.country == nil, let country = chain.country { mention.country = country }
        if mention.counterpartCountry == nil, let country = chain.counterpartCountry { mention.counterpartCountry = country }
    }
}

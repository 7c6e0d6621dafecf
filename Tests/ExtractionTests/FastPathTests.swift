import Testing

@testable import Extraction

/// The shortcuts that make extraction fast give the answers of the plain definitions they stand for.
@Suite("Fast paths", .tags(.small))
struct FastPathTests {
    static let text = """
        Israeli Defense Minister Benny Gantz met U.S. Secretary Lloyd J. Austin III — “Iran’s aggression” — in the \
        Pentagon; NATO’s Jens Stoltenberg, Mariusz BŁASZCZAK, Maroš Šefčovič and Lenarčič spoke of €4.8 billion, \
        O'Brien's 63m and 15.10.2022 … Ørsted, straße, Þór «ΑΘΗΝΑ» İstanbul ﬁnal
        """

    @Test("A token's stored flags and folded form are those of its text")
    func tokenFlags() {
        for token in Tokenizer().tokens(of: Array(Self.text.unicodeScalars)) {
            #expect(token.isCapitalized == Token.capitalized(token.text), "\(token.text)")
            #expect(token.isAllCaps == Token.allCaps(token.text), "\(token.text)")
            #expect(token.folded == fold(token.text), "\(token.text)")
            #expect(token.single == (token.text.unicodeScalars.count == 1 ? token.text.unicodeScalars.first : nil), "\(token.text)")
        }
    }

    @Test("A WordMap answers for tokens and strings as a Dictionary of the same words does")
    func wordMap() {
        // "café" twice: precomposed and decomposed, one word to String equality.
        let words = ["the", "of", "’s", "'s", "café", "cafe\u{301}", "straße", "al-", "x", ""]
        var plain: [String: Int] = [:]
        for (n, word) in words.enumerated() where plain[word] == nil { plain[word] = n }
        let map = WordMap(words.enumerated().map { ($1, $0) })
        let probes = words + ["The", "off", "cafe", "caf\u{E9}", "s", "ørsted", "theirs", "of ", "’S"]
        for probe in probes { #expect(map[probe] == plain[probe], "\(probe)") }
        for token in Tokenizer().tokens(of: Array((Self.text + " the of café cafe\u{301} straße").unicodeScalars)) {
            #expect(map[token] == plain[token.folded], "\(token.text)")
            #expect(token.hash == Vocabulary.hash(token.folded) || !token.isASCII, "\(token.text)")
        }
        let set: WordSet = ["met", "held", "café"]
        #expect(set.contains("met") && set.contains("cafe\u{301}") && !set.contains("Met") && !set.contains("meet"))
    }

    @Test("Byte-level string tests agree with their Character-level definitions")
    func byteTests() {
        for text in ["", "a", "ab", "A1", "Rs120", "abc", "é", "e\u{301}", "\r\n", "٣", "x½", "ⅷ", "naïve", "🇺🇦"] {
            #expect(text.containsNumber == text.contains(where: \.isNumber), "\(text)")
            #expect(PersonEntity.isOneCharacter(text) == (text.count == 1), "\(text)")
            for needle in [", ", "://", "a", "é"] {
                let found = text.firstUTF8Range(of: needle).map {
                    text.utf8.distance(from: text.startIndex, to: $0.lowerBound)..<text.utf8.distance(from: text.startIndex, to: $0.upperBound)
                }
                #expect(found == Array(text.utf8).firstRange(of: Array(needle.utf8)), "\(text) \(needle)")
            }
        }
        #expect("Hotel, Jakarta".firstUTF8Range(of: ", ").map { "Hotel, Jakarta"[$0] } == ", ")
        #expect("https://www.gov.uk/x".firstUTF8Range(of: "://").map { "https://www.gov.uk/x"[$0.upperBound...] } == "www.gov.uk/x")
        for word in ["the", "al-Anouni", "el-Sisi", "Al-Attiyah", "alone", "Él-Sisi", "Ñal-", ""] {
            let token = Tokenizer().tokens(of: Array(word.unicodeScalars)).first
            for prefix: StaticString in ["al-", "el-"] where token != nil {
                #expect(token?.foldedHasPrefix(prefix) == token?.folded.hasPrefix(prefix.description), "\(word) \(prefix)")
            }
        }
    }

    @Test("A body decodes to the scalars of its unicodeScalars view")
    func scalars() {
        for text in [Self.text, "", "a", "é", "€", "𝔸 🇺🇦 done", "Zürich\r\n“Kyiv”\u{2029}end"] {
            #expect(Document.scalars(of: text) == Array(text.unicodeScalars), "\(text)")
        }
    }

    @Test("Token flags agree with Unicode's properties")
    func flagsAgreeWithUnicode() {
        for word in ["Gantz", "gantz", "NATO", "US", "U.S.", "A", "Łukasz", "ÉLYSÉE", "élysée", "ΑΘΗΝΑ", "’s", "R2-D2"] {
            #expect(Token.capitalized(word) == (word.unicodeScalars.first?.properties.isUppercase ?? false), "\(word)")
            let letters = word.unicodeScalars.filter(\.properties.isAlphabetic)
            #expect(Token.allCaps(word) == (letters.count >= 2 && letters.allSatisfy(\.properties.isUppercase)), "\(word)")
        }
    }

    @Test("Every scalar folds as Foundation's decomposition folds it")
    func foldTable() {
        for value in UInt32(0x80)...0x24F {
            guard let scalar = Unicode.Scalar(value) else { continue }
            var slow = String.UnicodeScalarView()
            appendFolded(scalar, to: &slow)
            #expect(fold("A" + String(scalar)) == "a" + String(slow), "U+\(String(value, radix: 16))")
        }
        #expect(fold("Błaszczak Lenarčič Šefčovič Ørsted straße") == "blaszczak lenarcic sefcovic orsted strasse")
        #expect(fold("“Iran’s” – €") == "“iran's” - €")
    }

    @Test("Tokens given a vocabulary carry the ids of their folded words")
    func vocabularyIDs() {
        let lexicon = Lexicon.shared
        let tokens = Tokenizer(vocabulary: lexicon.vocabulary).tokens(of: Array(Self.text.unicodeScalars))
        for token in tokens {
            #expect(token.word == lexicon.vocabulary.id(token.folded), "\(token.text)")
        }
        #expect(lexicon.vocabulary.id("pentagon") >= 0)
        #expect(lexicon.vocabulary.id("no-such-word-anywhere") == Vocabulary.absent)
    }

    @Test("Gazetteers match the same phrases by id as by text")
    func gazetteerByID() throws {
        let lexicon = Lexicon.shared
        let plain = Tokenizer().tokens(of: Array(Self.text.unicodeScalars))
        let numbered = Tokenizer(vocabulary: lexicon.vocabulary).tokens(of: Array(Self.text.unicodeScalars))
        for i in plain.indices {
            let a = lexicon.entities.match(plain, at: i)
            let b = lexicon.entities.match(numbered, at: i)
            #expect(a?.length == b?.length && a?.values == b?.values, "\(plain[i].text)")
            #expect(lexicon.titles.match(plain, at: i)?.length == lexicon.titles.match(numbered, at: i)?.length)
        }
        let pentagon = try #require(numbered.firstIndex { $0.text == "Pentagon" })
        #expect(lexicon.entities.match(numbered, at: pentagon)?.values.first?.country == "US")
    }

    @Test("No name particle or suffix is longer than four bytes, as PersonEntity.core assumes")
    func particleLengths() {
        #expect(Set(PersonEntity.particles.words).union(PersonEntity.suffixes.words).allSatisfy { $0.utf8.count <= 4 })
    }

    @Test("Lower-case words outside DateResolver.openers start no date")
    func dateOpeners() {
        for word in DateResolver.weekdays.keys { #expect(DateResolver.openers.contains(word)) }
        let tokens = Tokenizer().tokens(of: Array("on monday the talks were held last week, earlier this month".unicodeScalars))
        let dates = DateResolver().dates(in: tokens, range: tokens.indices, anchor: day("2024-05-15"), lean: .past)
        #expect(dates.map(\.day) == [day("2024-05-13"), day("2024-05-08"), day("2024-05-01")])
    }

    @Test("Reference tables split on bytes as a split on Characters would", arguments: EmbeddedReferenceData.files.keys.sorted())
    func referenceTable(name: String) throws {
        let text = try #require(EmbeddedReferenceData.files[name])
        var lines = text.split(separator: "\n", omittingEmptySubsequences: true).filter { !$0.hasPrefix("#") }
        let header = lines.isEmpty ? [] : lines.removeFirst().split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
        let table = ReferenceTable(text)
        #expect(table.columns == header)
        #expect(table.rows.count == lines.count)
        for (row, line) in zip(table.rows, lines) {
            let cells = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            #expect(Array(row.prefix(cells.count)) == cells)
            for column in header {
                let cell = table.cell(row, column)
                #expect(table.values(row, column) == cell.split(separator: ";").map { String($0) }.filter { !$0.isEmpty })
            }
        }
    }
}

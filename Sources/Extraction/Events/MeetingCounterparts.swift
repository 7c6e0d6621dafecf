/// One sentence, several meetings: a visitor's meetings with each counterpart in turn.
extension MeetingExtractor {
    /// "is in Brussels for meetings with …, including Antonio Costa on Thursday and Kaja Kallas on
    /// Friday", "meetings with Prime Minister Abe and Foreign Minister Kono", "call on Premier Li,
    /// Chinese investors, and Pakistani businessmen separately": one meeting per counterpart, each
    /// with the people before the cue, when the cue is plural or says so, or the counterparts have
    /// days of their own. Otherwise the candidate alone.
    func separateMeetings(_ candidate: Candidate, trigger: Int, people: [(person: Int, at: Int)], dates: [DateMention],
                                  _ doc: Document, _ range: Range<Int>) -> [Candidate]
    {
        let hosts = people.filter { $0.at < trigger }.map(\.person)
        let counterparts = people.filter { $0.at > trigger }
        guard !hosts.isEmpty else { return [candidate] }
        let separately = range.contains { Self.separateWords.contains(doc.tokens[$0]) && !doc.quoted[$0] }
        // The day stated right after each counterpart, before the next one.
        let days: [DateMention?] = counterparts.indices.map { n in
            let end = n + 1 < counterparts.count ? counterparts[n + 1].at : range.upperBound
            return dates.first { $0.range.lowerBound > counterparts[n].at && $0.range.lowerBound < end }
        }
        let ownDays = Set(days.compactMap { $0?.day })
        // "would hold talks with his Turkmen counterpart, X, and call on President Y", "will be received by President X, before
        // holding talks with Y": each counterpart with a verb of its own.
        let ownVerbs = counterparts.count >= 2 && counterparts.indices.dropLast().allSatisfy { n in
            (counterparts[n].at + 1..<counterparts[n + 1].at).contains { k in
                (doc.cueAt[k].map { $0.range.lowerBound == k && $0.classes.contains(.meet) } ?? false)
                    && (isVerbCue(doc, k) || ["and", "to", "would", "will", "also", "then", "before", "after", "holding"].contains(doc.tokens[k - 1]))
            }
        }
        guard counterparts.count >= 2 || (separately && counterparts.count == 1 && describedGroups(doc, trigger, range) > 0),
            separately || ownDays.count > 1 || ownVerbs
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
        if range.contains(where: { doc.tokens[$0].isFolded("separately") }) {
            for _ in 0..<describedGroups(doc, trigger, range) {
                var piece = candidate
                piece.people = hosts
                pieces.append(piece)
            }
        }
        return pieces
    }

    /// Unnamed counterparts listed after the cue: "Chinese investors", "Pakistani businessmen".
    func describedGroups(_ doc: Document, _ trigger: Int, _ range: Range<Int>) -> Int {
        return (trigger + 1..<range.upperBound).filter { Self.describedGroupWords.contains(doc.tokens[$0]) }.count
    }

    /// "meetings with A on Monday and B on Tuesday", "met A and B separately".
    static let separateWords: WordSet = ["meetings", "separately", "separate"]
    static let describedGroupWords: WordSet = ["investors", "businessmen", "business leaders", "officials", "leaders", "executives", "lawmakers",
                                                       "delegations", "representatives", "students", "members"]
}

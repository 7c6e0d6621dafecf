/// When two reports tell of one meeting, and how they are merged.
extension MeetingExtractor {
    func sameMeeting(_ a: Candidate, _ b: Candidate) -> Bool {
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
        // "held talks in the Kremlin", then "had a telephone conversation on April 14": a meeting with a place is no call.
        if (a.location != nil && b.modeStated && b.mode != .inPerson) || (b.location != nil && a.modeStated && a.mode != .inPerson) {
            return false
        }
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

    func merge(_ b: Candidate, into a: inout Candidate) {
        for p in b.people where !a.people.contains(p) { a.people.append(p) }
        if a.date == nil || (a.date!.precision != .day && b.date?.precision == .day) { a.date = b.date ?? a.date }
        if !a.modeStated && b.modeStated {
            a.mode = b.mode
            a.modeStated = true
        }
        if a.mode != .inPerson {
            a.location = nil
        } else if a.location == nil {
            a.location = b.location
        } else if let city = a.location, let venue = b.location, Extractor.precision(ofPlace: city.name) == 1,
            Extractor.precision(ofPlace: venue.name) == 2, venue.country == nil || venue.country == city.country
        {
            // "met in Belgrade …. The two first held a tête-à-tête meeting at the Presidency of Serbia": the venue in the city.
            a.location = ("\(venue.name), \(city.name)", city.country)
        }
        a.sentences.append(contentsOf: b.sentences.filter { !a.sentences.contains($0) })
    }
}

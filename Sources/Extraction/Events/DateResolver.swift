/// A date expression found in text, resolved to a day.
struct DateMention: Sendable {
    /// Token indices the expression covers.
    let range: Range<Int>
    let day: Day
    let precision: DatePrecision
    /// True when the expression names the day by itself ("May 18", "2022-05-18"), not relative to the anchor.
    let isAbsolute: Bool
}

/// Resolves date expressions against an explicit anchor day: weekdays ("on Thursday",
/// "Wednesday night"), "today", "yesterday", "the day before", "last week", "on May 3",
/// "3 May 2022", "Sept. 28", "on the 14th", "last November", "in January this year",
/// "earlier this month", numeric dates ("05/02/2021", "15.10.2022").
///
/// News leans to the past: a bare weekday is the latest such day on or before the anchor, unless
/// the sentence is about the future, when it is the next one on or after it.
struct DateResolver: Sendable {
    /// The tables read at every word, kept by the resolver: reading a static table calls its one-time initializer's check.
    private let openerWords = DateResolver.openers
    private let weekdayNumbers = DateResolver.weekdays
    private let monthNumbers = DateResolver.months

    /// Which way a bare weekday points: back, ahead, or (for a stay told in the present tense: "is in
    /// Brussels for meetings … on Monday and … on Friday") to the nearer of the two.
    enum Lean: Sendable { case past, future, nearest }

    static let months: WordMap<Int> = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sept": 9, "sep": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let weekdays: WordMap<Int> = [
        "monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7,
    ]
    /// Whether a token names a weekday or a month ("Monday", "Sept"), where a name or a place ends.
    static func namesDayOrMonth(_ token: Token) -> Bool { weekdays[token] != nil || months[token] != nil }
    static let partsOfDay: WordSet = ["morning", "afternoon", "evening", "night", "noon", "midday"]
    static let ordinalSuffixes: WordSet = ["st", "nd", "rd", "th"]
    /// Words that may follow "the 14th" when it names a day ("met on the 14th with …"), unlike a
    /// noun it would number ("the 14th round", "the 8th IBSA Commission").
    static let afterDayOfMonth: WordSet = ["of", "with", "in", "at", "and", "to", "for", "when", "during", "after", "before",
                                               "by", "as", "on", "where", "while", "that", "which", "amid", "between"]
    /// The words that may start a date expression in lower case: weekdays and the words `match` switches on.
    static let openers = WordSet(Array(weekdays.keys) + [
        "today", "tonight", "yesterday", "tomorrow", "this", "last", "next", "past", "the", "earlier", "later", "early", "late",
    ])

    /// Every date expression in `range` of `tokens`, left to right.
    func dates(in tokens: Tokens, range: Range<Int>, anchor: Day, lean: Lean) -> [DateMention] {
        var found: [DateMention] = []
        var i = range.lowerBound
        while i < range.upperBound {
            if let mention = match(tokens, at: i, end: range.upperBound, anchor: anchor, lean: lean) {
                found.append(mention)
                i = mention.range.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    // MARK: - Patterns

    private func match(_ t: Tokens, at i: Int, end: Int, anchor: Day, lean: Lean) -> DateMention? {
        // Most words start no date: only a weekday, a word of the switch below, a capital (a month) or a number can.
        let opener = openerWords.contains(t[i])
        guard opener || t[i].isCapitalized || t[i].kind == .number else { return nil }
        let word = t[i].folded
        func at(_ k: Int) -> String? { k < end ? t[k].folded : nil }

        // Absolute forms come first: a weekday followed by a date is that date.
        if let weekday = weekdayNumbers[t[i]] {
            var k = i + 1
            if let part = at(k), Self.partsOfDay.contains(part) { k += 1 }
            if at(k) == "," || at(k) == "(" { k += 1 }
            if let date = calendarDate(t, at: k, end: end, anchor: anchor, lean: lean) {
                return DateMention(range: i..<date.range.upperBound, day: date.day, precision: date.precision, isAbsolute: true)
            }
            var start = i
            var direction = lean
            if i > 0, t[i - 1].isFolded("last") || t[i - 1].isFolded("past") {
                start = i - 1
                direction = .past
            } else if i > 0, t[i - 1].isFolded("next") || t[i - 1].isFolded("coming") {
                start = i - 1
                direction = .future
            }
            var stop = i + 1
            if let part = at(stop), Self.partsOfDay.contains(part) { stop += 1 }
            let back = (anchor.weekday - weekday + 7) % 7
            let ahead = (weekday - anchor.weekday + 7) % 7
            let offset: Int
            switch direction {
            case .past: offset = -back
            case .future: offset = ahead
            case .nearest: offset = back < ahead ? -back : ahead
            }
            return DateMention(range: start..<stop, day: anchor.adding(days: offset), precision: .day, isAbsolute: false)
        }
        // A word added to these cases must be added to `openers` too, or the guard above never lets it through (and
        // a word of no case is not compared with each of them).
        if opener { switch word {
        case "today", "tonight":
            return DateMention(range: i..<i + 1, day: anchor, precision: .day, isAbsolute: false)
        case "yesterday":
            return DateMention(range: i..<i + 1, day: anchor.adding(days: -1), precision: .day, isAbsolute: false)
        case "tomorrow":
            return DateMention(range: i..<i + 1, day: anchor.adding(days: 1), precision: .day, isAbsolute: false)
        case "this":
            if let part = at(i + 1), Self.partsOfDay.contains(part) {
                return DateMention(range: i..<i + 2, day: anchor, precision: .day, isAbsolute: false)
            }
            if at(i + 1) == "week" { return DateMention(range: i..<i + 2, day: anchor, precision: .week, isAbsolute: false) }
            if at(i + 1) == "month" { return DateMention(range: i..<i + 2, day: anchor.firstOfMonth, precision: .month, isAbsolute: false) }
        case "last", "next", "past":
            let sign = word == "next" ? 1 : -1
            if at(i + 1) == "week" {
                return DateMention(range: i..<i + 2, day: anchor.adding(days: 7 * sign), precision: .week, isAbsolute: false)
            }
            if at(i + 1) == "month" {
                return DateMention(range: i..<i + 2, day: Self.shift(anchor, months: sign), precision: .month, isAbsolute: false)
            }
            if let name = at(i + 1), let month = Self.months[name], name.count > 2 {
                var year = anchor.year
                if sign < 0, month >= anchor.month { year -= 1 }
                if sign > 0, month <= anchor.month { year += 1 }
                return Day(year: year, month: month, day: 1).map {
                    DateMention(range: i..<i + 2, day: $0, precision: .month, isAbsolute: false)
                }
            }
        case "the":
            // the day before · the previous day · the 14th
            if at(i + 1) == "day", at(i + 2) == "before" {
                return DateMention(range: i..<i + 3, day: anchor.adding(days: -1), precision: .day, isAbsolute: false)
            }
            if at(i + 1) == "previous" || at(i + 1) == "preceding", at(i + 2) == "day" {
                return DateMention(range: i..<i + 3, day: anchor.adding(days: -1), precision: .day, isAbsolute: false)
            }
            // "the 2nd of April": that month's day, the nearest such day in the lean's direction.
            if i + 4 < end, t[i + 1].kind == .number, let n = Int(t[i + 1].text), (1...31).contains(n),
                let suffix = at(i + 2), Self.ordinalSuffixes.contains(suffix), at(i + 3) == "of", let month = at(i + 4).flatMap({ Self.months[$0] })
            {
                var year = anchor.year
                if lean == .past, month > anchor.month || (month == anchor.month && n > anchor.day) { year -= 1 }
                if lean == .future, month < anchor.month || (month == anchor.month && n < anchor.day) { year += 1 }
                if let day = Day(year: year, month: month, day: n) {
                    return DateMention(range: i..<i + 5, day: day, precision: .day, isAbsolute: false)
                }
            }
            if i + 2 < end, t[i + 1].kind == .number, let n = Int(t[i + 1].text), (1...31).contains(n),
                let suffix = at(i + 2), Self.ordinalSuffixes.contains(suffix),
                i + 3 >= end || t[i + 3].kind != .word || Self.afterDayOfMonth.contains(t[i + 3]),
                let day = Self.dayOfMonth(n, anchor: anchor, lean: lean)
            {
                return DateMention(range: i..<i + 3, day: day, precision: .day, isAbsolute: false)
            }
        case "earlier", "later", "early", "late":
            if at(i + 1) == "this", at(i + 2) == "month" {
                return DateMention(range: i..<i + 3, day: anchor.firstOfMonth, precision: .month, isAbsolute: false)
            }
        default: break
        } }
        if let date = calendarDate(t, at: i, end: end, anchor: anchor, lean: lean) { return date }
        return nil
    }

    /// "May 18" · "May 18, 2016" · "18 May 2022" · "Sept. 28" · "March 28-31" · "October 2023" ·
    /// "in January this year" · "05/02/2021" · "2022-05-19".
    private func calendarDate(_ t: Tokens, at i: Int, end: Int, anchor: Day, lean: Lean) -> DateMention? {
        guard i < end else { return nil }
        func at(_ k: Int) -> Token? { k < end ? t[k] : nil }
        // Tokens read in place where most calls end (a copy of a token retains and releases its two strings).
        func number(_ k: Int, in valid: ClosedRange<Int>) -> Int? {
            guard k < end, t[k].kind == .number, let n = Int(t[k].text), valid.contains(n) else { return nil }
            return n
        }
        func skipDot(_ k: Int) -> Int { at(k)?.text == "." && !(at(k)?.spaceBefore ?? true) ? k + 1 : k }
        func skipOrdinal(_ k: Int) -> Int { (at(k).map { Self.ordinalSuffixes.contains($0) && !$0.spaceBefore } ?? false) ? k + 1 : k }
        func year(after k: Int) -> (Int, Int)? {
            var j = k
            if at(j)?.text == "," { j += 1 }
            if let y = number(j, in: 1900...2100), at(j)?.text.count == 4 { return (y, j + 1) }
            return nil
        }
        /// A range "28-31" or "17-19": the first day; returns the index after the range.
        func skipRange(_ k: Int) -> Int {
            if let dash = at(k), ["-", "–", "—"].contains(dash.text), number(k + 1, in: 1...31) != nil { return k + 2 }
            return k
        }

        // Month first: "May 18", "Sept. 28, 2023", "October 2023", "January this year".
        if t[i].isCapitalized, let month = monthNumbers[t[i]] {
            let token = t[i]
            // "May" is also a verb and a name: require a number or a year after it.
            var k = skipDot(i + 1)
            if let d = number(k, in: 1...31) {
                k = skipRange(skipOrdinal(k + 1))
                if let (y, next) = year(after: k), let day = Day(year: y, month: month, day: d) {
                    return DateMention(range: i..<next, day: day, precision: .day, isAbsolute: true)
                }
                guard let day = Self.nearest(month: month, day: d, anchor: anchor, lean: lean) else { return nil }
                return DateMention(range: i..<k, day: day, precision: .day, isAbsolute: true)
            }
            if let (y, next) = year(after: k), let day = Day(year: y, month: month, day: 1) {
                return DateMention(range: i..<next, day: day, precision: .month, isAbsolute: true)
            }
            if token.folded.count > 3, at(k)?.folded == "this", at(k + 1)?.folded == "year",
                let day = Day(year: anchor.year, month: month, day: 1)
            {
                return DateMention(range: i..<k + 2, day: day, precision: .month, isAbsolute: true)
            }
            // "in May last year", "in March next year": the month of the year before or after the anchor's.
            if let word = at(k)?.folded, word == "last" || word == "next", at(k + 1)?.folded == "year",
                let day = Day(year: anchor.year + (word == "last" ? -1 : 1), month: month, day: 1)
            {
                return DateMention(range: i..<k + 2, day: day, precision: .month, isAbsolute: true)
            }
            // "in May": the month, capitalised after "in", never the verb.
            if token.folded.count > 3 || token.text == "May", i > 0, ["in", "early", "late", "mid", "since", "until", "of"].contains(t[i - 1]),
                let day = Self.nearest(month: month, day: 1, anchor: anchor, lean: lean)
            {
                return DateMention(range: i..<k, day: day, precision: .month, isAbsolute: true)
            }
            return nil
        }
        // Day first: "18 May 2022", "09 June 2022", "28-29 March", "21st December, 2022".
        if let d = number(i, in: 1...31) {
            var k = skipRange(skipOrdinal(i + 1))
            if at(k)?.folded == "of" { k += 1 }
            if let token = at(k), let month = Self.months[token], token.isCapitalized {
                k = skipDot(k + 1)
                if let (y, next) = year(after: k), let day = Day(year: y, month: month, day: d) {
                    return DateMention(range: i..<next, day: day, precision: .day, isAbsolute: true)
                }
                guard let day = Self.nearest(month: month, day: d, anchor: anchor, lean: lean) else { return nil }
                return DateMention(range: i..<k, day: day, precision: .day, isAbsolute: true)
            }
            // Numeric: 05/02/2021 · 10/26/2023 · 15.10.2022 · 2022-05-19.
            if let numeric = numericDate(t, at: i, end: end, anchor: anchor) { return numeric }
        }
        return nil
    }

    private func numericDate(_ t: Tokens, at i: Int, end: Int, anchor: Day) -> DateMention? {
        let first = t[i]
        // 15.10.2022 is one number token.
        let dotted = first.text.split(separator: ".")
        if dotted.count == 3, let a = Int(dotted[0]), let b = Int(dotted[1]), let y = Int(dotted[2]), dotted[2].count == 4 {
            return pick(a, b, y, range: i..<i + 1, anchor: anchor)
        }
        // 2022-05-19 · 05/02/2021
        guard i + 4 < end, t[i + 2].kind == .number, t[i + 4].kind == .number,
            t[i + 1].text == t[i + 3].text, t[i + 1].text == "/" || t[i + 1].text == "-",
            !t[i + 1].spaceBefore, !t[i + 2].spaceBefore, !t[i + 3].spaceBefore, !t[i + 4].spaceBefore,
            let a = Int(first.text), let b = Int(t[i + 2].text), let c = Int(t[i + 4].text)
        else { return nil }
        if first.text.count == 4, let day = Day(year: a, month: b, day: c) {
            return DateMention(range: i..<i + 5, day: day, precision: .day, isAbsolute: true)
        }
        guard t[i + 4].text.count == 4 else { return nil }
        return pick(a, b, c, range: i..<i + 5, anchor: anchor)
    }

    /// Day/month order of a numeric date: the reading that exists, and of two, the nearer the anchor.
    private func pick(_ a: Int, _ b: Int, _ year: Int, range: Range<Int>, anchor: Day) -> DateMention? {
        let readings = [Day(year: year, month: b, day: a), Day(year: year, month: a, day: b)].compactMap { $0 }
        guard let best = readings.min(by: { abs($0.ordinal - anchor.ordinal) < abs($1.ordinal - anchor.ordinal) }) else { return nil }
        return DateMention(range: range, day: best, precision: .day, isAbsolute: true)
    }

    // MARK: - Arithmetic

    /// The month and day in the year that puts it nearest the anchor, leaning as asked on a near tie.
    static func nearest(month: Int, day: Int, anchor: Day, lean: Lean) -> Day? {
        let candidates = [anchor.year - 1, anchor.year, anchor.year + 1].compactMap { Day(year: $0, month: month, day: day) }
        return candidates.min { a, b in
            func cost(_ d: Day) -> Int {
                let delta = d.ordinal - anchor.ordinal
                // A date a little ahead of the anchor is fine for plans, odd for reports.
                return lean == .past && delta > 0 ? delta * 3 : abs(delta)
            }
            return cost(a) < cost(b)
        }
    }

    /// "on the 14th": the 14th of the anchor's month, or of the month before when that is past the anchor.
    static func dayOfMonth(_ n: Int, anchor: Day, lean: Lean) -> Day? {
        if lean == .past, n > anchor.day { return Day(year: anchor.year, month: anchor.month, day: 1).flatMap { shift($0, months: -1) }.flatMap { Day(year: $0.year, month: $0.month, day: n) } }
        return Day(year: anchor.year, month: anchor.month, day: n)
    }

    static func shift(_ day: Day, months: Int) -> Day {
        let index = day.year * 12 + (day.month - 1) + months
        return Day(year: index / 12, month: index % 12 + 1, day: 1) ?? day
    }
}

import Foundation
import Testing
@testable import Extraction

/// `Day`: the calendar day of a news date, its ISO form and its arithmetic.
@Suite("Day", .tags(.small))
struct DayTests {
    @Test("ISO YYYY-MM-DD parses and prints back unchanged",
          arguments: ["2022-05-19", "2024-02-29", "2000-02-29", "1970-01-01", "0987-06-05", "9999-12-31", "0001-01-01"])
    func isoRoundTrip(_ text: String) throws {
        let parsed = try #require(Day(iso: text))
        #expect(parsed.description == text)
        #expect(Day(iso: parsed.description) == parsed)
    }

    @Test("The fields of a parsed day")
    func fields() throws {
        let parsed = try #require(Day(iso: "2022-05-19"))
        #expect((parsed.year, parsed.month, parsed.day) == (2022, 5, 19))
    }

    @Test("Text that is not exactly a real YYYY-MM-DD day is refused",
          arguments: ["2022-02-30", "2023-02-29", "1900-02-29", "2022-04-31", "2022-13-01", "2022-00-10", "2022-05-00",
                      "2022-5-19", "22-05-19", "20220519", "2022/05/19", " 2022-05-19", "2022-05-19 ", "2022-05-19T00:00",
                      "２０２２-05-19", "0000-01-01", ""])
    func invalid(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("A sign is not a digit: \"+022-05-19\" and \"2022-+5-19\" are refused", arguments: ["+022-05-19", "2022-+5-19", "2022-05-+9"])
    func signs(_ text: String) {
        #expect(Day(iso: text) == nil)
    }

    @Test("The memberwise initialiser refuses days that do not exist")
    func invalidFields() {
        #expect(Day(year: 2022, month: 2, day: 30) == nil)
        #expect(Day(year: 2021, month: 2, day: 29) == nil)
        #expect(Day(year: 2024, month: 2, day: 29) != nil)
        #expect(Day(year: 2022, month: 6, day: 31) == nil)
        #expect(Day(year: 0, month: 1, day: 1) == nil)
        #expect(Day(year: 10_000, month: 1, day: 1) == nil)
    }

    @Test("Days in a month, leap years included")
    func daysInMonth() {
        #expect(Day.daysIn(month: 2, year: 2024) == 29)
        #expect(Day.daysIn(month: 2, year: 2023) == 28)
        #expect(Day.daysIn(month: 2, year: 2000) == 29)
        #expect(Day.daysIn(month: 2, year: 2100) == 28)
        #expect(Day.daysIn(month: 4, year: 2023) == 30)
        #expect(Day.daysIn(month: 12, year: 2023) == 31)
    }

    @Test("ISO weekday: 1 is Monday, 7 is Sunday",
          arguments: [("1970-01-01", 4), ("2022-05-19", 4), ("2022-05-18", 3), ("2024-03-11", 1), ("2024-03-17", 7),
                      ("2000-01-01", 6), ("1969-12-31", 3), ("2024-02-29", 4)])
    func weekday(_ text: String, _ expected: Int) {
        #expect(day(text).weekday == expected)
    }

    @Test("Adding days crosses months, years and leap days",
          arguments: [("2022-05-19", -1, "2022-05-18"), ("2024-02-28", 1, "2024-02-29"), ("2023-02-28", 1, "2023-03-01"),
                      ("2023-12-31", 1, "2024-01-01"), ("2024-01-01", -1, "2023-12-31"), ("2022-05-19", 7, "2022-05-26"),
                      ("2022-05-19", 0, "2022-05-19"), ("2022-03-01", -365, "2021-03-01"), ("2024-03-01", -366, "2023-03-01")])
    func adding(_ start: String, _ days: Int, _ expected: String) {
        #expect(day(start).adding(days: days) == day(expected))
    }

    @Test("Ordinals count days from 1970-01-01")
    func ordinalOrigin() {
        #expect(day("1970-01-01").ordinal == 0)
        #expect(day("1970-01-02").ordinal == 1)
        #expect(day("1969-12-31").ordinal == -1)
        #expect(day("2000-03-01").ordinal == 11_017)
    }

    @Test("Ordinal and day round-trip, and consecutive days differ by one, 1900 to 2100")
    func ordinalRoundTrip() throws {
        var current = try #require(Day(iso: "1900-01-01"))
        let last = try #require(Day(iso: "2100-12-31"))
        var failures = 0
        while current <= last {
            let next = current.adding(days: 1)
            if Day(ordinal: current.ordinal) != current || next.ordinal != current.ordinal + 1 || !(current < next) { failures += 1 }
            if next.day == 1, Day(year: current.year, month: current.month, day: current.day + 1) != nil { failures += 1 }
            current = next
        }
        #expect(failures == 0)
    }

    @Test("Days order by date")
    func ordering() {
        #expect(day("2022-05-18") < day("2022-05-19"))
        #expect(day("2021-12-31") < day("2022-01-01"))
        #expect(!(day("2022-05-19") < day("2022-05-19")))
        #expect([day("2024-03-14"), day("2022-05-19"), day("2023-01-01")].sorted() == [day("2022-05-19"), day("2023-01-01"), day("2024-03-14")])
    }

    @Test("First of month")
    func firstOfMonth() {
        #expect(day("2024-02-29").firstOfMonth == day("2024-02-01"))
        #expect(day("2024-03-01").firstOfMonth == day("2024-03-01"))
    }

    @Test("Codable as the string YYYY-MM-DD; a bad string fails to decode")
    func codable() throws {
        let data = try JSONEncoder().encode([day("2022-05-19")])
        #expect(String(decoding: data, as: UTF8.self) == #"["2022-05-19"]"#)
        #expect(try JSONDecoder().decode([Day].self, from: Data(#"["2024-02-29"]"#.utf8)) == [day("2024-02-29")])
        #expect(throws: DecodingError.self) { try JSONDecoder().decode([Day].self, from: Data(#"["2022-02-30"]"#.utf8)) }
    }
}

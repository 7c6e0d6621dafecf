import Testing
@testable import Extraction

/// Topics: cue words of topics.tsv tag the article and the meetings whose sentences hold them.
///
/// Every article here is published on Thursday 2024-03-14.
@Suite("Topics", .tags(.small))
struct TopicTests {
    static let published = "2024-03-14"

    @Test("Cue words tag the article with their topic",
          arguments: [("The ministers discussed Iran's nuclear program.", "Iran nuclear program"),
                      ("Both sides called for an immediate ceasefire.", "ceasefire and peace talks"),
                      ("The leaders reviewed tensions in the South China Sea.", "South China Sea"),
                      ("The talks focused on climate finance for small island states.", "climate"),
                      ("Washington announced a new package of security assistance.", "military aid"),
                      ("The ministers agreed to tighten sanctions on Moscow.", "sanctions"),
                      ("The two sides discussed the release of the hostages.", "hostages"),
                      ("Houthi attacks on commercial shipping in the Red Sea were discussed.", "Red Sea shipping"),
                      ("They discussed counterterrorism cooperation.", "counterterrorism"),
                      ("The minister condemned Russia's full-scale invasion.", "war in Ukraine")])
    func cue(_ text: String, _ topic: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.topics.contains(topic), "\(facts.topics)")
    }

    @Test("Text with no cue has no topic",
          arguments: ["The minister arrived in the capital on Thursday.", "Officials said the schedule had not been set."])
    func noCue(_ text: String) {
        #expect(extract(text, on: Self.published).topics.isEmpty)
    }

    @Test("The most frequent topic comes first")
    func order() {
        let text = "The talks touched on trade. They spent most of the time on the ceasefire, the truce monitors and the peace talks."
        let topics = extract(text, on: Self.published).topics
        #expect(topics.first == "ceasefire and peace talks", "\(topics)")
        #expect(topics.contains("trade"))
    }

    @Test("A meeting's topics come from the sentences that report it, not the whole article")
    func meetingTopics() throws {
        let text = """
            Washington imposed new sanctions on Tehran on Monday. \
            Secretary of State Antony Blinken met Japanese Foreign Minister Yoko Kamikawa in Tokyo on Wednesday to discuss the South China Sea.
            """
        let facts = extract(text, on: Self.published)
        let meeting = try #require(facts.meetings.first, "\(facts.summary)")
        #expect(meeting.topics.contains("South China Sea"))
        #expect(!meeting.topics.contains("sanctions"))
        #expect(facts.topics.contains("sanctions"))
    }
}

import KnowledgeBase
import Testing

@Suite("Names as resolution compares them", .tags(.small))
struct PersonNameTests {
    @Test("A name splits into its first given name and its surname", arguments: [
        ("Lloyd J. Austin III", "lloyd", "austin"),
        ("Joseph R. Biden, Jr.", "joseph", "biden"),
        ("J. Sullivan", "j", "sullivan"),
        ("Ursula von der Leyen", "ursula", "leyen"),
        ("von der Leyen", "", "leyen"),
        ("Mohammed bin Salman", "mohammed", "salman"),
        ("Austin", "", "austin"),
        ("Mariusz Błaszczak", "mariusz", "blaszczak"),
    ])
    func splits(name: String, given: String, surname: String) {
        #expect(PersonName(name) == PersonName(given: given, surname: surname))
    }

    @Test("Nicknames and their formal names agree, through nicknames.tsv", arguments: [
        ("Benny", "Benjamin"), ("Bill", "William"), ("Jim", "James"), ("Tony", "Anthony"), ("Mike", "Michael"),
        ("Joe", "Joseph"), ("Bob", "Robert"), ("Dick", "Richard"), ("Tom", "Thomas"), ("Dan", "Daniel"),
        ("Jake", "Jacob"), ("Sasha", "Alexander"), ("Antony", "Tony"), ("J.", "Jake"), ("Jake", "Jake"),
    ])
    func agree(a: String, b: String) {
        #expect(PersonName("\(a) Smith").agrees(with: PersonName("\(b) Smith")))
        #expect(PersonName("\(b) Smith").agrees(with: PersonName("\(a) Smith")))
    }

    @Test("Different first names, initials or surnames do not agree", arguments: [
        ("Jake Sullivan", "Dan Sullivan"), ("John Smith", "James Smith"), ("J. Smith", "D. Smith"),
        ("Dan Sullivan", "Dan Sullivans"), ("Benny Gantz", "Bill Gantz"),
    ])
    func disagree(a: String, b: String) {
        #expect(!PersonName(a).agrees(with: PersonName(b)))
    }

    @Test("A name written surname first is a reversal of the other order")
    func reversal() {
        #expect(PersonName("Kihara Minoru").isReversal(of: PersonName("Minoru Kihara")))
        #expect(!PersonName("M. Kihara").isReversal(of: PersonName("Kihara M.")))
    }
}

import KnowledgeBase
import Testing

@Suite("Folding names for comparison", .tags(.small))
struct FoldingTests {
    @Test("Case, accents and letters without decomposition fold away", arguments: [
        ("Błaszczak", "blaszczak"),
        ("BŁASZCZAK", "blaszczak"),
        ("Mevlüt Çavuşoğlu", "mevlut cavusoglu"),
        ("Lars Løkke Rasmussen", "lars lokke rasmussen"),
        ("Đoàn", "doan"),
        ("  Lloyd   J.\tAustin  ", "lloyd j. austin"),
        ("O’Brien", "o'brien"),
        ("Straße", "strasse"),
    ])
    func folds(text: String, folded: String) {
        #expect(Folding.fold(text) == folded)
    }

    @Test("The surname is the last word, without generational suffixes", arguments: [
        ("Lloyd J. Austin III", "austin"),
        ("Martin Luther King Jr.", "king"),
        ("Benny Gantz", "gantz"),
        ("Mariusz Błaszczak", "blaszczak"),
        ("Sukarno", "sukarno"),
        ("Joseph R. Biden, Jr.", "biden"),
    ])
    func surnames(name: String, surname: String) {
        #expect(Folding.surname(of: name) == surname)
    }
}

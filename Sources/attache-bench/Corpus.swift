import Extraction

/// A small, fast, deterministic random number generator (SplitMix64): the same seed gives the
/// same corpus on every machine and every run.
///
/// <https://prng.di.unimi.it/splitmix64.c>
struct SplitMix64: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }

    mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }
    mutating func int(_ range: ClosedRange<Int>) -> Int { range.lowerBound + Int(next() % UInt64(range.count)) }
    mutating func chance(_ percent: Int) -> Bool { int(0...99) < percent }
}

/// A synthetic corpus of diplomatic news: article `i` depends only on the seed and `i`, so the
/// corpus is streamed, never held, and any prefix of it is the same whatever its length.
///
/// Articles are built from varied templates (meetings held, planned and cancelled, in person, by
/// phone and by video; aid pledged, approved and totalled; quotes and background), about the size
/// of the seed article (1.5–3 KB).
struct Corpus: Sequence {
    let seed: UInt64
    let count: Int

    func makeIterator() -> AnyIterator<Article> {
        var i = 0
        return AnyIterator {
            guard i < count else { return nil }
            defer { i += 1 }
            return article(i)
        }
    }

    /// Article number `i`.
    func article(_ i: Int) -> Article {
        var rng = SplitMix64(seed: seed &* 0x1000_0000_01B3 &+ UInt64(i))
        let date = QueryDatabase.firstDay.adding(days: rng.int(0...3650))
        var writer = ArticleWriter(rng: rng, date: date)
        let body = writer.body()
        return Article(source: "bench/\(i).txt", date: date, title: writer.title, body: body)
    }
}

/// One country of the synthetic corpus: its name, demonym, capital and a venue there.
struct BenchCountry {
    let name: String
    let demonym: String
    let capital: String
    let venue: String
}

private let countries: [BenchCountry] = [
    .init(name: "the United States", demonym: "US", capital: "Washington", venue: "the Pentagon"),
    .init(name: "Israel", demonym: "Israeli", capital: "Jerusalem", venue: "the Kirya base"),
    .init(name: "Japan", demonym: "Japanese", capital: "Tokyo", venue: "the Kantei"),
    .init(name: "Germany", demonym: "German", capital: "Berlin", venue: "the Chancellery"),
    .init(name: "France", demonym: "French", capital: "Paris", venue: "the Elysee Palace"),
    .init(name: "the United Kingdom", demonym: "British", capital: "London", venue: "Downing Street"),
    .init(name: "Ukraine", demonym: "Ukrainian", capital: "Kyiv", venue: "the Mariinsky Palace"),
    .init(name: "Poland", demonym: "Polish", capital: "Warsaw", venue: "the Belweder Palace"),
    .init(name: "India", demonym: "Indian", capital: "New Delhi", venue: "Hyderabad House"),
    .init(name: "Indonesia", demonym: "Indonesian", capital: "Jakarta", venue: "Merdeka Palace"),
    .init(name: "Australia", demonym: "Australian", capital: "Canberra", venue: "Parliament House"),
    .init(name: "Canada", demonym: "Canadian", capital: "Ottawa", venue: "Rideau Hall"),
    .init(name: "Brazil", demonym: "Brazilian", capital: "Brasilia", venue: "the Planalto Palace"),
    .init(name: "Egypt", demonym: "Egyptian", capital: "Cairo", venue: "the Ittihadiya Palace"),
    .init(name: "Jordan", demonym: "Jordanian", capital: "Amman", venue: "the Royal Court"),
    .init(name: "Qatar", demonym: "Qatari", capital: "Doha", venue: "the Amiri Diwan"),
    .init(name: "Saudi Arabia", demonym: "Saudi", capital: "Riyadh", venue: "Al Yamamah Palace"),
    .init(name: "Turkey", demonym: "Turkish", capital: "Ankara", venue: "the Presidential Complex"),
    .init(name: "South Korea", demonym: "South Korean", capital: "Seoul", venue: "the Yongsan office"),
    .init(name: "the Philippines", demonym: "Philippine", capital: "Manila", venue: "Malacanang Palace"),
    .init(name: "Vietnam", demonym: "Vietnamese", capital: "Hanoi", venue: "the Presidential Palace"),
    .init(name: "Kenya", demonym: "Kenyan", capital: "Nairobi", venue: "State House"),
    .init(name: "Nigeria", demonym: "Nigerian", capital: "Abuja", venue: "the Aso Rock Villa"),
    .init(name: "South Africa", demonym: "South African", capital: "Pretoria", venue: "the Union Buildings"),
    .init(name: "Mexico", demonym: "Mexican", capital: "Mexico City", venue: "the National Palace"),
    .init(name: "Argentina", demonym: "Argentine", capital: "Buenos Aires", venue: "the Casa Rosada"),
    .init(name: "Italy", demonym: "Italian", capital: "Rome", venue: "Palazzo Chigi"),
    .init(name: "Spain", demonym: "Spanish", capital: "Madrid", venue: "the Moncloa Palace"),
    .init(name: "Sweden", demonym: "Swedish", capital: "Stockholm", venue: "Rosenbad"),
    .init(name: "Norway", demonym: "Norwegian", capital: "Oslo", venue: "the Royal Palace"),
    .init(name: "Lithuania", demonym: "Lithuanian", capital: "Vilnius", venue: "the Presidential Palace"),
    .init(name: "Romania", demonym: "Romanian", capital: "Bucharest", venue: "Cotroceni Palace"),
    .init(name: "Greece", demonym: "Greek", capital: "Athens", venue: "the Maximos Mansion"),
    .init(name: "Pakistan", demonym: "Pakistani", capital: "Islamabad", venue: "the PM House"),
    .init(name: "Bangladesh", demonym: "Bangladeshi", capital: "Dhaka", venue: "Ganabhaban"),
    .init(name: "Thailand", demonym: "Thai", capital: "Bangkok", venue: "Government House"),
    .init(name: "Singapore", demonym: "Singaporean", capital: "Singapore", venue: "the Istana"),
    .init(name: "Morocco", demonym: "Moroccan", capital: "Rabat", venue: "the Royal Palace"),
    .init(name: "Ethiopia", demonym: "Ethiopian", capital: "Addis Ababa", venue: "the National Palace"),
    .init(name: "Chile", demonym: "Chilean", capital: "Santiago", venue: "La Moneda Palace"),
]

/// Given names and surnames from many traditions; the pair is the person.
let benchFirstNames = [
    "Benny", "Lloyd", "Antony", "Yoav", "Minoru", "Boris", "Sebastien", "Grant", "Dmytro", "Mariusz", "Rajnath",
    "Prabowo", "Richard", "Anita", "Mauro", "Sameh", "Ayman", "Faisal", "Hakan", "Cho", "Gilberto", "Teodoro",
    "Ngo", "Aden", "Bola", "Naledi", "Marcelo", "Santiago", "Guido", "Margarita", "Pal", "Gabrielius", "Angel",
    "Nikos", "Khawaja", "Asaduzzaman", "Sutin", "Ng", "Abdellatif", "Abraham", "Maya", "Elena", "Kaja", "Olena",
    "Hiroshi", "Jae-sung", "Amina", "Fatima", "Carlos", "Ines", "Pieter", "Ingrid", "Tomas", "Katarzyna",
]
let benchSurnames = [
    "Gantz", "Austin", "Blinken", "Gallant", "Kihara", "Pistorius", "Lecornu", "Shapps", "Kuleba", "Blaszczak",
    "Singh", "Subianto", "Marles", "Anand", "Vieira", "Shoukry", "Safadi", "Al-Attiyah", "Fidan", "Tae-yul",
    "Teodoro", "Van Trung", "Duale", "Tinubu", "Pandor", "Ebrard", "Cafiero", "Crosetto", "Robles", "Jonson",
    "Gram", "Landsbergis", "Tilvar", "Dendias", "Asif", "Khan", "Kongsompong", "Eng Hen", "Loudiyi", "Belay",
    "Fernandez", "Ivanova", "Kallas", "Stefanishyna", "Yamada", "Park", "Mohammed", "Haddad", "Mendoza", "Costa",
    "de Vries", "Eriksen", "Novak", "Kowalska",
]
private let titles = [
    ("Defense Minister", "defense minister"), ("Foreign Minister", "foreign minister"),
    ("Prime Minister", "prime minister"), ("President", "president"), ("Secretary of Defense", "defense secretary"),
    ("Minister of Foreign Affairs", "foreign minister"), ("National Security Adviser", "national security adviser"),
    ("Chief of the General Staff", "army chief"), ("Secretary of State", "top diplomat"), ("Trade Minister", "trade minister"),
]
private let topics = [
    "regional security", "defense cooperation", "the war in Ukraine", "maritime security in the South China Sea",
    "counterterrorism", "energy security", "climate finance", "trade and investment", "nuclear non-proliferation",
    "humanitarian access to Gaza", "cyber security", "food security", "migration", "arms control",
    "joint military exercises", "the supply of air defense systems", "reconstruction", "sanctions",
]
private let aidKinds = ["military", "humanitarian", "economic", "development", "security", "financial"]
private let bodies = ["Senate", "parliament", "government", "cabinet", "Defense Ministry", "Foreign Ministry"]
private let weekdays = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
private let monthNames = ["January", "February", "March", "April", "May", "June", "July", "August", "September",
                          "October", "November", "December"]

/// Writes one article: the sentences are drawn in a fixed order from one random stream.
private struct ArticleWriter {
    var rng: SplitMix64
    let date: Day
    var title = ""

    init(rng: SplitMix64, date: Day) {
        self.rng = rng
        self.date = date
    }

    mutating func person() -> String { "\(rng.pick(benchFirstNames)) \(rng.pick(benchSurnames))" }

    mutating func when() -> String {
        switch rng.int(0...5) {
        case 0, 1: return "on \(rng.pick(weekdays))"
        case 2: return "yesterday"
        case 3:
            let day = date.adding(days: -rng.int(0...6))
            return "on \(monthNames[day.month - 1]) \(day.day)"
        case 4:
            let day = date.adding(days: -rng.int(0...6))
            return "on \(day.day) \(monthNames[day.month - 1]) \(day.year)"
        default: return "on \(rng.pick(weekdays)) night"
        }
    }

    mutating func money() -> String {
        let symbol = rng.pick(["$", "€", "£", "US$"])
        let whole = rng.int(1...950)
        switch rng.int(0...3) {
        case 0: return "\(symbol)\(whole / 100 + 1).\(rng.int(1...9)) billion"
        case 1: return "\(symbol)\(whole) million"
        case 2: return "\(whole) million euros"
        default: return "\(symbol)\(whole),\(rng.int(100...999)),000"
        }
    }

    mutating func body() -> String {
        let a = rng.pick(countries)
        var b = rng.pick(countries)
        if b.name == a.name, let index = countries.firstIndex(where: { $0.name == a.name }) {
            b = countries[(index + 7) % countries.count]
        }
        let (titleA, shortA) = rng.pick(titles)
        let (titleB, _) = rng.pick(titles)
        let nameA = person()
        let nameB = person()
        let surnameA = nameA.split(separator: " ").last.map(String.init) ?? nameA
        let surnameB = nameB.split(separator: " ").last.map(String.init) ?? nameB
        let topic1 = rng.pick(topics)
        let topic2 = rng.pick(topics)
        var s: [String] = []

        if rng.chance(30) { s.append("\(a.capital.uppercased()), \(monthNames[date.month - 1]) \(date.day) (Bench Wire) --") }
        switch rng.int(0...7) {
        case 0:
            title = "\(surnameA) meets \(b.demonym) counterpart in \(a.capital)"
            s.append("\(a.demonym) \(titleA) \(nameA) met with his \(b.demonym) counterpart, \(titleB) \(nameB), at \(a.venue) \(when()) to discuss \(topic1) and \(topic2).")
        case 1:
            title = "\(a.demonym) and \(b.demonym) ministers hold talks"
            s.append("\(nameA), \(a.name)'s \(shortA), held talks with \(b.demonym) \(titleB) \(nameB) in \(b.capital) \(when()).")
        case 2:
            title = "\(surnameA) hosts \(surnameB)"
            s.append("\(titleA) \(nameA) hosted \(b.demonym) \(titleB) \(nameB) at \(a.venue) in \(a.capital) \(when()), the \(a.demonym) government said.")
        case 3:
            title = "\(surnameA) receives \(b.demonym) envoy"
            s.append("\(a.demonym) \(titleA) \(nameA) received \(titleB) \(nameB) of \(b.name) in \(a.capital) \(when()) for talks on \(topic1).")
        case 4:
            title = "Phone call between \(surnameA) and \(surnameB)"
            s.append("\(a.demonym) \(titleA) \(nameA) spoke by phone with \(b.demonym) \(titleB) \(nameB) \(when()) about \(topic1).")
        case 5:
            title = "Video conference on \(topic1)"
            s.append("\(titleA) \(nameA) of \(a.name) held a video conference with \(b.demonym) \(titleB) \(nameB) \(when()), focusing on \(topic2).")
        case 6:
            title = "\(surnameA) to visit \(b.capital)"
            s.append("\(a.demonym) \(titleA) \(nameA) is scheduled to meet \(b.demonym) \(titleB) \(nameB) in \(b.capital) next week to discuss \(topic1).")
        default:
            title = "\(surnameA)-\(surnameB) meeting cancelled"
            s.append("A planned meeting between \(a.demonym) \(titleA) \(nameA) and \(b.demonym) \(titleB) \(nameB) in \(b.capital) was cancelled \(when()) after a dispute over \(topic2).")
        }
        s.append("“We must act decisively together on \(topic1), and this meeting shows the strength of our partnership,” \(surnameA) said, according to a readout issued by the \(a.demonym) \(rng.pick(bodies)).")
        s.append("The two officials discussed \(topic1), \(topic2) and the threats posed by armed groups operating near the border, and agreed to keep in close contact.")
        if rng.chance(60) {
            let donor = rng.chance(50) ? a : b
            let recipient = donor.name == a.name ? b : a
            let kind = rng.pick(aidKinds)
            switch rng.int(0...4) {
            case 0:
                s.append("\(surnameB) expressed gratitude for the recent approval by the \(donor.demonym) \(rng.pick(bodies)) of \(money()) in \(kind) aid for \(recipient.name), and underlined the importance of continued support.")
            case 1:
                s.append("\(donor.name.prefix(1).uppercased() + donor.name.dropFirst()) has pledged up to \(money()) in \(kind) assistance to \(recipient.name) this year, officials said.")
            case 2:
                s.append("The \(donor.demonym) government announced a new package of \(money()) in \(kind) aid for \(recipient.name) \(when()), bringing total aid to \(money()) since the start of the crisis.")
            case 3:
                s.append("In \(monthNames[rng.int(0...11)]) \(date.year), \(donor.name) approved \(money()) for \(kind) projects in \(recipient.name), according to the \(donor.demonym) \(rng.pick(bodies)).")
            default:
                s.append("\(donor.demonym) \(titleA) \(nameA) said his country would provide \(money()) in \(kind) support to \(recipient.name), on top of \(money()) already delivered.")
            }
        }
        s.append("\(surnameB) thanked \(surnameA) for the warm welcome and said \(b.name) was ready to deepen cooperation on \(topic2), including training, joint exercises and the exchange of information.")
        s.append("The meeting was attended by \(a.demonym) Ambassador \(person()), Director of the Political-Military Bureau \(person()), and Military Secretary \(person()).")
        s.append("Earlier \(when()), \(surnameA) met \(rng.pick(countries).demonym) \(rng.pick(titles).0) \(person()) to review progress on \(rng.pick(topics)).")
        s.append("Analysts said the talks reflected growing concern in \(a.capital) and \(b.capital) over \(rng.pick(topics)), after months of tension in the region and several incidents at sea.")
        s.append("“Our cooperation on \(topic2) is not directed against any third country,” \(surnameB) told reporters after the meeting, adding that both sides would meet again later in the year.")
        if rng.chance(50) {
            s.append("The ministers also reviewed \(rng.pick(topics)) and \(rng.pick(topics)), and welcomed the progress made by their working groups since the previous round of talks in \(rng.pick(countries).capital).")
        }
        s.append("The visit comes as \(a.name) seeks a larger role in \(rng.pick(topics)), a priority set out in the national security strategy its government published last year.")
        if rng.chance(50) {
            s.append("Officials in \(b.capital) said a joint statement on \(rng.pick(topics)) would be issued \(rng.pick(["on Friday", "later this week", "after the summit"])), and that working groups would meet in \(rng.pick(countries).capital).")
        }
        s.append("\(surnameA) is expected to travel to \(rng.pick(countries).capital) next month for a summit on \(rng.pick(topics)), where he will meet leaders from across the region.")
        var text = ""
        for (n, sentence) in s.enumerated() {
            if n > 0 { text += n % 3 == 0 ? "\n\n" : " " }
            text += sentence
        }
        return text
    }
}

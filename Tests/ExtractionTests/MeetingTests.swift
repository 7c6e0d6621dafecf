import Testing
@testable import Extraction

/// Meetings, calls and video conferences: who took part, when, where, how, and whether it
/// happened.
///
/// Every article here is published on Thursday 2024-03-14.
@Suite("Meetings", .tags(.small))
struct MeetingTests {
    static let published = "2024-03-14"

    enum Place: Sendable, CustomStringConvertible {
        /// Not checked.
        case any
        /// No location (calls, or none stated).
        case none
        case named(String)
        var description: String {
            switch self {
            case .any: return "any"
            case .none: return "none"
            case .named(let name): return name
            }
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        let participants: Set<String>
        var date: String?
        var precision: DatePrecision = .day
        var location: Place = .any
        var mode: MeetingMode = .inPerson
        var status: MeetingStatus = .held
        var knownIssue: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        // Verbs of meeting.
        Case(text: "Israeli Defense Minister Benny Gantz met Secretary of State Antony Blinken in Washington on Wednesday.",
             participants: ["Benny Gantz", "Antony Blinken"], date: "2024-03-13", location: .named("Washington")),
        Case(text: "Chinese Foreign Minister Wang Yi held talks with Russian Foreign Minister Sergei Lavrov in Beijing on Tuesday.",
             participants: ["Wang Yi", "Sergei Lavrov"], date: "2024-03-12", location: .named("Beijing")),
        Case(text: "Prime Minister Rishi Sunak hosted Irish Taoiseach Leo Varadkar at Downing Street on Monday.",
             participants: ["Rishi Sunak", "Leo Varadkar"], date: "2024-03-11", location: .named("Downing Street")),
        Case(text: "Egyptian President Abdel Fattah al-Sisi received Jordanian Foreign Minister Ayman Safadi in Cairo on Thursday.",
             participants: ["Abdel Fattah al-Sisi", "Ayman Safadi"], date: "2024-03-14", location: .named("Cairo")),
        Case(text: "President Joe Biden welcomed Irish Taoiseach Leo Varadkar to the White House on Friday.",
             participants: ["Joe Biden", "Leo Varadkar"], date: "2024-03-08"),
        Case(text: "Indian External Affairs Minister S. Jaishankar called on Prime Minister Fumio Kishida in Tokyo on Friday.",
             participants: ["S. Jaishankar", "Fumio Kishida"], date: "2024-03-08", location: .named("Tokyo")),
        Case(text: "Japanese Prime Minister Shigeru Ishiba and U.S. President Donald Trump held talks at the White House on Friday.",
             participants: ["Shigeru Ishiba", "Donald Trump"], date: "2024-03-08", location: .named("White House")),
        Case(text: "BEIJING, March 12 (Xinhua) -- Chinese President Xi Jinping met with visiting Vietnamese Prime Minister Pham Minh Chinh at the Great Hall of the People in Beijing on Tuesday.",
             participants: ["Xi Jinping", "Pham Minh Chinh"], date: "2024-03-12", location: .named("Great Hall of the People, Beijing")),
        Case(text: "New Delhi [India], March 12 (ANI): External Affairs Minister S Jaishankar on Tuesday met his Singaporean counterpart Vivian Balakrishnan in New Delhi.",
             participants: ["S Jaishankar", "Vivian Balakrishnan"], date: "2024-03-12", location: .named("New Delhi")),
        Case(text: "Ukraine's President Volodymyr Zelensky met Polish President Andrzej Duda and Lithuanian President Gitanas Nauseda in Kyiv on Tuesday.",
             participants: ["Volodymyr Zelensky", "Andrzej Duda", "Gitanas Nauseda"], date: "2024-03-12", location: .named("Kyiv")),
        // Calls and video conferences: no location.
        Case(text: "German Chancellor Olaf Scholz spoke by phone with French President Emmanuel Macron on Wednesday.",
             participants: ["Olaf Scholz", "Emmanuel Macron"], date: "2024-03-13", location: .none, mode: .call),
        Case(text: "Turkish President Recep Tayyip Erdogan held telephone talks with Russian President Vladimir Putin on Tuesday, the Turkish presidency said.",
             participants: ["Recep Tayyip Erdogan", "Vladimir Putin"], date: "2024-03-12", location: .none, mode: .call),
        Case(text: "Indian Prime Minister Narendra Modi held a telephone conversation with Italian Prime Minister Giorgia Meloni in New Delhi on Tuesday.",
             participants: ["Narendra Modi", "Giorgia Meloni"], date: "2024-03-12", location: .none, mode: .call),
        Case(text: "Prime Minister Keir Starmer spoke with President Volodymyr Zelenskyy by phone from Downing Street this evening.",
             participants: ["Keir Starmer", "Volodymyr Zelenskyy"], date: "2024-03-14", location: .none, mode: .call),
        Case(text: "Secretary of Defense Lloyd J. Austin III spoke by phone today with Ukrainian Minister of Defense Rustem Umerov.",
             participants: ["Lloyd J. Austin III", "Rustem Umerov"], date: "2024-03-14", location: .none, mode: .call),
        Case(text: "Japanese Prime Minister Fumio Kishida held a videoconference with Philippine President Ferdinand Marcos Jr. on Monday.",
             participants: ["Fumio Kishida", "Ferdinand Marcos Jr."], date: "2024-03-11", location: .none, mode: .video),
        Case(text: "Chinese President Xi Jinping held a video call with US President Joe Biden on Monday.",
             participants: ["Xi Jinping", "Joe Biden"], date: "2024-03-11", location: .none, mode: .video),
        // Places.
        Case(text: "Secretary of Defense Lloyd J. Austin III met Polish Minister of National Defense Mariusz Błaszczak in the Pentagon on Tuesday.",
             participants: ["Lloyd J. Austin III", "Mariusz Błaszczak"], date: "2024-03-12", location: .named("Pentagon")),
        Case(text: "President Joe Biden met Italian Prime Minister Giorgia Meloni at the White House on Friday.",
             participants: ["Joe Biden", "Giorgia Meloni"], date: "2024-03-08", location: .named("White House")),
        Case(text: "Japanese Foreign Minister Yoko Kamikawa held talks with British Foreign Secretary David Cameron in Tokyo on Thursday.",
             participants: ["Yoko Kamikawa", "David Cameron"], date: "2024-03-14", location: .named("Tokyo")),
        Case(text: "Indonesian President Joko Widodo (Jokowi) received Chinese Premier Li Qiang at the Merdeka Palace in Jakarta on Monday.",
             participants: ["Joko Widodo", "Li Qiang"], date: "2024-03-11", location: .named("Merdeka Palace, Jakarta")),
        Case(text: "President Joe Biden welcomed Irish Taoiseach Leo Varadkar to the White House on Friday.",
             participants: ["Joe Biden", "Leo Varadkar"], location: .named("White House")),
        Case(text: "Secretary of Defense Lloyd J. Austin III welcomed Japanese Minister of Defense Minoru Kihara to the Pentagon today.",
             participants: ["Lloyd J. Austin III", "Minoru Kihara"], date: "2024-03-14", location: .named("Pentagon")),
        Case(text: "Defence Minister Richard Marles will travel to Tokyo next week, where he will meet Japanese Defence Minister Minoru Kihara.",
             participants: ["Richard Marles", "Minoru Kihara"], location: .named("Tokyo"), status: .planned),
        Case(text: "Foreign Minister Penny Wong travelled to Suva on Tuesday, where she met Fijian Prime Minister Sitiveni Rabuka.",
             participants: ["Penny Wong", "Sitiveni Rabuka"], date: "2024-03-12", location: .named("Suva")),
        Case(text: "Chinese Foreign Minister Wang Yi met with U.S. Secretary of State Antony Blinken on Friday in Munich on the sidelines of the Munich Security Conference.",
             participants: ["Wang Yi", "Antony Blinken"], date: "2024-03-08", location: .named("Munich")),
        Case(text: "Japanese Prime Minister Fumio Kishida and South Korean President Yoon Suk Yeol agreed Thursday to deepen security ties during talks in Tokyo.",
             participants: ["Fumio Kishida", "Yoon Suk Yeol"], date: "2024-03-14", location: .named("Tokyo")),
        // Attendees and companions.
        Case(text: "Prime Minister Anthony Albanese, joined by Foreign Minister Penny Wong, met Chinese Premier Li Qiang at Parliament House in Canberra on Monday.",
             participants: ["Anthony Albanese", "Penny Wong", "Li Qiang"], date: "2024-03-11", location: .named("Parliament House, Canberra")),
        // Plans and cancellations.
        Case(text: "Chinese President Xi Jinping will meet US President Joe Biden on Friday, the foreign ministry said.",
             participants: ["Xi Jinping", "Joe Biden"], date: "2024-03-15", status: .planned),
        Case(text: "Blinken is scheduled to meet Chinese Foreign Minister Wang Yi in Beijing on Friday.",
             participants: ["Blinken", "Wang Yi"], date: "2024-03-15", location: .named("Beijing"), status: .planned),
        Case(text: "US President Joe Biden and Chinese President Xi Jinping are set to meet on the sidelines of the APEC summit in San Francisco next week.",
             participants: ["Joe Biden", "Xi Jinping"], date: "2024-03-01", precision: .month, location: .named("San Francisco"), status: .planned),
        Case(text: "President Emmanuel Macron will host German Chancellor Olaf Scholz and Polish Prime Minister Donald Tusk in Paris on Friday.",
             participants: ["Emmanuel Macron", "Olaf Scholz", "Donald Tusk"], date: "2024-03-15", location: .named("Paris"), status: .planned),
        Case(text: "Secretary of State Antony Blinken postponed his visit to Beijing, where he was set to meet Chinese Foreign Minister Wang Yi.",
             participants: ["Antony Blinken", "Wang Yi"], status: .cancelled),
        Case(text: "Foreign Minister Annalena Baerbock cancelled a planned trip to Australia after her plane broke down; she had been due to meet Foreign Minister Penny Wong in Adelaide.",
             participants: ["Annalena Baerbock", "Penny Wong"], status: .cancelled),
        Case(text: "German Foreign Minister Annalena Baerbock will travel to Israel on Sunday to meet Prime Minister Benjamin Netanyahu.",
             participants: ["Annalena Baerbock", "Benjamin Netanyahu"], date: "2024-03-17", status: .planned),
        Case(text: "The meeting between President Yoon Suk Yeol and Prime Minister Fumio Kishida, originally planned for Friday, has been postponed.",
             participants: ["Yoon Suk Yeol", "Fumio Kishida"], status: .cancelled),
        // Dates.
        Case(text: "Australian Foreign Minister Penny Wong met New Zealand Foreign Minister Winston Peters in Wellington last November.",
             participants: ["Penny Wong", "Winston Peters"], date: "2023-11-01", precision: .month, location: .named("Wellington")),
        Case(text: "Foreign Secretary David Lammy met Chinese Foreign Minister Wang Yi in Beijing on the 14th.",
             participants: ["David Lammy", "Wang Yi"], date: "2024-03-14", location: .named("Beijing")),
        Case(text: "Chancellor Olaf Scholz hosted Polish Prime Minister Donald Tusk in Berlin earlier this month.",
             participants: ["Olaf Scholz", "Donald Tusk"], date: "2024-03-01", precision: .month, location: .named("Berlin")),
        // Talks at a place and a call days before, of the same two: two meetings.
        Case(text: "President Xi Jinping held talks in the Great Hall of the People with President Ukhnaa Khurelsukh on Thursday. On Monday, Xi and Khurelsukh had a telephone conversation to prepare the visit.",
             participants: ["Xi Jinping", "Ukhnaa Khurelsukh"], date: "2024-03-11", mode: .call),
        Case(text: "President Xi Jinping held talks in the Great Hall of the People with President Ukhnaa Khurelsukh on Thursday. On Monday, Xi and Khurelsukh had a telephone conversation to prepare the visit.",
             participants: ["Xi Jinping", "Ukhnaa Khurelsukh"], date: "2024-03-14", location: .named("Great Hall of the People")),
        // An office named before its holder ("The Foreign Secretary met …", her name further down), and an office of
        // several words meaning that office, not any other holding one of its words.
        Case(text: "The Foreign Secretary met Kenya's Cabinet Secretary for Foreign Affairs, Musalia Mudavadi, in London on Tuesday. Foreign Secretary Yvette Cooper said the talks had been productive.",
             participants: ["Yvette Cooper", "Musalia Mudavadi"], date: "2024-03-12", location: .named("London")),
        // A call told in reported speech.
        Case(text: "Prime Minister Mark Carney said he had spoken by phone with President Donald Trump on Tuesday.",
             participants: ["Mark Carney", "Donald Trump"], date: "2024-03-12", mode: .call),
        // A denial in one clause, a meeting in the next.
        Case(text: "Prime Minister Narendra Modi did not meet President Xi Jinping, but he held talks with President Cyril Ramaphosa on Tuesday.",
             participants: ["Narendra Modi", "Cyril Ramaphosa"], date: "2024-03-12"),
        // The dateline dates the story; the weekday dates the talks.
        Case(text: "SEOUL, March 14 (Yonhap) -- Foreign Minister Cho Tae-yul held talks with his Vietnamese counterpart, Bui Thanh Son, in Seoul on Wednesday.",
             participants: ["Cho Tae-yul", "Bui Thanh Son"], date: "2024-03-13", location: .named("Seoul")),
        // Surnames alone.
        Case(text: "Israeli Prime Minister Benjamin Netanyahu met US Secretary of State Antony Blinken in Jerusalem on Tuesday. Netanyahu later spoke with Biden by phone.",
             participants: ["Benjamin Netanyahu", "Biden"], mode: .call),
        // A city-state names its city: the event at whose sidelines they met is not the place.
        Case(text: "Defense Secretary Lloyd Austin met Japanese Defense Minister Minoru Kihara on the sidelines of the Shangri-La Dialogue in Singapore on Saturday.",
             participants: ["Lloyd Austin", "Minoru Kihara"], date: "2024-03-09", location: .named("Singapore")),
        // Venues: a ministry and what it is of, a palace named in Spanish, a body's seat, buildings.
        Case(text: "Defence Secretary John Healey held talks with Polish Defence Minister Władysław Kosiniak-Kamysz at the Ministry of National Defence in Warsaw on Monday.",
             participants: ["John Healey", "Władysław Kosiniak-Kamysz"], date: "2024-03-11", location: .named("Ministry of National Defence, Warsaw")),
        Case(text: "Foreign Minister Luis Gilberto Murillo paid a courtesy call on President José Raúl Mulino at the Palacio de las Garzas on Monday.",
             participants: ["Luis Gilberto Murillo", "José Raúl Mulino"], date: "2024-03-11", location: .named("Palacio de las Garzas")),
        Case(text: "NATO defence ministers met in Brussels on Tuesday. On the sidelines, Defence Minister Kemal Yurtsever met his Dutch counterpart Joost van der Linden at the alliance's headquarters in Brussels.",
             participants: ["Kemal Yurtsever", "Joost van der Linden"], date: "2024-03-12", location: .named("NATO headquarters, Brussels")),
        Case(text: "Commissioner Bankole Adeoye met Korean Ambassador Kim Min-ho at the AU Headquarters on Monday.",
             participants: ["Bankole Adeoye", "Kim Min-ho"], date: "2024-03-11", location: .named("AU Headquarters")),
        Case(text: "Minister Shirley Ayorkor Botchwey paid a courtesy call on Deputy President Paul Mashatile at the Union Buildings on Monday.",
             participants: ["Shirley Ayorkor Botchwey", "Paul Mashatile"], date: "2024-03-11", location: .named("Union Buildings")),
        // Companions told later: "who was accompanied by", "was witnessed by".
        Case(text: "Foreign Minister Yusuf Tuggar received the Minister of Foreign Affairs, African Integration and Chadians Abroad of the Republic of Chad, Abderaman Koulamallah, in Abuja on Tuesday. The Chadian Minister, who was accompanied by the Ambassador of Chad to Nigeria, Adoum Seid, thanked Nigeria for its support.",
             participants: ["Yusuf Tuggar", "Abderaman Koulamallah", "Adoum Seid"], date: "2024-03-12", location: .named("Abuja")),
        Case(text: "The AU Commissioner Bankole Adeoye and Korean Ambassador Kim Min-ho signed the grant agreement in Addis Ababa on Tuesday. The ceremony was witnessed by the Head of the Early Warning Division, Dr. Hawi Abdissa.",
             participants: ["Bankole Adeoye", "Kim Min-ho", "Hawi Abdissa"], date: "2024-03-12"),
        Case(text: "Foreign Minister Yusuf Tuggar received his Chadian counterpart Abderaman Koulamallah in Abuja on Tuesday. Later in the day, the two ministers signed the Agreed Minutes of the Joint Commission. The signing was witnessed by the Permanent Secretary of the Ministry, Ambassador Ebere Okafor.",
             participants: ["Yusuf Tuggar", "Abderaman Koulamallah", "Ebere Okafor"], date: "2024-03-12"),
        // "the two sides" after the two the sentence names are those two, not the people of the meeting before.
        Case(text: "Commissioner Bankole Adeoye and Ambassador Kim Min-ho signed the agreement in Addis Ababa on Monday. Prior to the signing, Ambassador Kim paid a courtesy call on Deputy Chairperson Monique Nsanzabaganwa, during which the two sides discussed the summit.",
             participants: ["Kim Min-ho", "Monique Nsanzabaganwa"], date: "2024-03-11"),
        // A reference to a meeting postponed is not the call held the day before, and its own clause dates it.
        Case(text: "On Monday evening, Foreign Minister Luis Murillo spoke by telephone with Costa Rican Foreign Minister Arnoldo André. The trilateral meeting between Foreign Minister Murillo, Panamanian Foreign Minister Javier Martínez-Acha and Foreign Minister André, which had been scheduled for March 21 in San José, has been postponed.",
             participants: ["Luis Murillo", "Arnoldo André", "Javier Martínez-Acha"], date: "2024-03-21", location: .named("San José"), status: .cancelled),
        Case(text: "On Monday evening, Foreign Minister Luis Murillo spoke by telephone with Costa Rican Foreign Minister Arnoldo André. The trilateral meeting between Foreign Minister Murillo, Panamanian Foreign Minister Javier Martínez-Acha and Foreign Minister André, which had been scheduled for March 21 in San José, has been postponed.",
             participants: ["Luis Murillo", "Arnoldo André"], date: "2024-03-11", mode: .call),
        // The sender of a message handed over is not at the meeting.
        Case(text: "Deputy Minister Majed Al-Muqrin received Ambassador of Paraguay Rodrigo Benítez in Riyadh on Monday. At the outset of the reception, Ambassador Benítez handed over a written message to Prince Faisal from Minister of Foreign Affairs of Paraguay Rubén Ramírez.",
             participants: ["Majed Al-Muqrin", "Rodrigo Benítez"], date: "2024-03-11", location: .named("Riyadh")),
        // A clause of schedule about something else does not date the meeting; a report days later is the same meeting.
        Case(text: "Secretary Antony Blinken met Foreign Minister Wang Yi in Beijing on Monday ahead of the APEC summit, which is due to open in San Francisco on November 11.",
             participants: ["Antony Blinken", "Wang Yi"], date: "2024-03-11", location: .named("Beijing")),
        Case(text: "Foreign Minister Penny Wong met Foreign Minister Retno Marsudi in Jakarta on Monday. On Wednesday, Wong told reporters that the meeting with Marsudi had been productive.",
             participants: ["Penny Wong", "Retno Marsudi"], date: "2024-03-11", location: .named("Jakarta")),
        // A meeting that "did not take place" is cancelled.
        Case(text: "A meeting between Defense Minister Yaşar Güler and Greek Defense Minister Nikos Dendias, planned for Thursday afternoon, did not take place due to scheduling constraints.",
             participants: ["Yaşar Güler", "Nikos Dendias"], status: .cancelled),
        // An office standing bare for its holder as the subject, as a ministry's release writes it; "and" before a name
        // joins two people, not two offices.
        Case(text: "Foreign Secretary Shri Vikram Rao paid an official visit to Bhutan from 11-13 March 2024. On 12 March, Foreign Secretary called on Lyonchhen Tshering Dorji, Prime Minister of Bhutan, in Thimphu.",
             participants: ["Vikram Rao", "Tshering Dorji"], date: "2024-03-12", location: .named("Thimphu")),
        Case(text: "Foreign Secretary Shri Vikram Rao paid an official visit to Bhutan from 11-13 March 2024. On 13 March, Foreign Secretary and Dasho Karma Wangchuk, Foreign Secretary of Bhutan, co-chaired the Development Cooperation Talks in Thimphu.",
             participants: ["Vikram Rao", "Karma Wangchuk"], date: "2024-03-13", location: .named("Thimphu")),
        // People named in what the sides talked over or recalled are its subject matter, not participants; a passive
        // "was discussed when A met B" still names the meeting's people.
        Case(text: "Deputy Foreign Minister Marta Ruiz held talks with Ghanaian Deputy Minister Kwame Asante in Accra on Tuesday. During the talks, the two officials recalled the friendship built by former President Julius Nyerere and the late Prime Minister Olof Palme.",
             participants: ["Marta Ruiz", "Kwame Asante"], date: "2024-03-12", location: .named("Accra")),
        Case(text: "The railway loan was discussed when Finance Minister Dina Okafor met Bank Vice President Lars Holm in Lagos on Monday.",
             participants: ["Dina Okafor", "Lars Holm"], date: "2024-03-11", location: .named("Lagos")),
        // An office told to serve a state ("the Minister of Foreign Affairs of the Kingdom of Tonga") is not the holder of a
        // like office of another state named further down.
        Case(text: "Deputy Foreign Minister Pavel Orlov held a telephone conversation on Tuesday with the Minister of Foreign Affairs of the Kingdom of Tonga. The sides discussed fisheries. The Tongan minister will visit Moscow in May for talks with Russian Foreign Minister Igor Sedov.",
             participants: ["Pavel Orlov"], date: "2024-03-12", location: .none, mode: .call),
        // A planned meeting whose counterpart is told only by a state's office: one named side.
        Case(text: "Foreign Minister Jamshid Karimov will pay an official visit to the United Kingdom on March 20, where talks are scheduled with the UK Minister for Africa.",
             participants: ["Jamshid Karimov"], date: "2024-03-20", status: .planned),
        Case(text: "Secretary of State Lucia Moreno Vidal left Santiago on Monday. On Saturday she is due to meet Bolivia's deputy foreign minister to discuss water projects.",
             participants: ["Lucia Moreno Vidal"], date: "2024-03-16", status: .planned),
        // A pronoun's verb done through a call told further along its clause.
        Case(text: "Meanwhile, Foreign Minister Ari Santoso said he had conveyed Indonesia's condolences to his Fijian counterpart, Mere Tuilagi, in a phone call on Tuesday.",
             participants: ["Ari Santoso", "Mere Tuilagi"], date: "2024-03-12", location: .none, mode: .call),
        // A city told by its kind ("the border city of", "the port city of") or a capital by its state's adjective.
        Case(text: "Polish Foreign Minister Jan Wrona met his Ukrainian counterpart Olha Hrytsenko in the border city of Przemyśl on Monday.",
             participants: ["Jan Wrona", "Olha Hrytsenko"], date: "2024-03-11", location: .named("Przemyśl")),
        Case(text: "Georgian Foreign Minister Nino Abashidze received Armenian Foreign Minister Aram Petrosyan in the Black Sea port city of Batumi on Tuesday.",
             participants: ["Nino Abashidze", "Aram Petrosyan"], date: "2024-03-12", location: .named("Batumi")),
        Case(text: "Chinese Foreign Minister Gao Wen met Malaysian Foreign Minister Azmi Harun in the Malaysian capital on Wednesday.",
             participants: ["Gao Wen", "Azmi Harun"], date: "2024-03-13", location: .named("Kuala Lumpur")),
        Case(text: "Thai Prime Minister Chai Wongsa held talks with Lao Prime Minister Khamphan Vongsa in the capital of Laos on Wednesday.",
             participants: ["Chai Wongsa", "Khamphan Vongsa"], date: "2024-03-13", location: .named("Vientiane")),
        // "The audience took place in the presence of …" adds to the audience told; the sender of a message, named in
        // apposition, is not at it.
        Case(text: "President Karim Benali received Sunday in Algiers the Foreign Minister of Mauritania, Mr. Sidi Ould Amar, bearer of a written message from his brother, the President of Mauritania, Mr. Brahim Ould Hamed. The audience took place in the presence of the Foreign Minister, Mr. Nadir Saadi.",
             participants: ["Karim Benali", "Sidi Ould Amar", "Nadir Saadi"], date: "2024-03-10", location: .named("Algiers")),
        // "his Mauritanian counterpart", unnamed: the one of that state named before; "at the headquarters of the Ministry of
        // Foreign Affairs" is the ministry's headquarters.
        Case(text: "Mauritanian Foreign Minister Sidi Ould Amar arrived in Algiers on Monday. Algerian Foreign Minister Nadir Saadi held talks on Tuesday with his Mauritanian counterpart at the headquarters of the Ministry of Foreign Affairs.",
             participants: ["Nadir Saadi", "Sidi Ould Amar"], date: "2024-03-12", location: .named("Ministry of Foreign Affairs headquarters")),
        // "Taking part in the extended-format talks were …": the talks told, whatever their format's adjective.
        Case(text: "President Pavel Rudak held talks with Prime Minister Imran Qadir in Minsk on Tuesday. Talks in a narrow format were followed by extended-format talks. Taking part in the extended-format talks were Foreign Minister Bilal Ashraf and Prime Minister of Belarus Oleg Zhuk.",
             participants: ["Pavel Rudak", "Imran Qadir", "Bilal Ashraf", "Oleg Zhuk"], date: "2024-03-12", location: .named("Minsk")),
        // "X, who is on a working visit to Malaysia, was accompanied by Y": the visit of a clause of its own makes Y no trip
        // companion; "Also present was Z" is at the encounter told.
        Case(text: "Prime Minister Datuk Seri Hamzah Aziz received a courtesy call from Indonesian Armed Forces Commander General Bambang Sutrisno in Putrajaya on Tuesday. Bambang, who is on a three-day working visit to Malaysia, was accompanied by Indonesian Ambassador to Malaysia Hermanto. Also present was Malaysia's Chief of Defence Force General Mohd Faizal Rahim.",
             participants: ["Hamzah Aziz", "Bambang Sutrisno", "Hermanto", "Mohd Faizal Rahim"], date: "2024-03-12", location: .named("Putrajaya")),
        // A venue named with its state ("the Palace of Serbia"); a venue told in a later report of talks placed in a city
        // is the venue in that city; a body's own venue after its possessive.
        Case(text: "Serbian Prime Minister Milan Petrović met Slovak Prime Minister Jan Kováč at the Palace of Serbia on Tuesday.",
             participants: ["Milan Petrović", "Jan Kováč"], date: "2024-03-12", location: .named("Palace of Serbia")),
        Case(text: "Serbian President Dragan Ilić met in Belgrade on Tuesday with Slovak Prime Minister Jan Kováč. The two officials first held a tête-à-tête meeting at the Presidency of Serbia, which was followed by plenary talks.",
             participants: ["Dragan Ilić", "Jan Kováč"], date: "2024-03-12", location: .named("Presidency of Serbia, Belgrade")),
        Case(text: "Japanese Foreign Minister Emi Sato held talks on Tuesday with South Korean Foreign Minister Park Ji-hoon at the Foreign Ministry's Iikura Guest House.",
             participants: ["Emi Sato", "Park Ji-hoon"], date: "2024-03-12", location: .named("Iikura Guest House")),
        // "the Polish and Lithuanian ministers": each state's minister named before.
        Case(text: "Polish Defence Minister Adam Nowak met Lithuanian Defence Minister Rasa Petraitė in Vilnius on Monday. A trilateral meeting of the Polish and Lithuanian ministers with Ukrainian Defence Minister Oleh Bondar, originally planned for 13 March in Vilnius, has been postponed.",
             participants: ["Adam Nowak", "Rasa Petraitė", "Oleh Bondar"], date: "2024-03-13", location: .named("Vilnius"), status: .cancelled),
        // "inside" a venue, as "at" it.
        Case(text: "President Chen Wei-lun held talks with Palau President Tommy Remengesau inside the Presidential Office on Tuesday.",
             participants: ["Chen Wei-lun", "Tommy Remengesau"], date: "2024-03-12", location: .named("Presidential Office")),
        // A city a sentence opens with sets the scene of the rest of its paragraph, over the city of the story's visit.
        Case(text: "Vice President Emre Kaya welcomed Kyrgyz Prime Minister Talant Osmonov at the Presidential Complex in Ankara on Monday.\n\nMeanwhile, in Bishkek, the Turkish aid agency handed over medical equipment to a children's hospital on Tuesday. The equipment was delivered at a ceremony attended by agency President Selim Ozturk and Kyrgyz Minister of Health Aida Toktobaeva.",
             participants: ["Selim Ozturk", "Aida Toktobaeva"], date: "2024-03-12", location: .named("Bishkek")),
    ]

    @Test("'Earlier on Wednesday, A held talks with B': another encounter than the audience both attended")
    func earlierEncounter() {
        let text = """
            King Hamad Saleh received Cypriot President Andreas Pavlou at the Royal Palace on Wednesday. \
            Foreign Minister Omar Nasser and Cypriot Foreign Minister Eleni Georgiou attended the meeting. \
            Earlier on Wednesday, Nasser held talks with Georgiou at the Ministry of Foreign Affairs.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.contains { Set($0.participants) == ["Omar Nasser", "Eleni Georgiou"] && $0.location == "Ministry of Foreign Affairs" },
                "\(facts.summary)")
    }

    @Test("A dateline's city the gazetteer lacks ('Shamakhi, March 14, AZERTAC') is in the outlet's state, and places its day's meetings")
    func unknownDatelineCity() {
        let text = """
            Shamakhi, March 14, AZERTAC

            On March 14, on the sidelines of the 12th Summit of the Council of Heads of State of the Organization of Turkic States, President of the Republic of \
            Azerbaijan Ilham Aliyev met with President of the Kyrgyz Republic Sadyr Japarov.
            """
        let facts = extract(text, on: Self.published, origin: "https://azertag.az/en/xeber/1")
        #expect(facts.meetings.count == 1 && facts.meetings.first?.location == "Shamakhi", "\(facts.summary)")
        // Not on another state's site, where the city could be anywhere.
        let elsewhere = extract(text, on: Self.published)
        #expect(elsewhere.meetings.first?.location != "Shamakhi", "\(elsewhere.summary)")
    }

    @Test("A meeting's participants, date, place, mode and status", arguments: cases)
    func meeting(_ row: Case) {
        let facts = extract(row.text, on: Self.published)
        let check = {
            let matching = facts.meetings.filter { Set($0.participants).isSuperset(of: row.participants) && $0.mode == row.mode }
            guard matching.count == 1, let meeting = matching.first else {
                Issue.record("expected one \(row.mode.rawValue) meeting of \(row.participants.sorted()) in:\n\(facts.summary)")
                return
            }
            #expect(Set(meeting.participants) == row.participants, "\(facts.summary)")
            #expect(meeting.status == row.status, "\(facts.summary)")
            if let date = row.date {
                #expect(meeting.date == day(date), "\(facts.summary)")
                #expect(meeting.datePrecision == row.precision, "\(facts.summary)")
            }
            switch row.location {
            case .any: break
            case .none: #expect(meeting.location == nil, "\(facts.summary)")
            case .named(let name): #expect(meeting.location == name, "\(facts.summary)")
            }
            #expect(!meeting.evidence.isEmpty)
        }
        if let issue = row.knownIssue { withKnownIssue(Comment(rawValue: issue)) { check() } } else { check() }
    }

    @Test("Sentences that report no meeting yield none",
          arguments: ["Secretary of State Antony Blinken called for an immediate ceasefire in Gaza.",
                      "Following the Executive Board discussion, Mr. Daisuke Mori, Deputy Managing Director and Acting Chair, issued the following statement.",
                      "Secretary Lloyd Austin thanked Emir Tamim bin Hamad Al Thani for hosting US forces at Al Udeid Air Base.",
                      "Defence Secretary Grant Shapps visited troops in Estonia on Tuesday.",
                      "Chancellor Olaf Scholz said Germany would keep supporting Ukraine.",
                      "Prime Minister Fumio Kishida called on Russia to withdraw its troops.",
                      "Foreign Minister Penny Wong welcomed the decision of the Security Council.",
                      "President Joe Biden told reporters that a meeting with Xi Jinping was \"not on the agenda\".",
                      // Denied meetings.
                      "Prime Minister Narendra Modi did not meet President Xi Jinping during the BRICS summit.",
                      "Chancellor Olaf Scholz has never met President Javier Milei.",
                      "President Lula didn't hold talks with President Vladimir Putin at the summit.",
                      "Prime Minister Keir Starmer had no plans to hold talks with President Donald Trump in Davos.",
                      "Foreign Minister Wang Yi left Brussels without meeting High Representative Kaja Kallas."])
    func noMeeting(_ text: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.isEmpty, "\(facts.summary)")
    }

    // MARK: - Attendees

    @Test("\"The meeting was attended by A, B and C\" adds A, B and C to the meeting")
    func attendedBy() throws {
        let text = """
            Secretary of Defense Lloyd J. Austin III met Estonian Minister of Defence Hanno Pevkur at the Pentagon on Tuesday. \
            The meeting was attended by Deputy Secretary of Defense Kathleen Hicks, Assistant Secretary of Defense Celeste Wallander and Estonian Ambassador Kristjan Prikk.
            """
        let facts = extract(text, on: Self.published)
        try #require(facts.meetings.count == 1, "\(facts.summary)")
        let meeting = facts.meetings[0]
        #expect(Set(meeting.participants) == ["Lloyd J. Austin III", "Hanno Pevkur", "Kathleen Hicks", "Celeste Wallander", "Kristjan Prikk"])
        #expect(Array(meeting.participants.prefix(2)) == ["Lloyd J. Austin III", "Hanno Pevkur"])
        #expect(meeting.location == "Pentagon")
        #expect(meeting.date == day("2024-03-12"))
        #expect(meeting.evidence.count == 2)
    }

    @Test("An office-holder's op-ed: \"I\" is the byline's author; a story's opening day is no dateline")
    func opEdAuthor() throws {
        let text = """
            By Anders Holm, Minister for Development Cooperation

            On Monday last week, 4 March, I stood in a camp for displaced families on the outskirts of Mogadishu.

            The same afternoon, I met Somalia's Minister of Planning, Abdirizak Gedi, in Mogadishu.

            That is why the Danish Government today commits DKK 175 million in humanitarian assistance to Somalia.

            Next month, I will welcome Somalia's Prime Minister, Hamza Barre, to Copenhagen to discuss migration.
            """
        let facts = extract(text, on: Self.published)
        let held = try #require(facts.meetings.first { $0.participants.contains("Abdirizak Gedi") }, "\(facts.summary)")
        #expect(Set(held.participants) == ["Anders Holm", "Abdirizak Gedi"])
        #expect(held.date == day("2024-03-04"))
        let planned = try #require(facts.meetings.first { $0.participants.contains("Hamza Barre") }, "\(facts.summary)")
        #expect(planned.participants.contains("Anders Holm"))
        #expect((planned.status, planned.location) == (.planned, "Copenhagen"))
        // "today" is the day of publication, not the day the story opens with.
        #expect(facts.aid.first?.date == day(Self.published), "\(facts.summary)")
    }

    @Test("\"Recalled their previous meeting … in February\" is another meeting, of the month named; a body's last meeting is none")
    func previousMeeting() throws {
        let text = """
            Prime Minister Srettha Thavisin welcomed Prime Minister Xanana Gusmão of Timor-Leste at Government House on Monday. \
            The two leaders recalled their previous meeting on the sidelines of the ASEAN Summit in Jakarta in February. \
            They discussed the agreements reached during the last meeting of the Joint Commission.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        let earlier = try #require(facts.meetings.first { $0.location == "Jakarta" }, "\(facts.summary)")
        #expect((earlier.date, earlier.datePrecision, earlier.status) == (day("2024-02-01"), .month, .held))
    }

    @Test("\"Looked forward to meeting again\" is another meeting, planned; a body's \"next meeting\" is none of theirs")
    func meetingAgain() throws {
        let text = """
            Secretary of Defense Raymond Keller welcomed Indonesian Minister of Defense Hendra Saputra to the Pentagon today. \
            Secretary Keller and Minister Saputra affirmed the importance of ASEAN centrality and said they looked forward to meeting again at the Shangri-La Dialogue in Singapore later this spring. \
            They also discussed the Joint Defense Council, which will hold its next meeting in Jakarta later this year.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.contains { $0.status == .held }, "\(facts.summary)")
        #expect(facts.meetings.contains { $0.status == .planned && $0.location == "Singapore" }, "\(facts.summary)")
    }

    @Test("Separate meetings with counterparts listed by state are one meeting each, each counterpart of the state in its place")
    func separateCounterparts() throws {
        let text = """
            Turkish Defense Minister Kemal Yurtsever on Thursday held separate meetings with his Dutch, Polish and Finnish \
            counterparts, Joost van der Linden, Paweł Sobczyk and Ville Kantola, in Brussels. Deputy Defense Minister Emre Kaya \
            accompanied Yurtsever at the meeting with van der Linden, in which the two sides also discussed naval vessels.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 3, "\(facts.summary)")
        for (name, country) in [("Joost van der Linden", "NL"), ("Paweł Sobczyk", "PL"), ("Ville Kantola", "FI")] {
            #expect(facts.person(name)?.country == country, "\(facts.summary)")
        }
        let dutch = try #require(facts.meetings.first { $0.participants.contains("Joost van der Linden") }, "\(facts.summary)")
        #expect(Set(dutch.participants) == ["Kemal Yurtsever", "Joost van der Linden", "Emre Kaya"], "\(facts.summary)")
        let finnish = try #require(facts.meetings.first { $0.participants.contains("Ville Kantola") }, "\(facts.summary)")
        #expect(Set(finnish.participants) == ["Kemal Yurtsever", "Ville Kantola"], "\(facts.summary)")
    }

    @Test("A companion of 'both calls', 'all his meetings' or 'the meetings with' two states joins each meeting counted")
    func companionOfCountedMeetings() throws {
        let both = """
            On 5 December, Foreign Secretary Rohan Mehta separately called on Prime Minister of Bhutan Karma Dorji and \
            Foreign Minister of Bhutan Sonam Tshering. Ambassador of India to Bhutan Vikram Rao accompanied the Foreign \
            Secretary during both calls.
            """
        var facts = extract(both, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { $0.participants.contains("Vikram Rao") }, "\(facts.summary)")
        let named = """
            On Monday, Philippine Secretary of Foreign Affairs Elena Cruz met with Slovenian Foreign Minister Marta Kos. On \
            Tuesday, the Secretary held separate meetings with her Mauritian counterpart Ravi Gokhool and with Guyanese Foreign Minister Hugh Todd. \
            Ambassador Jose Lim joined the Secretary in the meetings with Slovenia and Mauritius.
            """
        facts = extract(named, on: Self.published)
        #expect(facts.meetings.count == 3, "\(facts.summary)")
        #expect(facts.meetings(with: "Jose Lim").count == 2, "\(facts.summary)")
        #expect(!(facts.meetings(with: "Hugh Todd").first?.participants.contains("Jose Lim") ?? true), "\(facts.summary)")
    }

    @Test("An unnamed 'his counterpart' of a planned trip is the one from another state its traveller met last")
    func unnamedCounterpartOfPlannedTalks() {
        let text = """
            Iranian Foreign Minister Reza Hosseini and his Omani counterpart Hamad Al Saidi discussed regional developments \
            in a telephone conversation on Sunday. Hosseini is scheduled to travel to Muscat next week for talks with his counterpart.
            """
        let facts = extract(text, on: "2025-11-24")
        let planned = facts.meetings.filter { $0.status == .planned }
        #expect(planned.count == 1 && Set(planned[0].participants) == ["Reza Hosseini", "Hamad Al Saidi"], "\(facts.summary)")
    }

    @Test("The sender of greetings conveyed at talks is not at them; 'FM' is an office")
    func greetingsSenderAndFM() {
        let text = """
            Deputy PM and FM Khamla Vongsa held talks with Foreign Minister Bui Van Hai in Hanoi on Monday. Vongsa conveyed \
            greetings from Lao Prime Minister Souk Keomany to Hai.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Khamla Vongsa", "Bui Van Hai"], "\(facts.summary)")
        #expect(facts.person("FM Vongsa") == nil, "\(facts.summary)")
    }

    @Test("A spokesperson who states that others met is not at the meeting and stands on no side; 'in the presence of' lists one side")
    func spokespersonStatesThatOthersMet() {
        let text = """
            Ambassador Tamer Ghaffar, Spokesman for the Presidency, stated that President Hisham Rahman received today at \
            Al-Ittihadiya Palace Dr. Faisal Al-Omari, President of the Islamic Development Bank, in the presence of Prime \
            Minister Adel Mansour. The Bank will provide financing of up to US$1.5 billion to Egypt.
            """
        let facts = extract(text, on: Self.published, origin: "https://www.presidency.eg/en/media/news/x")
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Hisham Rahman", "Faisal Al-Omari", "Adel Mansour"], "\(facts.summary)")
        #expect(facts.person("Tamer Ghaffar")?.title == "Spokesman for the Presidency", "\(facts.summary)")
        #expect(facts.person("Hisham Rahman")?.country == "EG" && facts.person("Adel Mansour")?.country == "EG", "\(facts.summary)")
    }

    @Test("A delegation's members listed a few words after it join the encounter told ('The Indian delegation at the Joint Commission included …')")
    func delegationIncludedAfterWords() {
        let text = """
            External Affairs Minister Arvind Raghunathan and Foreign Minister Ruwan Senanayake co-chaired the Joint Commission \
            in Colombo on 21 April. The Indian delegation at the Joint Commission included Foreign Secretary Anand Iyer and \
            High Commissioner of India to Sri Lanka Deepa Rao.
            """
        let facts = extract(text, on: "2025-04-22")
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Arvind Raghunathan", "Ruwan Senanayake", "Anand Iyer", "Deepa Rao"], "\(facts.summary)")
    }

    @Test("A question reports no meeting")
    func questionIsNoMeeting() {
        let facts = extract("Dragon TV: Will Premier Zhao Mingyuan meet with the visiting Zambian foreign minister?", on: Self.published)
        #expect(facts.meetings.isEmpty, "\(facts.summary)")
    }

    @Test("A pronoun that held a video conference or video call took part in it")
    func pronounHeldVideoConference() {
        let text = "Commissioner Kristina Vaidotaite visited Chad on Monday. In May, she held a video conference with WFP Executive Director Anneke Vos."
        let facts = extract(text, on: "2025-06-16")
        let video = facts.meetings.first { $0.mode == .video }
        #expect(Set(video?.participants ?? []) == ["Kristina Vaidotaite", "Anneke Vos"], "\(facts.summary)")
    }

    @Test("A pronoun subject after a sentence opened by an office is that office's holder, not the last person named")
    func pronounAfterOfficeOpener() {
        let text = """
            United Nations Emergency Relief Coordinator Ingrid Solheim today released US$12 million for Pakistan. On Thursday, \
            the Emergency Relief Coordinator met in New York with Pakistan's Permanent Representative to the United Nations, \
            Ambassador Shahid Qureshi. On the same day, she also spoke by phone with the UN Humanitarian Coordinator for \
            Afghanistan, Rashida Okello.
            """
        let facts = extract(text, on: "2025-09-05")
        let call = facts.meetings.first { $0.mode == .call }
        #expect(Set(call?.participants ?? []) == ["Ingrid Solheim", "Rashida Okello"], "\(facts.summary)")
    }

    @Test("A short sentence that tells a day and no encounter dates the meeting told next in its paragraph")
    func shortSentenceSetsTheDay() {
        let text = """
            The week opened on Monday in Addis Ababa, where Foreign Minister Mesfin Alemu hosted his Somali counterpart, Abdi \
            Warsame. On Tuesday it was Doha's turn. Qatar's Minister of State Ahmed Al-Kuwari received Sudan's Foreign Minister \
            Omer Elamin, and Qatar pledged $25 million for Sudan on the same day.
            """
        let facts = extract(text, on: "2025-03-30")
        let doha = facts.meetings(with: "Omer Elamin").first
        #expect(doha?.date == day("2025-03-25"), "\(facts.summary)")
    }

    @Test("Handing something over to a named person is an encounter; handing it to an agency is none")
    func handoverToAPerson() {
        var facts = extract("Chinese Ambassador Liu Wen handed over the supplies to Nepal's Minister for Home Affairs Krishna Thapa in Kathmandu on Monday.",
                            on: Self.published)
        #expect(facts.meetings.count == 1 && Set(facts.meetings[0].participants) == ["Liu Wen", "Krishna Thapa"], "\(facts.summary)")
        facts = extract("Head of the disaster agency, Lt. Gen. Wisnu Hartono, said the aid would be handed over to Pakistan's disaster authority.",
                        on: Self.published)
        #expect(facts.meetings.isEmpty, "\(facts.summary)")
    }

    @Test("A lone word a place preposition governs is a place, even before 'the Minister noted'")
    func placeBeforeAppositiveIsNoOne() {
        let facts = extract("The bank also approved a grant for disaster risk reduction in St. Thomas and Portland, the Minister noted.",
                            on: Self.published)
        #expect(facts.person("Portland") == nil, "\(facts.summary)")
    }

    @Test("A run of capitalised words that ends in a body's noun ('… Socio-Cultural Community') is the body, not a person")
    func bodyNameIsNoOne() {
        let facts = extract("The Secretary-General was joined by Deputy Secretary-General of ASEAN for ASEAN Socio-Cultural Community, Dr. Ekkaphon Suwannarat.",
                            on: Self.published)
        #expect(facts.person("Socio-Cultural Community") == nil && facts.person("Ekkaphon Suwannarat") != nil, "\(facts.summary)")
    }

    @Test("Plural nouns opening a sentence are no one: 'Shareholders will meet', 'Economists say', 'Neither side'")
    func pluralNounsAreNoOne() {
        let text = """
            Shares in hearing aid maker Sonavia rose on Wednesday. Shareholders will meet for the annual general meeting in \
            Copenhagen on May 6. Economists say growth will slow. Bank Indonesia's Board of Governors will meet on May 20.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.people.isEmpty && facts.meetings.isEmpty, "\(facts.summary)")
    }

    @Test("'The two foreign ministers' are the holders of that portfolio, whatever their offices are called")
    func twoForeignMinisters() {
        let text = """
            Secretary of Foreign Affairs Elena Cruz met Minister of State for External Affairs Arun Tiwari in New Delhi on Monday. \
            Secretary Cruz will co-chair the commission with External Affairs Minister Raghav Iyer on 20 March. \
            The two foreign ministers last met in Manila in August 2023.
            """
        let facts = extract(text, on: Self.published)
        let past = facts.meetings.first { $0.date.year == 2023 }
        #expect(Set(past?.participants ?? []) == ["Elena Cruz", "Raghav Iyer"], "\(facts.summary)")
        #expect(facts.person("Arun Tiwari")?.country == "IN", "\(facts.summary)")
    }

    @Test("\"The two leaders\" in a later sentence is the same meeting, not a new one")
    func theTwoLeaders() throws {
        let text = "President Yoon Suk Yeol met Japanese Prime Minister Fumio Kishida in Seoul on Wednesday. The two leaders held talks on North Korea."
        let facts = extract(text, on: Self.published)
        try #require(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings[0].participants) == ["Yoon Suk Yeol", "Fumio Kishida"])
        #expect(facts.meetings[0].date == day("2024-03-13"))
        #expect(facts.meetings[0].evidence.count == 2)
    }

    @Test("A meeting reported twice is one meeting")
    func reportedTwice() throws {
        let text = """
            Foreign Minister Penny Wong met Chinese Foreign Minister Wang Yi at Parliament House in Canberra on Wednesday. \
            Wong met Wang for more than three hours, officials said.
            """
        let facts = extract(text, on: Self.published)
        try #require(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings[0].participants) == ["Penny Wong", "Wang Yi"])
        #expect(facts.meetings[0].location == "Parliament House, Canberra")
        #expect(facts.meetings[0].evidence.count == 2)
    }

    @Test("A dated sub-heading on its own line dates the items under it, over a summit's day told at the top; a date line over the body does not")
    func datedSubHeadings() throws {
        let text = """
            Nairobi, 12 March 2024 – Foreign Minister Amina Otieno held several meetings on the margins of the IGAD Summit in Nairobi.

            Sunday, 10 March 2024

            - The Minister met the Foreign Minister of Uganda, Joseph Okello, at the Serena Hotel. Later in the day, on the margins of the summit, the Minister met the Foreign Minister of Rwanda, Claude Habimana.
            """
        let facts = extract(text, on: Self.published)
        let rwanda = try #require(facts.meetings.first { $0.participants.contains("Claude Habimana") }, "\(facts.summary)")
        #expect(rwanda.date == day("2024-03-10"), "\(facts.summary)")
        let uganda = try #require(facts.meetings.first { $0.participants.contains("Joseph Okello") }, "\(facts.summary)")
        #expect(uganda.date == day("2024-03-10"), "\(facts.summary)")
        let dateLine = """
            March 13, 2024

            Foreign Minister Amina Otieno will visit Uganda from March 18 to 20. During the visit, she will be received by President Joseph Okello.
            """
        let planned = extract(dateLine, on: Self.published)
        let visit = try #require(planned.meetings.first { $0.participants.contains("Joseph Okello") }, "\(planned.summary)")
        #expect(visit.date == day("2024-03-18"), "\(planned.summary)")
    }

    // MARK: - Several meetings

    @Test("Two meetings on different days stay two, each with its own date and place")
    func twoDays() throws {
        let text = """
            On Monday, Canadian Foreign Minister Melanie Joly met Ukrainian Foreign Minister Dmytro Kuleba in Kyiv. \
            On Wednesday, Joly met Polish Foreign Minister Radoslaw Sikorski in Warsaw.
            """
        let facts = extract(text, on: Self.published)
        try #require(facts.meetings.count == 2, "\(facts.summary)")
        let kyiv = try #require(facts.meetings.first { $0.participants.contains("Dmytro Kuleba") })
        let warsaw = try #require(facts.meetings.first { $0.participants.contains("Radoslaw Sikorski") })
        #expect(Set(kyiv.participants) == ["Melanie Joly", "Dmytro Kuleba"])
        #expect(Set(warsaw.participants) == ["Melanie Joly", "Radoslaw Sikorski"])
        #expect((kyiv.date, kyiv.location) == (day("2024-03-11"), "Kyiv"))
        #expect((warsaw.date, warsaw.location) == (day("2024-03-13"), "Warsaw"))
    }

    @Test("A meeting and a call on the same day stay two")
    func meetingThenCall() throws {
        let text = """
            Secretary of Defense Lloyd J. Austin III hosted Japanese Defense Minister Minoru Kihara for talks at the Pentagon on Monday. \
            Later that day Austin spoke by phone with Ukrainian Defense Minister Rustem Umerov.
            """
        let facts = extract(text, on: Self.published)
        try #require(facts.meetings.count == 2, "\(facts.summary)")
        let talks = try #require(facts.meetings.first { $0.mode == .inPerson })
        let call = try #require(facts.meetings.first { $0.mode == .call })
        #expect(Set(talks.participants) == ["Lloyd J. Austin III", "Minoru Kihara"])
        #expect(Set(call.participants) == ["Lloyd J. Austin III", "Rustem Umerov"])
        #expect(talks.location == "Pentagon")
        #expect(call.location == nil)
        #expect(call.date == day("2024-03-11"))
    }

    @Test("One trip, two hosts on different days: two meetings")
    func oneSentenceTwoMeetings() {
        let text = "Vice President Kamala Harris met Ghanaian President Nana Akufo-Addo in Accra on Monday and Tanzanian President Samia Suluhu Hassan in Dar es Salaam on Wednesday."
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        let accra = facts.meetings.first { $0.participants.contains("Nana Akufo-Addo") }
        let dar = facts.meetings.first { $0.participants.contains("Samia Suluhu Hassan") }
        #expect(accra?.date == day("2024-03-11"), "\(facts.summary)")
        #expect(dar?.date == day("2024-03-13"), "\(facts.summary)")
        #expect(accra?.location == "Accra", "\(facts.summary)")
        #expect(dar?.location == "Dar es Salaam", "\(facts.summary)")
        #expect(accra?.participants.contains("Samia Suluhu Hassan") == false)
    }

    @Test("Plural meetings with several named counterparts are one meeting each")
    func pluralMeetings() {
        let text = """
            Foreign Minister Penny Wong is in Jakarta for meetings with senior Indonesian officials, including Foreign Minister \
            Retno Marsudi on Monday and Defence Minister Prabowo Subianto on Tuesday.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        let retno = facts.meetings.first { $0.participants.contains("Retno Marsudi") }
        let prabowo = facts.meetings.first { $0.participants.contains("Prabowo Subianto") }
        #expect(retno?.participants == ["Penny Wong", "Retno Marsudi"], "\(facts.summary)")
        #expect(prabowo?.participants == ["Penny Wong", "Prabowo Subianto"], "\(facts.summary)")
        // Told on Thursday in the present tense: Monday and Tuesday are the days just gone, and those meetings were held.
        #expect(retno?.date == day("2024-03-11"), "\(facts.summary)")
        #expect(prabowo?.date == day("2024-03-12"), "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { $0.status == .held }, "\(facts.summary)")
    }

    @Test("A meeting told only as \"in the meeting held at …\" is still reported, once")
    func meetingToldByReference() {
        let text = """
            In the meeting held at the Raffles Hotel on Saturday morning, Defence Minister Richard Marles and Philippine \
            Defense Secretary Gilberto Teodoro discussed maritime security. Before the meeting, Marles laid a wreath at the \
            Kranji War Memorial. In their talks, the two ministers also discussed the Quad summit in July.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(facts.meetings.first?.location == "Raffles Hotel", "\(facts.summary)")
        #expect(facts.meetings.first?.date == day("2024-03-09"), "\(facts.summary)")
    }

    // MARK: - Spokespeople

    @Test("A cited spokesperson is a person but not a participant",
          arguments: ["Secretary of State Antony Blinken met Egyptian Foreign Minister Sameh Shoukry in Cairo on Wednesday, State Department Spokesperson Matthew Miller said.",
                      "The following is attributable to Spokesperson Matthew Miller:\nSecretary of State Antony J. Blinken met today with Egyptian Foreign Minister Sameh Shoukry in Cairo."])
    func spokesperson(_ text: String) throws {
        let facts = extract(text, on: Self.published)
        #expect(facts.person("Matthew Miller") != nil, "\(facts.summary)")
        try #require(facts.meetings.count == 1, "\(facts.summary)")
        #expect(!facts.meetings[0].participants.contains("Matthew Miller"))
        #expect(facts.meetings[0].participants.count == 2)
        #expect(facts.meetings[0].location == "Cairo")
    }

    @Test("A readout's press secretary is not a participant of the call it reports")
    func pressSecretary() throws {
        let text = "Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:\nSecretary of Defense Lloyd J. Austin III spoke by phone today with Ukrainian Minister of Defense Rustem Umerov."
        let facts = extract(text, on: Self.published)
        try #require(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings[0].participants) == ["Lloyd J. Austin III", "Rustem Umerov"])
    }

    // MARK: - Evidence

    @Test("Every evidence span of a meeting points at its text in the body")
    func evidenceOffsets() throws {
        let text = """
            Polish Defence Minister Władysław Kosiniak-Kamysz met Czech Defence Minister Jana Černochová in Prague on Tuesday. \
            The two ministers discussed ammunition — “a priority for both”.
            """
        let facts = extract(text, on: Self.published)
        let meeting = try #require(facts.meetings.first, "\(facts.summary)")
        let scalars = Array(text.unicodeScalars)
        for evidence in meeting.evidence {
            var view = String.UnicodeScalarView()
            view.append(contentsOf: scalars[evidence.start..<evidence.end])
            #expect(String(view) == evidence.text)
        }
        #expect(meeting.evidence.first?.text.hasPrefix("Polish Defence Minister") == true)
    }

    // MARK: - Places the meeting's own sentence does not name

    @Test("A dateline gives the place of the day's meeting hosted in its country")
    func datelinePlace() {
        let text = "(Wire service) Amman, March 14 (Petra) -- King Abdullah II on Thursday received U.S. Secretary of Defense Lloyd Austin and discussed regional security."
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == "Amman", "\(facts.summary)")
    }

    @Test("\"The President of Mongolia\" is the president who serves Mongolia, not the Presidential Aide named last")
    func officeOfAState() throws {
        let text = """
            President Vladimir Putin held talks in the Kremlin with President of Mongolia Ukhnaa Khurelsukh. The talks were \
            attended by Presidential Aide Yury Ushakov. Earlier that day, an official welcoming ceremony for the President of \
            Mongolia took place in the Grand Kremlin Palace, where Putin greeted his guest.
            """
        let facts = extract(text, on: Self.published)
        let ceremony = try #require(facts.meetings.first { $0.evidence.contains { $0.text.contains("ceremony") } }, "\(facts.summary)")
        #expect(Set(ceremony.participants) == ["Vladimir Putin", "Ukhnaa Khurelsukh"], "\(facts.summary)")
    }

    @Test("\"The Foreign Minister\" is neither the counterpart the sentence names nor, of ministers named as lately, a foreign one")
    func descriptionNotTheOtherSide() throws {
        let text = """
            Foreign Minister Radosław Sikorski will travel to Lithuania tomorrow. In Vilnius he will meet President Gitanas \
            Nausėda and Foreign Minister Kęstutis Budrys. On Saturday, Sikorski will continue to Riga for talks with Latvian \
            Foreign Minister Baiba Braže. The Foreign Minister prepared the trip in a telephone call with his Lithuanian \
            counterpart Budrys on Wednesday.
            """
        let facts = extract(text, on: Self.published, origin: "https://www.gov.pl/web/diplomacy/sikorski-vilnius")
        let call = try #require(facts.meetings.first { $0.mode == .call }, "\(facts.summary)")
        #expect(Set(call.participants) == ["Radosław Sikorski", "Kęstutis Budrys"], "\(facts.summary)")
        #expect(call.date == day("2024-03-13"), "\(facts.summary)")
    }

    @Test("A venue described in words is kept, in the dateline's city", arguments: [
        ("SEOUL, March 14 (Yonhap) -- President Yoon Suk Yeol received Prime Minister Pham Minh Chinh at the presidential office on Thursday.",
         "presidential office, Seoul"),
        ("HANOI, March 14 (VNA) -- General Secretary To Lam received Prime Minister Hun Manet at the Party Central Committee's headquarters on Thursday.",
         "Party Central Committee's headquarters, Hanoi"),
        ("SEOUL, March 14 (Yonhap) -- President Yoon Suk Yeol met Prime Minister Pham Minh Chinh at the time of the summit on Thursday.",
         "Seoul"),
    ])
    func describedVenue(_ text: String, _ place: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == place, "\(facts.summary)")
    }

    @Test("A dateline abroad does not place a meeting elsewhere")
    func datelineAbroad() {
        let text = "WASHINGTON, March 14 -- Secretary of State Antony Blinken spoke by phone on Thursday with Ukrainian Foreign Minister Dmytro Kuleba."
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == nil, "\(facts.summary)")
    }

    @Test("The place of a visit is the place of its meetings")
    func visitPlace() {
        let text = """
            Defence Minister Rajnath Singh held a bilateral meeting with U.S. Secretary of Defense Lloyd Austin on Monday. \
            Austin's New Delhi visit will focus on defence industrial cooperation.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == "New Delhi", "\(facts.summary)")
    }

    // MARK: - Days

    @Test("The day a report was made is not the day of the meeting it reports")
    func dayOfReport() {
        let text = "Saudi Crown Prince Mohammed bin Salman pledged $400 million, the state news agency reported on Thursday, following his phone call with Ukrainian President Volodymyr Zelensky the day before."
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.date == day("2024-03-13"), "\(facts.summary)")
    }

    /// Dated Thursday 2024-03-14 with no dateline; written where it is Friday already.
    static let liveReport = """
        Defence chiefs held talks on the sidelines of the Raisina Dialogue, currently underway in New Delhi. \
        At the meeting held at the Taj Palace hotel Friday morning, Defence Minister Rajnath Singh and Defence Minister \
        Richard Marles discussed submarine cooperation. The two ministers last spoke by phone on Tuesday. \
        Singh and Marles will hold trilateral talks with Japanese Defence Minister Minoru Kihara in the afternoon.
        """

    @Test("A weekday with its hour, the day after the article's date, is the writer's today: the date lags by time zones")
    func writersDayAhead() throws {
        let facts = extract(Self.liveReport, on: Self.published)
        let talks = try #require(facts.meetings.first { $0.mode == .inPerson && $0.status == .held }, "\(facts.summary)")
        #expect(talks.date == day("2024-03-15"), "\(facts.summary)")
        // Every relative day moves with it: "on Tuesday" is the Tuesday before that Friday.
        #expect(facts.meetings.first { $0.mode == .call }?.date == day("2024-03-12"), "\(facts.summary)")
    }

    @Test("A weekday with its hour in a plan, or after a dateline, leaves the anchor alone", arguments: [
        ("Defence Minister Rajnath Singh will meet Defence Minister Richard Marles on Friday morning. Singh met Marles yesterday.", "2024-03-13"),
        ("NEW DELHI, March 14 (PTI) - Defence Minister Rajnath Singh met Defence Minister Richard Marles yesterday. They talked again Friday morning.", "2024-03-13"),
    ])
    func writersDayNotMoved(_ text: String, _ yesterday: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.contains { $0.status == .held && $0.date == day(yesterday) }, "\(facts.summary)")
    }

    @Test("\"Will hold talks in the afternoon\" after the morning's meeting is planned for the story's day")
    func planInTheAfternoon() throws {
        let facts = extract(Self.liveReport, on: Self.published)
        let trilateral = try #require(facts.meetings.first { $0.participants.contains("Minoru Kihara") }, "\(facts.summary)")
        #expect(trilateral.status == .planned, "\(facts.summary)")
        #expect(trilateral.date == day("2024-03-15"), "\(facts.summary)")
        #expect(trilateral.participants.count == 3, "\(facts.summary)")
    }

    @Test("\"The secretaries recalled the discussions\" of another event is no new meeting of theirs")
    func pairRecallsNoNewMeeting() {
        let text = """
            Secretary of Defense Lloyd J. Austin III spoke by phone on Wednesday with Philippine Secretary of National Defense \
            Gilberto Teodoro Jr. about maritime security. The secretaries recalled the productive discussions during the President's visit to Hawaii \
            in November.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(facts.meetings.first?.mode == .call, "\(facts.summary)")
    }

    @Test("A visit to a country is placed in the city the article puts it in")
    func visitCountryRefinedToCity() {
        let text = """
            Fund director Khalifa Al-Kuwari told a joint press conference in Mogadishu that the projects would start soon. \
            The Qatari delegation, headed by Al-Kuwari, arrived in Somalia on Tuesday and held meetings with Prime Minister \
            Hassan Ali Khaire.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == "Mogadishu", "\(facts.summary)")
    }

    @Test("The opening sentence's place sets the scene for later meetings that name none")
    func openingScene() {
        let text = """
            Defence chiefs held talks on the sidelines of the Shangri-La Dialogue, currently underway in Singapore. \
            Defence Minister Richard Marles and Japanese Defence Minister Minoru Kihara will hold trilateral talks with \
            Defense Secretary Lloyd Austin in the afternoon.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == "Singapore", "\(facts.summary)")
    }

    @Test("A meeting on the sidelines of an event, with no city or venue told, is placed at the event", arguments: [
        ("Norway's State Secretary Ingrid Lunde met Ghana's Foreign Minister Kwame Asante on the sidelines of the Accra Cocoa Forum on Tuesday.",
         "Accra Cocoa Forum", "2024-03-12"),
        ("Donors gathered for the Lisbon Ocean Conference on Tuesday. On the margins of the conference, Portuguese Foreign Minister Rui Tavares met Fiji's Prime Minister Sitiveni Rabuka.",
         "Lisbon Ocean Conference", "2024-03-12"),
    ])
    func eventAsPlace(text: String, place: String, date: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(facts.meetings.first?.location == place, "\(facts.summary)")
        #expect(facts.meetings.first?.date == day(date), "\(facts.summary)")
    }

    @Test("A call dated in the clause that names it, after 'since', keeps that day")
    func datedCallAfterSince() {
        let text = """
            Secretary of Defense Lloyd Austin welcomed Indonesian Minister of Defense Prabowo Subianto to the Pentagon today. \
            The Secretary noted the progress made since the two leaders' March 1 phone call, during which they agreed to set up a working group.
            """
        let facts = extract(text, on: Self.published)
        let call = facts.meetings.first { $0.mode == .call }
        #expect(call?.date == day("2024-03-01"), "\(facts.summary)")
    }

    @Test("A pronoun opening its sentence is the subject of the sentences before, not the person named last")
    func pronounIsTheTopic() {
        let text = """
            On Monday, Minister of State Florian Weber travelled to southern Lebanon. At UNIFIL headquarters in Naqoura, he \
            toured the base with Force Commander Lieutenant General Diego Lozano. He then met Brigadier General Antoine Saliba in Tyre.
            """
        let facts = extract(text, on: Self.published)
        let tyre = facts.meetings.first { $0.participants.contains("Antoine Saliba") }
        #expect(tyre?.participants.contains("Florian Weber") == true, "\(facts.summary)")
        #expect(tyre?.participants.contains("Diego Lozano") == false, "\(facts.summary)")
    }

    @Test("A signing by two named people is their encounter; one person signing is not", arguments: [
        ("The agreements were signed at the fund's headquarters in Riyadh by Saudi Fund Chief Executive Khalid Al-Marshad and Tunisia's Minister of Economy Samir Abdelhafidh.",
         ["Khalid Al-Marshad", "Samir Abdelhafidh"]),
        ("Japanese Ambassador Kazuhiko Koshikawa and Philippine Secretary of Foreign Affairs Enrique Manalo exchanged notes concerning a yen loan in Manila.",
         ["Kazuhiko Koshikawa", "Enrique Manalo"]),
        ("Kenya's Finance Minister John Mbadi signed a loan agreement with the World Bank's Country Director Qimiao Fan in Nairobi.",
         ["John Mbadi", "Qimiao Fan"]),
    ])
    func signing(_ text: String, _ people: [String]) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings.first?.participants ?? []) == Set(people), "\(facts.summary)")
    }

    @Test("A law signed by one official, with another named in the sentence, is no meeting")
    func signingAlone() {
        let facts = extract("President Joe Biden signed the aid bill into law on Wednesday, and Senator Chuck Schumer praised it.", on: Self.published)
        #expect(facts.meetings.isEmpty, "\(facts.summary)")
    }

    @Test("'The Lao guest' is the visitor of that state met before, and a short surname after an office is a name")
    func theGuest() {
        let text = """
            HANOI (VNA) – Chairman of the National Assembly Tran Thanh Man held talks in Hanoi on Tuesday with President of \
            the Lao National Assembly Saysomphone Phomvihane. Saysomphone conveyed greetings from Lao Prime Minister Sonexay \
            Siphandone. The same day, State President Luong Cuong received the Lao guest at the Presidential Palace. On \
            Wednesday, General Secretary of the Communist Party of Vietnam To Lam received Saysomphone Phomvihane.
            """
        let facts = extract(text, on: Self.published)
        let palace = facts.meetings.first { $0.participants.contains("Luong Cuong") }
        #expect(Set(palace?.participants ?? []) == ["Luong Cuong", "Saysomphone Phomvihane"], "\(facts.summary)")
        #expect(facts.person("To Lam") != nil, "\(facts.summary)")
        #expect(facts.meetings.contains { Set($0.participants) == ["To Lam", "Saysomphone Phomvihane"] }, "\(facts.summary)")
    }

    @Test("'On the same day' after a meeting recalled from months ago is the day of the story's dated meeting")
    func sameDayAfterRecall() {
        let text = """
            BEIJING, March 12 (Xinhua) -- Chinese Foreign Minister Wang Yi held talks with Brazilian Foreign Minister Mauro \
            Vieira in Beijing on Tuesday. Noting that the two foreign ministers met in July on the sidelines of the BRICS \
            meeting in Rio de Janeiro, Wang said exchanges had gained momentum. On the same day, Chinese Vice President Han \
            Zheng met with Vieira at the Great Hall of the People.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first { $0.participants.contains("Han Zheng") }?.date == day("2024-03-12"), "\(facts.summary)")
    }

    @Test("Ministers who attended 'the inter-delegation talks' join those talks; a portfolio's word is not a person")
    func interDelegationTalks() {
        let text = """
            Following the ceremony, President Recep Tayyip Erdogan and President Kassym-Jomart Tokayev held a tete-a-tete meeting \
            at the Presidential Complex, which was followed by talks between the delegations. Minister of Foreign Affairs Hakan \
            Fidan and Minister of Energy and Natural Resources Alparslan Bayraktar attended the inter-delegation talks.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Recep Tayyip Erdogan", "Kassym-Jomart Tokayev", "Hakan Fidan", "Alparslan Bayraktar"],
                "\(facts.summary)")
        #expect(facts.person("Natural") == nil, "\(facts.summary)")
    }

    @Test("In a story of a postponement, what 'had been scheduled' is cancelled")
    func hadBeenScheduled() {
        let text = """
            South African President Cyril Ramaphosa has postponed a state visit to Indonesia after deadly floods. Ramaphosa \
            had been scheduled to hold talks with Indonesian President Prabowo Subianto in Jakarta on Friday.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.status == .cancelled, "\(facts.summary)")
    }

    @Test("Someone who 'also attended the teleconference' joins it")
    func attendedTeleconference() {
        let text = """
            Minister of Defense of Japan Nakatani Gen held a video teleconference with Deputy Prime Minister Richard Marles on \
            Tuesday. State Minister of Defense Honda Taro also attended the teleconference from Ichigaya.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(facts.meetings.first?.participants.contains("Honda Taro") == true, "\(facts.summary)")
    }

    @Test("A plural office names each of the people joined after it: 'Foreign Ministers A of X and B of Y met'")
    func pluralOffice() {
        let facts = extract("Foreign Ministers Gabriela Sommerfeld of Ecuador and Elmer Schialer of Peru met Monday in Lima to finalize the agenda.",
                            on: Self.published)
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Gabriela Sommerfeld", "Elmer Schialer"], "\(facts.summary)")
        #expect(facts.person("Gabriela Sommerfeld")?.title == "Foreign Minister", "\(facts.summary)")
        #expect(facts.person("Elmer Schialer")?.title == "Foreign Minister", "\(facts.summary)")
        #expect(facts.person("Elmer Schialer")?.country == "PE", "\(facts.summary)")
    }

    @Test("'Later in the day' the same pair with a third is another meeting, not more of the first")
    func laterInTheDay() {
        let text = """
            Secretary of State Antony Blinken met today with Omani Foreign Minister Badr Albusaidi on the margins of the \
            Munich Security Conference. Later in the day, Secretary Blinken and Foreign Minister Albusaidi held a trilateral \
            meeting with Saudi Minister of State Adel al-Jubeir.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.contains { Set($0.participants) == ["Antony Blinken", "Badr Albusaidi"] }, "\(facts.summary)")
        #expect(facts.meetings.contains { $0.participants.count == 3 }, "\(facts.summary)")
    }

    @Test("A breakfast with someone is a meeting; 'the two presidents' are not the Vice President; a body 'which last met' is no one's meeting")
    func breakfastAndThePresidents() {
        let text = """
            Colombian President Gustavo Petro met President Joe Biden in the Oval Office on Thursday. Before the Oval Office \
            talks, Petro had breakfast with U.S. Vice President Kamala Harris at the Naval Observatory. In March, when the two \
            presidents last spoke by phone, they discussed migration. The two presidents also agreed to revive the Joint \
            Commission, which last met in 2019.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.contains { Set($0.participants) == ["Gustavo Petro", "Kamala Harris"] }, "\(facts.summary)")
        let call = facts.meetings.first { $0.mode == .call }
        #expect(Set(call?.participants ?? []) == ["Gustavo Petro", "Joe Biden"], "\(facts.summary)")
        #expect(facts.meetings.count == 3, "\(facts.summary)")
        #expect(!facts.meetings.contains { $0.evidence.contains { $0.text.contains("Joint Commission") } }, "\(facts.summary)")
    }

    @Test("An occasion set after the guest's clauses is its own meeting; consultations held or co-chaired are meetings")
    func receptionThenTalks() {
        let text = """
            ABU DHABI, March 14 (WAM) -- President Mohamed bin Zayed received President Mohamed Ould Ghazouani of Mauritania, \
            who is on a state visit to the country, at an official reception ceremony held at Qasr Al Watan. Following the \
            reception ceremony, the two leaders held talks on cooperation in renewable energy.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        let fo = extract("Foreign Secretary Vikram Misri on Monday held the Foreign Office Consultations with his Bangladeshi counterpart Jashim Uddin in Dhaka.",
                         on: Self.published)
        #expect(fo.meetings.count == 1, "\(fo.summary)")
    }

    @Test("Each counterpart with a verb of its own is a meeting of its own; a possessor of an office is no participant")
    func ownVerbs() {
        let facts = extract("""
            FO spokesperson Mumtaz Baloch said Mr Dar would be in Ashgabat on Tuesday, where he would hold talks with his \
            Turkmen counterpart, Rashid Meredov, and call on President Serdar Berdimuhamedow.
            """, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { $0.participants.count == 2 }, "\(facts.summary)")
        let told = extract("Foreign Minister Ronald Lamola will travel to Jakarta on Thursday to meet his Indonesian counterpart Sugiono, Ramaphosa's spokesperson Vincent Magwenya said.",
                           on: Self.published)
        #expect(!(told.meetings.first?.participants.contains("Ramaphosa") ?? true), "\(told.summary)")
    }

    @Test("A description in the possessive ('shortly after the Secretary's arrival') brings no one into the meeting")
    func possessiveDescription() {
        let text = """
            Pentagon Press Secretary Maj. Gen. Pat Ryder provided the following readout:

            On Sunday evening, shortly after the Secretary's arrival, Minister Ng Eng Hen hosted Secretary Lloyd Austin for a \
            working dinner at Raffles Hotel.
            """
        let facts = extract(text, on: Self.published)
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Ng Eng Hen", "Lloyd Austin"], "\(facts.summary)")
    }

    @Test("'I will host X' in a minister's own statement is the author's planned meeting")
    func iWillHost() {
        let text = """
            Statement by Secretary of State Antony J. Blinken

            This week I spoke with Moldovan Prime Minister Dorin Recean about Russian interference. On Friday I will host \
            Ukrainian Foreign Minister Andrii Sybiha at the Department of State.
            """
        let facts = extract(text, on: Self.published)
        let plan = facts.meetings.first { $0.participants.contains("Andrii Sybiha") }
        #expect(plan?.participants.contains("Antony J. Blinken") == true, "\(facts.summary)")
        #expect(plan?.status == .planned, "\(facts.summary)")
    }

    @Test("Someone who 'joined from Georgetown' joins the meeting just told; 'he looked forward to welcoming X on Friday' is a plan")
    func joinedAndWelcoming() {
        let text = """
            Secretary Antony Blinken held a virtual meeting today with Guyana's Minister of Foreign Affairs Hugh Todd. U.S. \
            Ambassador to Guyana Nicole Theriot joined from Georgetown. Secretary Blinken said he looked forward to welcoming \
            Minister Todd to Washington on Friday.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.participants.contains("Nicole Theriot") == true, "\(facts.summary)")
        let plan = facts.meetings.first { $0.status == .planned }
        #expect(Set(plan?.participants ?? []) == ["Antony Blinken", "Hugh Todd"], "\(facts.summary)")
        #expect(plan?.date == day("2024-03-15"), "\(facts.summary)")
    }

    @Test("'She was also set to co-chair the joint commission': a plan of hers, its counterpart implied though unnamed")
    func setToCoChair() {
        let text = """
            External Affairs Minister Subrahmanyam Jaishankar has postponed his visit to South Africa. In South Africa, he \
            was also set to co-chair the India-South Africa joint commission.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.contains { $0.participants == ["Subrahmanyam Jaishankar"] && $0.status == .cancelled }, "\(facts.summary)")
    }

    @Test("'will on Monday, 18 March 2024, co-chair … with her counterpart': a plan, whatever day stands inside the verb")
    func coChairAfterDay() {
        let text = """
            The Minister of International Relations and Cooperation, Dr Lindiwe Zulu-Mokoena, will on Monday, 18 March 2024, \
            co-chair the 7th Session of the Joint Commission with her Kenyan counterpart, Mr Peter Mwangi Karanja, at the \
            OR Tambo Building in Pretoria.
            """
        let facts = extract(text, on: Self.published)
        let plan = facts.meetings.first
        #expect(Set(plan?.participants ?? []) == ["Lindiwe Zulu-Mokoena", "Peter Mwangi Karanja"], "\(facts.summary)")
        #expect(plan?.status == .planned, "\(facts.summary)")
        #expect(plan?.date == day("2024-03-18"), "\(facts.summary)")
    }

    @Test("States that held a ministerial dialogue, then the ministers who represented them: one meeting of all of them")
    func statesHeldDialogue() {
        let text = """
            India and Japan on Thursday agreed to deepen cooperation, as the two countries held the third round of their 2+2 \
            ministerial dialogue at Hyderabad House in New Delhi.

            External Affairs Minister Subrahmanyam Jaishankar and Defence Minister Rajnath Singh represented India at the \
            dialogue, while the Japanese side was led by Foreign Minister Takeshi Iwaya and Defence Minister Gen Nakatani.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(facts.meetings.first?.participants.count == 4, "\(facts.summary)")
    }

    @Test("'Amb.' does not end a sentence; a signing 'prior to the meeting' is an encounter of its own")
    func signingBeforeMeeting() {
        let text = """
            On July 16, Mr. IWAYA Takeshi, Minister for Foreign Affairs of Japan, held a Japan-Nigeria Foreign Ministers' \
            Meeting with H.E. Amb. Yusuf Tuggar, Minister of Foreign Affairs of Nigeria. Prior to the meeting, the two \
            Ministers signed and exchanged notes concerning grant aid of up to 1.9 billion yen.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { Set($0.participants) == ["Iwaya Takeshi", "Yusuf Tuggar"] }, "\(facts.summary)")
    }

    @Test("Ministers who 'welcomed the signing' of notes did not sign them; those the next sentence names did")
    func welcomedSigning() {
        let text = """
            On Tuesday, Minister of Foreign Affairs of Kazakhstan Murat Nurtleu held a videoconference with Minister for \
            Foreign Affairs of Japan Takeshi Iwaya. The ministers welcomed the signing in Astana on March 8 of notes under \
            which Japan will extend a loan of up to 20 billion yen. The documents were signed by Deputy Minister Almas \
            Aidarov and Ambassador of Japan to Kazakhstan Ichiro Kawabata.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.contains { Set($0.participants) == ["Murat Nurtleu", "Takeshi Iwaya"] && $0.mode == .video }, "\(facts.summary)")
        #expect(facts.meetings.contains { Set($0.participants) == ["Almas Aidarov", "Ichiro Kawabata"] && $0.date == day("2024-03-08") },
                "\(facts.summary)")
    }

    @Test("'On the eve of the conference' is the day before the conference told earlier; 'on its sidelines' its day and place")
    func eveAndSidelinesOfToldConference() {
        let text = """
            Donors pledged about $1.4bn in humanitarian aid for Sudan at a conference in Geneva. The European Union was the \
            largest donor at Tuesday's conference.

            The total is well below the 2 billion euros raised at last year's conference in Paris.

            On the eve of the conference, Commissioner Pieter Maes held a video call with Sudan's Prime Minister Osman Hamid \
            Idris. On the sidelines of the conference itself, Maes met Chad's Foreign Minister Abdelkerim Mahamat Saleh.

            Maes is due to travel to Port Sudan on March 20 for talks with Idris.
            """
        let facts = extract(text, on: Self.published)
        let call = facts.meetings.first { $0.mode == .video }
        #expect(call?.date == day("2024-03-11"), "\(facts.summary)")
        let sidelines = facts.meetings.first { $0.participants.contains("Abdelkerim Mahamat Saleh") }
        #expect(sidelines?.date == day("2024-03-12"), "\(facts.summary)")
        #expect(sidelines?.location == "Geneva", "\(facts.summary)")
        #expect(facts.meetings.contains { $0.status == .planned && $0.date == day("2024-03-20") && $0.location == "Port Sudan" }, "\(facts.summary)")
    }

    @Test("In a quote, 'I met X' is a meeting of the quote's speaker, named before its colon")
    func quotedFirstPersonMeeting() {
        let text = """
            The Prime Minister spoke to President Ndungu of Kenya this afternoon.

            Minister for Development Baroness Catherine Ashby said:

            “Kenya is one of our closest partners. This builds on the partnership I saw first-hand when I met Cabinet \
            Secretary Florence Achieng Odhiambo in Nairobi last month.”
            """
        let facts = extract(text, on: Self.published)
        // … and a wish in a quote is no meeting.
        let wish = extract("“I will meet President Putin when the time is right,” President Volodymyr Zelensky said on Tuesday.", on: Self.published)
        #expect(wish.meetings.isEmpty, "\(wish.summary)")
        let met = facts.meetings.first { $0.participants.contains("Florence Achieng Odhiambo") }
        #expect(Set(met?.participants ?? []) == ["Catherine Ashby", "Florence Achieng Odhiambo"], "\(facts.summary)")
        #expect(met?.date == day("2024-02-01"), "\(facts.summary)")
        #expect(met?.datePrecision == .month, "\(facts.summary)")
    }

    @Test("'where he and Minister X jointly inaugurated …': a meeting of the pronoun's person and X")
    func jointlyInaugurated() {
        let text = """
            External Affairs Minister Arvind Raghunathan visited Sri Lanka this week. On 13 March, he travelled to Jaffna, where \
            he and Minister of Health Dr. Lakmali Jayasinghe jointly inaugurated the Emergency Treatment Unit.
            """
        let facts = extract(text, on: Self.published)
        let opened = facts.meetings(with: "Lakmali Jayasinghe").first
        #expect(Set(opened?.participants ?? []) == ["Arvind Raghunathan", "Lakmali Jayasinghe"], "\(facts.summary)")
        #expect(opened?.date == day("2024-03-13"), "\(facts.summary)")
    }

    @Test("'Taking part in the expanded-format talks on the Russian side were …', 'The Mongolian delegation included …': all at the talks")
    func delegationsAtTalks() {
        let text = """
            President Anatoly Vereshchagin held talks in the Kremlin with President of Mongolia Tsogtyn Ganzorig on Tuesday. \
            Taking part in the expanded-format talks on the Russian side were Foreign Minister Pavel Lavrinenko and Energy \
            Minister Viktor Sedykh. The Mongolian delegation included Minister of Foreign Affairs Dorjiin Oyunbileg and Minister \
            of Road and Transport Development Baatarkhuugiin Gansukh.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Anatoly Vereshchagin", "Tsogtyn Ganzorig", "Pavel Lavrinenko", "Viktor Sedykh",
                                                                  "Dorjiin Oyunbileg", "Baatarkhuugiin Gansukh"], "\(facts.summary)")
        #expect(facts.person("Baatarkhuugiin Gansukh")?.title == "Minister of Road and Transport Development", "\(facts.summary)")
    }

    @Test("'They then sat down for a bilateral meeting …, joined by A and B': the pair of the meeting before, with A and B")
    func theyThenSatDown() {
        let text = """
            Polish President Krzysztof Nowacki met US President Robert Callahan on Monday evening.

            They then sat down for a 40-minute bilateral meeting on Tuesday at the InterContinental New York Barclay hotel, \
            joined by US Secretary of State Margaret Ellison and Polish Foreign Minister Tomasz Wielgosz.
            """
        let facts = extract(text, on: Self.published)
        let tuesday = facts.meetings.first { $0.date == day("2024-03-12") }
        #expect(Set(tuesday?.participants ?? []) == ["Krzysztof Nowacki", "Robert Callahan", "Margaret Ellison", "Tomasz Wielgosz"], "\(facts.summary)")
        #expect(facts.meetings.count == 2, "\(facts.summary)")
    }

    @Test("'X visited the plant together with Minister Y': a visit the two made together")
    func visitedTogetherWith() {
        let text = """
            On Wednesday, Minister Katrin Hollerbach visited the As-Samra wastewater treatment plant north of Amman together \
            with Minister of Water and Irrigation Khaled Al-Majali.
            """
        let facts = extract(text, on: Self.published)
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Katrin Hollerbach", "Khaled Al-Majali"], "\(facts.summary)")
        // … not a spouse's company.
        let family = extract("On Wednesday, President Hendra Wibisono visited the memorial together with his wife Dewi Wibisono.", on: Self.published)
        #expect(family.meetings.isEmpty, "\(family.summary)")
    }

    @Test("'will be received by President X, before holding talks with Y': two meetings, one per counterpart")
    func receivedBeforeHoldingTalks() {
        let text = """
            Hélène Marchetti, Minister for Europe and Foreign Affairs, spoke by telephone this morning with her Lebanese \
            counterpart, Karim Haddad.

            Hélène Marchetti will travel to Beirut on 20 March, where she will be received by the President of the Lebanese \
            Republic, Elias Maalouf, before holding talks with Karim Haddad at the Ministry of Foreign Affairs and Emigrants.
            """
        let facts = extract(text, on: Self.published)
        let planned = facts.meetings.filter { $0.status == .planned }
        #expect(Set(planned.map { Set($0.participants) }) == [["Hélène Marchetti", "Elias Maalouf"], ["Hélène Marchetti", "Karim Haddad"]],
                "\(facts.summary)")
    }

    @Test("'Joining Secretary X in the meeting were A and B': the talks after a welcome, at the place of the welcome")
    func joiningInTheMeeting() {
        let text = """
            Secretary of Defense Daniel Whitcombe welcomed Philippine Secretary of National Defense Ramon Villareal to the \
            Pentagon today with an enhanced honor cordon.

            Following the ceremony, the two leaders held a bilateral meeting.

            Joining Secretary Villareal in the meeting were Philippine Ambassador to the United States Jose Lacdao and Armed \
            Forces of the Philippines Chief of Staff Gen. Benedicto Sarmiento.
            """
        let facts = extract(text, on: Self.published)
        let talks = facts.meetings.first { $0.participants.contains("Jose Lacdao") }
        #expect(Set(talks?.participants ?? []) == ["Daniel Whitcombe", "Ramon Villareal", "Jose Lacdao", "Benedicto Sarmiento"], "\(facts.summary)")
        #expect(talks?.location == "Pentagon", "\(facts.summary)")
    }

    @Test("'has postponed a visit that was to begin Wednesday, and spoke by phone instead with X on Sunday': the Sunday gone by")
    func pastCallInSentenceOfPlan() {
        let text = """
            MANILA, Philippines (AP) — Philippine President Emilio Reyes has postponed a state visit to Indonesia that was to \
            begin Wednesday as a typhoon bears down on the country's north, and spoke by phone instead with Indonesian President \
            Hendra Wibisono on Sunday, officials said.
            """
        let facts = extract(text, on: Self.published)
        let call = facts.meetings.first { $0.mode == .call }
        #expect(call?.date == day("2024-03-10"), "\(facts.summary)")
    }

    @Test("'After the talks, the two foreign ministers jointly met the press': a press conference is no meeting")
    func metThePress() {
        let text = """
            Foreign Minister Zhao Mingyuan held talks with Cambodian Foreign Minister Sok Vannarith in Beijing on Tuesday. After \
            the talks, the two foreign ministers jointly met the press.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
    }

    @Test("Where an event yet to come 'is to be held' is not the place of the meeting that mentions it")
    func futureEventPlace() {
        let text = """
            Foreign Minister Takeshi Iwaya held talks with Nigeria's Foreign Minister Yusuf Tuggar on Tuesday. Minister Iwaya \
            welcomed Minister Tuggar and said he looked forward to the conference to be held in Yokohama in August.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location != "Yokohama", "\(facts.summary)")
    }

    @Test("Venues named after their venue word, the destination of 'travels next to', the city a host welcomes a guest to", arguments: [
        ("Secretary Blinken met Omani Foreign Minister Badr Albusaidi at the Hotel Bayerischer Hof in Munich on Tuesday.", "Hotel Bayerischer Hof, Munich"),
        ("Secretary Austin met Prime Minister Lawrence Wong at the Istana on Tuesday.", "Istana"),
        ("President William Ruto has today hosted his Botswana counterpart, President Duma Boko, at State House, Nairobi, where the two leaders held talks.",
         "State House, Nairobi"),
        ("Secretary Austin travels next to Kuala Lumpur, where he is scheduled to meet Defence Minister Khaled Nordin on Wednesday.", "Kuala Lumpur"),
        ("Secretary Blinken said he looked forward to welcoming Foreign Minister Hugh Todd to Washington on Friday.", "Washington"),
    ])
    func venueForms(_ text: String, _ place: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == place, "\(facts.summary)")
    }

    @Test("'On the sidelines of the 23rd edition of the Doha Forum' is set at the forum; an office 'at the Ministry' is no place", arguments: [
        ("Minister of State at the Ministry of Foreign Affairs Mohammed Al-Khulaifi met Guatemala's Foreign Minister Carlos Ramiro Martinez today on the sidelines of the 23rd edition of the Doha Forum.",
         "Doha Forum"),
    ])
    func editionOfEvent(_ text: String, _ place: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == place, "\(facts.summary)")
    }

    @Test("A co-chair as a noun, and someone 'joined by his wife' who took no part, make no meeting")
    func nounCoChairAndWife() {
        let board = extract("Jane Marsh, co-chair of the board, praised Prime Minister Anthony Albanese on Tuesday.", on: Self.published)
        #expect(board.meetings.isEmpty, "\(board.summary)")
        let wife = extract("""
            President Joe Biden met Chancellor Olaf Scholz at the White House on Friday. Senator Chris Coons, who attended \
            the dinner, was joined by his wife Annie Coons.
            """, on: Self.published)
        #expect(wife.meetings.allSatisfy { !$0.participants.contains("Annie Coons") }, "\(wife.summary)")
    }

    @Test("'She would travel to X in November to co-chair the commission with Y' is her plan; a cited spokesperson is no caller")
    func tripAndCitedDescription() {
        let trip = extract("""
            Indonesian Foreign Minister Retno Marsudi met Papua New Guinea's Foreign Minister Justin Tkatchenko on Tuesday. \
            Marsudi said she would travel to Port Moresby in November to co-chair the Joint Ministerial Commission with Tkatchenko.
            """, on: Self.published)
        #expect(trip.meetings.contains { $0.status == .planned && Set($0.participants) == ["Retno Marsudi", "Justin Tkatchenko"] }, "\(trip.summary)")
        let call = extract("""
            FO spokesperson Mumtaz Baloch said Mr Dar would be in Ashgabat next week. The spokesperson said the foreign \
            minister had also spoken by telephone on Wednesday with Iranian Foreign Minister Abbas Araghchi.
            """, on: Self.published)
        #expect(!(call.meetings.first { $0.mode == .call }?.participants.contains("Mumtaz Baloch") ?? true), "\(call.summary)")
    }

    @Test("Attendees of 'the reception' join it; the talks 'following the reception' and a signing ceremony 'after the talks' are their own")
    func receptionAttendedThenTalks() {
        let text = """
            Riyadh, March 14, SPA -- Minister of Foreign Affairs Prince Faisal bin Farhan received in Riyadh today Minister of \
            Foreign Affairs of the Kyrgyz Republic Jeenbek Kulubaev. The reception was attended by Vice Minister of Foreign \
            Affairs Waleed Elkhereiji and Ambassador of the Kyrgyz Republic to the Kingdom Azamat Mambetov. Following the \
            reception, the two ministers co-chaired the first round of political consultations. After the consultations, the \
            two ministers attended a signing ceremony for a memorandum on diplomatic training.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 3, "\(facts.summary)")
        #expect(facts.meetings.contains { $0.participants.count == 4 }, "\(facts.summary)")
    }

    @Test("A group of states' ministers met, one hosted 'his counterparts', their names told a sentence later: one meeting of all")
    func groupNamedOverSentences() {
        let text = """
            The foreign ministers of Iraq, Egypt and Jordan have met in Baghdad to prepare for a summit. Iraq's Foreign \
            Minister Fuad Hussein hosted his Egyptian and Jordanian counterparts on Saturday. "We have agreed on an agenda," \
            Hussein told a joint news conference with Egypt's Badr Abdelatty and Ayman Safadi, Jordan's foreign minister.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Fuad Hussein", "Badr Abdelatty", "Ayman Safadi"], "\(facts.summary)")
        #expect(facts.person("Badr Abdelatty")?.country == "EG", "\(facts.summary)")
    }

    @Test("'They agreed to meet again at the NATO Summit in July': a plan of the pair just met")
    func theyAgreedToMeet() {
        let text = """
            Secretary of Defense Lloyd J. Austin III welcomed Finland's Minister of Defence Antti Hakkanen to the Pentagon today. \
            They agreed to meet again at the NATO Summit in Washington in July.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.contains { $0.status == .planned && Set($0.participants) == ["Lloyd J. Austin III", "Antti Hakkanen"] },
                "\(facts.summary)")
    }

    @Test("A city told beside the event is still the meeting's place")
    func cityBeforeEvent() {
        let text = "Chinese Foreign Minister Wang Yi met Brazil's Foreign Minister Mauro Vieira in Geneva on the sidelines of the Human Rights Council on Monday."
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == "Geneva", "\(facts.summary)")
    }

    @Test("\"The two\" with no meeting reported yet are the two people named last")
    func theTwoBeforeAnyMeeting() {
        let text = """
            Kenyan President William Ruto welcomed the agreement with Ethiopian Prime Minister Abiy Ahmed. \
            The two leaders spoke by telephone on Tuesday.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(facts.meetings.first?.mode == .call, "\(facts.summary)")
        #expect(Set(facts.meetings.first?.participants ?? []) == ["William Ruto", "Abiy Ahmed"], "\(facts.summary)")
        #expect(facts.meetings.first?.date == day("2024-03-12"), "\(facts.summary)")
    }

    @Test("\"where she met X\": the pronoun is the person named before")
    func pronounSubject() {
        let text = """
            German Development Minister Svenja Schulze announced new grants during a visit to Chisinau, where she met \
            Prime Minister Dorin Recean on Tuesday.
            """
        let facts = extract(text, on: Self.published)
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Svenja Schulze", "Dorin Recean"], "\(facts.summary)")
    }

    @Test("\"The two ministers agreed to meet in Amman next week\": a planned meeting of the pair")
    func pairAgreesToMeet() {
        let text = """
            Egyptian Foreign Minister Badr Abdelatty received a phone call on Sunday from Jordanian Foreign Minister Ayman Safadi. \
            The two ministers agreed to meet in Amman next week.
            """
        let facts = extract(text, on: Self.published)
        let planned = facts.meetings.first { $0.status == .planned }
        #expect(planned?.location == "Amman", "\(facts.summary)")
        #expect(Set(planned?.participants ?? []) == ["Badr Abdelatty", "Ayman Safadi"], "\(facts.summary)")
    }

    @Test("A speaker who talks \"after meeting\" someone took part in that meeting")
    func speakerAfterMeeting() {
        let text = "Poland will buy more drones, Defence Minister Wladyslaw Kosiniak-Kamysz said on Tuesday after meeting his Ukrainian counterpart Rustem Umerov in Warsaw."
        let facts = extract(text, on: Self.published)
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Wladyslaw Kosiniak-Kamysz", "Rustem Umerov"], "\(facts.summary)")
    }

    @Test("Delegation members who joined \"the bilateral talks\" join that meeting, not one of their own")
    func joinedTheBilateralTalks() {
        let text = """
            President Prabowo Subianto held bilateral talks with Prime Minister Anwar Ibrahim at the Bogor Palace on Monday. \
            Foreign Minister Sugiono and his Malaysian counterpart Mohamad Hasan joined the bilateral talks.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(facts.meetings.first?.participants.count == 4, "\(facts.summary)")
    }

    @Test("\"The foreign ministers of A, B and C met\", then their names: one meeting of the three")
    func groupNamedNextSentence() {
        let text = """
            The foreign ministers of Australia, India and Japan met on Friday on the sidelines of the APEC summit in Lima. \
            Australian Foreign Minister Penny Wong, Indian External Affairs Minister S. Jaishankar and Japanese Foreign Minister \
            Takeshi Iwaya agreed to set up a working group on undersea cables.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(Set(facts.meetings.first?.participants ?? []) == ["Penny Wong", "S. Jaishankar", "Takeshi Iwaya"], "\(facts.summary)")
        #expect(facts.meetings.first?.date == day("2024-03-08"), "\(facts.summary)")
        #expect(facts.meetings.first?.location == "Lima", "\(facts.summary)")
    }

    @Test("The place of a meeting is the one its sentence puts it in, not its topic's or the dateline's", arguments: [
        ("OTTAWA, March 14 (Reuters) - Foreign Minister Melanie Joly has cancelled a planned trip to Port-au-Prince, where she was to meet Haiti's prime minister, Garry Conille, on Friday.",
         "Port-au-Prince"),
        ("On Tuesday, Foreign Minister Cho Tae-yul met his Indonesian counterpart, Retno Marsudi, at a Seoul hotel, where they discussed the situation in Myanmar.",
         "Seoul"),
        ("Minister Anne Solberg, on a visit to Addis Abeba, paid a courtesy call on President Mulatu Haile, who urged Norway to act ahead of the COP29 summit in Baku.",
         "Addis Abeba"),
        ("His Highness the Amir Sheikh Tamim bin Hamad Al Thani received at the Amiri Diwan this morning President Hassan Abdi Warsame.",
         "Amiri Diwan"),
    ])
    func placeOfTheSentence(_ text: String, _ place: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == place, "\(facts.summary)")
    }

    @Test("A venue named as an office \"of the\" holder, or as \"the Ministry's headquarters\" of a ministry named before, is kept whole", arguments: [
        ("On Monday, Foreign Minister Lars Vik was received by Deputy Prime Minister Tomas Arfe at the Office of the President.",
         "Office of the President"),
        ("Minister of State for Foreign Affairs Omar Haddad received at the Ministry's headquarters in Amman today the Ambassador of Chile, Pablo Rivas.",
         "Ministry of Foreign Affairs headquarters, Amman"),
        ("Undersecretary Noor Salem of the Ministry of Foreign Affairs met Ambassador Ines Duarte at the Ministry's headquarters in Kuwait City on Sunday.",
         "Ministry of Foreign Affairs headquarters, Kuwait City"),
    ])
    func venueOfAnOffice(_ text: String, _ place: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == place, "\(facts.summary)")
    }

    @Test("A place named after \"at\" without a venue word is where they met, unless it is an event, an airport or a name a description goes on from", arguments: [
        ("Foreign Minister Lars Vik held talks with Prime Minister Amara Sesay at Mosswood Lodge on Monday.", "Mosswood Lodge"),
        ("Minister Omar Haddad received his Ghanaian counterpart, Kofi Mensah, at the Radisson Blu here on Monday.", "Radisson Blu"),
        ("Minister Omar Haddad met Ambassador Ines Duarte at the Planning Division on Sunday.", "Planning Division"),
        ("Minister Omar Haddad met Ambassador Ines Duarte at the Harbour Police boat station in Accra on Sunday.", "Accra"),
    ])
    func placeWithoutVenueWord(_ text: String, _ place: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.first?.location == place, "\(facts.summary)")
    }

    @Test("A courtesy call received at a venue is one meeting in person, not a telephone call besides it")
    func courtesyCallInPerson() {
        let text = "Foreign Minister Ali Rahman today received a courtesy call from Minister Hakim Yusof at Seri Perdana. Also present at the meeting was Ambassador Rosli Kamar."
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1 && facts.meetings.first?.mode == .inPerson && facts.meetings.first?.location == "Seri Perdana", "\(facts.summary)")
    }

    @Test("A province the talks were about is no place they were held in")
    func provinceOfTheTopic() {
        let text = "On Tuesday, Minister Lana Al Marzouqi met Ingrid Lunde, Norway's State Secretary, and discussed aid to civilians in Darfur and Kordofan."
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1 && facts.meetings.first?.location == nil, "\(facts.summary)")
    }

    @Test("\"Earlier the same day\" is the day of the meeting told before")
    func earlierTheSameDay() {
        let text = """
            Lao Prime Minister Sonexay Siphandone paid a courtesy call on General Secretary To Lam in Hanoi on Tuesday. \
            Earlier the same day, the Lao Prime Minister held talks with his Vietnamese counterpart Pham Minh Chinh.
            """
        let facts = extract(text, on: Self.published)
        let talks = facts.meetings.first { $0.participants.contains("Pham Minh Chinh") }
        #expect(talks?.date == day("2024-03-12"), "\(facts.summary)")
    }

    @Test("\"the Emir\" is the Amir named before")
    func emirIsAmir() {
        let text = """
            Amir Sheikh Tamim bin Hamad Al Thani received President Hassan Sheikh Mohamud at the Amiri Diwan on Monday. \
            Later, the Emir hosted an official luncheon in honour of President Mohamud.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.allSatisfy { $0.participants.contains("Tamim bin Hamad Al Thani") }, "\(facts.summary)")
    }

    @Test("The initials of an office (\"EAM\") stand for its holder, and an undated meeting of a visit takes the visit's day")
    func initialsAndVisitDay() {
        let text = """
            External Affairs Minister Anil Mehra paid an official visit to Dhaka on 5 March 2024. \
            This was his first visit abroad this year. \
            EAM paid a courtesy call on the Prime Minister of Bangladesh, Ms. Rokeya Haque. \
            EAM also held talks with Foreign Minister Kamal Ahmed.
            """
        let facts = extract(text, on: "2024-03-06")
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { $0.participants.first == "Anil Mehra" && $0.date == day("2024-03-05") }, "\(facts.summary)")
    }

    @Test("A spokesperson set off by commas before \"said\" is cited, and the office's own words do not bring them in")
    func spokespersonInApposition() {
        let text = """
            President Ama Boateng hosted President Idris Sule at the State House on Tuesday. \
            In a statement, the Special Adviser to the President on Media, Tunde Bello, said the two presidents agreed to meet again.
            """
        let facts = extract(text, on: Self.published)
        #expect(!facts.meetings.contains { $0.participants.contains("Tunde Bello") }, "\(facts.summary)")
    }

    @Test("\"The last time the two met was in 2019\" compares, it reports no meeting; what follows \"after\" may", arguments: [
        ("Defense Minister Kim Yong-hyun and Secretary Lloyd Austin met in Singapore on Saturday. The last time the two defense chiefs met was in November 2019.", 1),
        ("Defense Minister Kim Yong-hyun and Secretary Lloyd Austin met in Singapore on Saturday. It is the first time Kim has met Austin after the two held phone talks on March 2.", 2),
    ])
    func comparisonIsNotAMeeting(_ text: String, _ count: Int) {
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == count, "\(facts.summary)")
    }

    @Test("Talks held, then the next meeting planned for a later month with the same people: two meetings")
    func heldThenPlanned() {
        let text = """
            Foreign Minister Penny Wong held talks with Foreign Minister Vivian Balakrishnan in Singapore. \
            Balakrishnan will travel to Canberra in August for the next meeting of the Joint Commission, which he will co-chair with Wong.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.contains { $0.status == .planned && $0.location == "Canberra" }, "\(facts.summary)")
        #expect(facts.meetings.contains { $0.status == .held && $0.location == "Singapore" }, "\(facts.summary)")
    }

    @Test("A welcoming ceremony, talks and a luncheon of one day are three meetings; \"during the talks\" is the talks")
    func occasionsAreSeparate() {
        let text = """
            President Lina Hartono welcomed Prime Minister Azlan Rahman with a state welcoming ceremony at the Bogor Presidential Palace on Monday. \
            After the ceremony, the two leaders held bilateral talks in the Garuda Room. \
            During the talks, the two leaders agreed to finalise the border. \
            Later in the day, Hartono hosted an official luncheon in honour of Prime Minister Rahman.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 3, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { Set($0.participants) == ["Lina Hartono", "Azlan Rahman"] && $0.date == day("2024-03-11") },
                "\(facts.summary)")
        let talks = facts.meetings.first { $0.evidence.contains { $0.text.hasPrefix("After the ceremony") } }
        #expect(talks?.evidence.contains { $0.text.hasPrefix("During the talks") } == true, "\(facts.summary)")
    }

    @Test("\"Headed to the courtyard to attend a state ceremony\": an occasion of its own, at the venue told for that day")
    func attendedOccasion() {
        let text = """
            President Joko Santoso welcomed Prime Minister Idris Malik at the Merdeka Palace on Friday morning. \
            Prime Minister Malik and President Santoso then headed to the central courtyard to attend a state ceremony. \
            The two leaders then held a bilateral meeting on the back porch.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { $0.location == "Merdeka Palace" }, "\(facts.summary)")
    }

    @Test("\"Besides meeting X, A would also call on B, investors and businessmen separately\": X is of another meeting")
    func besidesMeeting() {
        let text = """
            ISLAMABAD/BEIJING – Prime Minister Shehbaz Sharif met Chinese President Xi Jinping during his visit to China. \
            Besides meeting the Chinese President, PM Sharif would also call on Premier Li Keqiang, Chinese investors, and Pakistani businessmen separately today.
            """
        let facts = extract(text, on: "2022-11-02")
        #expect(facts.meetings.count == 4, "\(facts.summary)")
        #expect(facts.meetings.filter { $0.participants.contains("Xi Jinping") }.map(\.participants) == [["Shehbaz Sharif", "Xi Jinping"]],
                "\(facts.summary)")
        #expect(facts.meetings.filter { $0.status == .planned }.count == 3, "\(facts.summary)")
        // The dateline names the visitor's capital and the host's: the visit puts the meetings in the host's.
        #expect(facts.meetings.allSatisfy { $0.location == "Beijing" }, "\(facts.summary)")
    }

    @Test("\"Is in Brussels for meetings with A on Thursday and B on Friday\": planned, on the days to come")
    func presentTenseStay() {
        let text = "Prime Minister Mohammed Mustafa is in Brussels for meetings with senior EU officials, including European Council President Antonio Costa on Thursday and EU foreign policy chief Kaja Kallas on Friday."
        let facts = extract(text, on: "2025-01-16")
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { $0.status == .planned }, "\(facts.summary)")
        #expect(facts.meetings.first { $0.participants.contains("Kaja Kallas") }?.date == day("2025-01-17"), "\(facts.summary)")
    }

    @Test("A working dinner after talks in a city is in that city")
    func dinnerAfterTalks() {
        let text = """
            Foreign Minister Kenji Sato held a meeting in Tokyo with Foreign Minister Nguyen Minh Hai, who is visiting Japan. \
            After the meeting, Minister Sato hosted a working dinner for Minister Nguyen Minh Hai.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { $0.location == "Tokyo" }, "\(facts.summary)")
    }

    @Test("\"Held a Japan-Viet Nam Foreign Ministers' Meeting in Tokyo with …\": a capitalised meeting a verb holds")
    func capitalisedHeldMeeting() {
        let text = """
            On July 11, Mr. SATO Kenji, Minister for Foreign Affairs of Japan, held a Japan-Viet Nam Foreign Ministers' Meeting in Tokyo \
            with H.E. Mr. Nguyen Minh Hai, Minister of Foreign Affairs of Viet Nam. H.E. Ms. Pham Thi Lan, Deputy Minister of Foreign \
            Affairs, also attended the meeting. The delegation toured the Meeting Room of the Diet.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(facts.meetings.first?.participants == ["Sato Kenji", "Nguyen Minh Hai", "Pham Thi Lan"], "\(facts.summary)")
        #expect(facts.meetings.first?.location == "Tokyo", "\(facts.summary)")
    }

    @Test("\"I met …\" in a minister's release is its author's meeting; a plan later in the sentence does not move its day")
    func firstPersonRelease() {
        let text = """
            Minister for Foreign Affairs
            Senator the Hon Claire Hollis

            Media release
            7 December 2023

            On Wednesday I met the Prime Minister of Fiji, the Hon. Sitiveni Rabuka MP, and announced that Australia will provide A$20 million. \
            This morning I held a separate meeting with Fiji's Minister for Trade, Manoa Kamikamica.
            """
        let facts = extract(text, on: "2023-12-07")
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { $0.participants.first == "Claire Hollis" }, "\(facts.summary)")
        #expect(facts.meetings.first { $0.participants.contains("Sitiveni Rabuka") }?.date == day("2023-12-06"), "\(facts.summary)")
    }

    @Test("\"The two leaders\" and \"the Presidents\" after talks their ministers attended are the two who held them")
    func pairAfterAttendedTalks() {
        let text = """
            President Daniel Mutai held talks with Prime Minister Getachew Alemu at State House in Nairobi on Sunday. \
            The talks were also attended by Foreign Minister Tsegaye Bekele. \
            The two leaders last spoke by telephone on Tuesday. \
            Kazakh President Nurlan Tokhtarov held a videoconference with Uzbek President Sherzod Yusupov on Monday. \
            Prime Minister Daniyar Sarsenbayev took part in the talks. The Presidents agreed to meet in Tashkent in March.
            """
        let facts = extract(text, on: Self.published)
        let call = facts.meetings.first { $0.mode == .call }
        #expect(call?.participants == ["Daniel Mutai", "Getachew Alemu"], "\(facts.summary)")
        let plan = facts.meetings.first { $0.status == .planned }
        #expect(plan?.participants == ["Nurlan Tokhtarov", "Sherzod Yusupov"], "\(facts.summary)")
    }

    @Test("A bare \"the Minister\" keeps naming the minister it named first, not a minister named since")
    func bareOfficeKeepsItsHolder() {
        let text = """
            The Minister of Foreign Affairs, Ambassador Tunde Okoro, held talks in Accra this week. \
            The Minister was accompanied by his adviser. \
            On Monday, the Minister met the Minister of Foreign Affairs of Togo, Koffi Agbeyome. \
            On Tuesday, the Minister held talks with the Minister of Foreign Affairs of Benin, Sylvain Houngbo.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.allSatisfy { $0.participants.first == "Tunde Okoro" && $0.participants.count == 2 }, "\(facts.summary)")
    }

    @Test("Talks in a month still to come are planned, whatever the tense; talks already told keep their status")
    func laterMonthIsPlanned() {
        let text = """
            Defence Minister Olav Strand met Defence Minister Piotr Zalewski in Oslo on Tuesday. \
            Zalewski has accepted an invitation to Warsaw in May for the next round of defence talks, hosted by Strand.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 2, "\(facts.summary)")
        #expect(facts.meetings.contains { $0.status == .planned && $0.date == day("2024-05-01") }, "\(facts.summary)")
        #expect(facts.meetings.contains { $0.status == .held && $0.date == day("2024-03-12") }, "\(facts.summary)")
        let told = extract("""
            Prime Minister Ella Brandt met Secretary General Aino Koskinen in Helsinki on Tuesday. \
            In their talks, Brandt and Koskinen discussed the summit in July.
            """, on: Self.published)
        #expect(told.meetings.count == 1, "\(told.summary)")
        #expect(told.meetings.first?.status == .held, "\(told.summary)")
    }

    @Test("\"Recalling his meeting with X …, Y said\": the speaker's own meeting; \"is scheduled to meet her\": the subject before")
    func recalledMeetingAndObjectPronoun() {
        let text = """
            Foreign Minister Li Wenhao held talks with Foreign Minister Grace Mwale in Beijing on Tuesday. \
            Recalling his meeting with Mwale at the summit last September, Li said the two countries were close friends. \
            Mwale is paying an official visit to China from March 11 to 15. \
            Vice President Sun Jianguo is scheduled to meet her on Wednesday.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 3, "\(facts.summary)")
        #expect(facts.meetings.contains { Set($0.participants) == ["Li Wenhao", "Grace Mwale"] && $0.date == day("2023-09-01") }, "\(facts.summary)")
        #expect(facts.meetings.contains { Set($0.participants) == ["Sun Jianguo", "Grace Mwale"] && $0.status == .planned }, "\(facts.summary)")
    }

    @Test("\"The floods of May 2023\" name a thing: a speaker met on the day of the report, not in that month")
    func monthOfAThingIsNoMeetingDay() {
        let text = """
            Spain will give 2 million euros to rebuild areas hit by the floods of May 2023, Secretary of State Marta Ruiz announced on \
            Wednesday after meeting Foreign Minister Pablo Orrego in Santiago.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.meetings.count == 1, "\(facts.summary)")
        #expect(facts.meetings.first?.date == day("2024-03-13"), "\(facts.summary)")
    }

    @Test("A call with an unnamed foreign minister takes no deputy minister named in a later paragraph")
    func unnamedCounterpartIsNoLaterDeputy() {
        let text = """
            Minister of Foreign Affairs of Kazakhstan Aibek Tulegenov today held a telephone conversation with the Minister of Foreign Affairs of Mongolia.

            Yesterday, Deputy Minister of Foreign Affairs Ruslan Abenov received the Ambassador of Japan.
            """
        let facts = extract(text, on: Self.published)
        let call = facts.meetings.first { $0.mode == .call }
        #expect(call?.participants == ["Aibek Tulegenov"], "\(facts.summary)")
    }
}

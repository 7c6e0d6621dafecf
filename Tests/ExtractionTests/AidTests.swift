import Testing
@testable import Extraction

/// Aid commitments: exact amounts in their own currency, donor, recipient, kind, and running
/// totals kept apart from new money.
///
/// Every article here is published on Thursday 2024-03-14.
@Suite("Aid", .tags(.small))
struct AidTests {
    static let published = "2024-03-14"

    struct Row: Sendable, CustomStringConvertible {
        /// nil: not checked.
        var donor: String?
        let recipient: String
        let amount: Int64
        let currency: String
        /// nil: not checked.
        var kind: AidKind?
        var cumulative = false
        var description: String {
            "\(donor ?? "?") → \(recipient) \(amount) \(currency) \(kind?.rawValue ?? "?")\(cumulative ? " cumulative" : "")"
        }
    }

    struct Case: CustomTestStringConvertible, Sendable {
        let text: String
        /// Every row the text holds, no more.
        let rows: [Row]
        var knownIssue: String?
        var testDescription: String { text }
    }

    static let cases: [Case] = [
        Case(text: "Israel welcomed the approval by the US Senate of $4.8 billion in military aid for Israel.",
             rows: [Row(donor: "US", recipient: "IL", amount: 4_800_000_000, currency: "USD", kind: .military)]),
        Case(text: "The European Commission has announced €205 million in humanitarian aid for Ukraine.",
             rows: [Row(donor: "EU", recipient: "UA", amount: 205_000_000, currency: "EUR", kind: .humanitarian)]),
        Case(text: "The UK will provide £850,000 in emergency funding to Malawi to help families affected by the floods.",
             rows: [Row(donor: "GB", recipient: "MW", amount: 850_000, currency: "GBP", kind: .humanitarian)]),
        // Money for a purchase is still aid; refugees' aid goes to the state that hosts them.
        Case(text: "Canada had decided to allocate CAD 200 million for the purchase of American weapons for Ukraine.",
             rows: [Row(donor: "CA", recipient: "UA", amount: 200_000_000, currency: "CAD", kind: .military)]),
        Case(text: "The UAE has allocated AED 73.4 million (US$20 million) to the World Food Programme (WFP) to provide food assistance to Sudanese refugees and host communities in eastern Chad.",
             rows: [Row(donor: "AE", recipient: "TD", amount: 73_400_000, currency: "AED", kind: .humanitarian)]),
        // A "since" in the clause of the amount before dates that clause: the next amount is new.
        Case(text: "The UN's allocation includes $8 million for Pakistan, where floods have killed more than 800 people since late June, and $4 million for Afghanistan.",
             rows: [Row(donor: "UN", recipient: "PK", amount: 8_000_000, currency: "USD"), Row(donor: "UN", recipient: "AF", amount: 4_000_000, currency: "USD")]),
        // A sum over past years is a running total.
        Case(text: "The UAE has provided more than US$3.5 billion in aid to Sudan over the past ten years.",
             rows: [Row(donor: "AE", recipient: "SD", amount: 3_500_000_000, currency: "USD", cumulative: true)]),
        // Regional bodies by the codes their own releases use.
        Case(text: "New Zealand pledged NZ$25 million to the Pacific Islands Forum's resilience facility.",
             rows: [Row(donor: "NZ", recipient: "PIF", amount: 25_000_000, currency: "NZD")]),
        // A bracketed conversion is not a second commitment.
        Case(text: "Germany has pledged 600 million euros ($693 million) to Afghanistan for reconstruction projects.",
             rows: [Row(donor: "DE", recipient: "AF", amount: 600_000_000, currency: "EUR")]),
        Case(text: "The European Union pledged €1 billion (about $1.1 billion) in humanitarian aid for Afghanistan.",
             rows: [Row(donor: "EU", recipient: "AF", amount: 1_000_000_000, currency: "EUR", kind: .humanitarian)]),
        // Scales glued or abbreviated.
        Case(text: "The United States announced $63m in humanitarian aid for Sudan on Thursday.",
             rows: [Row(donor: "US", recipient: "SD", amount: 63_000_000, currency: "USD", kind: .humanitarian)]),
        Case(text: "Japan will extend a loan of 1.5 bn dollars to Egypt to support its budget.",
             rows: [Row(donor: "JP", recipient: "EG", amount: 1_500_000_000, currency: "USD", kind: .financial)]),
        Case(text: "South Korea will provide US$1 million in humanitarian aid to Syria, the foreign ministry said.",
             rows: [Row(donor: "KR", recipient: "SY", amount: 1_000_000, currency: "USD", kind: .humanitarian)]),
        Case(text: "Norway announced NOK 2 billion in humanitarian support for Gaza.",
             rows: [Row(donor: "NO", recipient: "PS", amount: 2_000_000_000, currency: "NOK", kind: .humanitarian)]),
        Case(text: "Canada will contribute C$25 million to the World Food Programme for Haiti.",
             rows: [Row(donor: "CA", recipient: "HT", amount: 25_000_000, currency: "CAD")]),
        // Exact amounts: no floating-point rounding.
        Case(text: "The Pentagon announced a $1.85 billion security assistance package for Ukraine on Thursday.",
             rows: [Row(donor: "US", recipient: "UA", amount: 1_850_000_000, currency: "USD", kind: .military)]),
        Case(text: "Japan will provide $2.47 billion in economic assistance to Ukraine.",
             rows: [Row(donor: "JP", recipient: "UA", amount: 2_470_000_000, currency: "USD", kind: .economic)]),
        Case(text: "The World Bank approved a $1.29 billion loan for Kenya.",
             rows: [Row(recipient: "KE", amount: 1_290_000_000, currency: "USD")]),
        Case(text: "Britain will provide £2.15 million in humanitarian funding for Lebanon.",
             rows: [Row(donor: "GB", recipient: "LB", amount: 2_150_000, currency: "GBP", kind: .humanitarian)]),
        // Running totals.
        Case(text: "The European Commission today announced an additional €68 million in humanitarian aid for Palestinians in Gaza, bringing the total to €843 million this year.",
             rows: [Row(donor: "EU", recipient: "PS", amount: 68_000_000, currency: "EUR", kind: .humanitarian),
                    Row(donor: "EU", recipient: "PS", amount: 843_000_000, currency: "EUR", cumulative: true)]),
        Case(text: "The Commission today announced an additional €68 million in humanitarian aid for Palestinians in Gaza, bringing the total to €843 million this year.",
             rows: [Row(donor: "EU", recipient: "PS", amount: 68_000_000, currency: "EUR", kind: .humanitarian),
                    Row(donor: "EU", recipient: "PS", amount: 843_000_000, currency: "EUR", cumulative: true)],
             knownIssue: "\"The Commission\" alone, as EU press releases write it, is not the EU, so the donor is missing"),
        // A total split by recipient: the shares are commitments, the total is cumulative.
        Case(text: "The European Commission will allocate €110 million in emergency assistance, of which €100 million for Ukraine and €10 million for Moldova.",
             rows: [Row(donor: "EU", recipient: "UA", amount: 110_000_000, currency: "EUR", cumulative: true),
                    Row(donor: "EU", recipient: "UA", amount: 100_000_000, currency: "EUR", kind: .humanitarian),
                    Row(donor: "EU", recipient: "MD", amount: 10_000_000, currency: "EUR", kind: .humanitarian)]),
        Case(text: "Washington has provided more than $44 billion in security assistance to Ukraine since the start of the war.",
             rows: [Row(donor: "US", recipient: "UA", amount: 44_000_000_000, currency: "USD", kind: .military, cumulative: true)]),
        // The total of packages listed one by one is cumulative; the packages are commitments.
        Case(text: "The Pentagon announced two packages totalling $2.47 billion for Ukraine on Thursday: $1.2 billion under the Ukraine Security Assistance Initiative and $1.27 billion in presidential drawdown.",
             rows: [Row(donor: "US", recipient: "UA", amount: 2_470_000_000, currency: "USD", cumulative: true),
                    Row(donor: "US", recipient: "UA", amount: 1_200_000_000, currency: "USD", kind: .military),
                    Row(donor: "US", recipient: "UA", amount: 1_270_000_000, currency: "USD", kind: .military)]),
        // Other currencies and scales.
        Case(text: "Beijing pledged 100 million yuan in emergency humanitarian aid to Myanmar.",
             rows: [Row(donor: "CN", recipient: "MM", amount: 100_000_000, currency: "CNY", kind: .humanitarian)]),
        Case(text: "Earlier this month, the World Bank also approved a US$500-million loan for Argentina's education sector.",
             rows: [Row(recipient: "AR", amount: 500_000_000, currency: "USD")]),
        // Money a verb of announcing takes, for a purpose, with no word of aid.
        Case(text: "The European Union's commissioner, Pieter Maes, announced 190 million euros ($221m) for food, health care, water and shelter inside Sudan.",
             rows: [Row(donor: "EU", recipient: "SD", amount: 190_000_000, currency: "EUR")]),
        Case(text: "India will provide Rs 500 crore in assistance to the Maldives.",
             rows: [Row(donor: "IN", recipient: "MV", amount: 5_000_000_000, currency: "INR")]),
        // Deposits and in-kind aid with a stated value.
        Case(text: "The UAE has placed a $3 billion deposit with the State Bank of Pakistan.",
             rows: [Row(donor: "AE", recipient: "PK", amount: 3_000_000_000, currency: "USD")]),
        Case(text: "The UAE deposited $3 billion with Pakistan's central bank.",
             rows: [Row(donor: "AE", recipient: "PK", amount: 3_000_000_000, currency: "USD")]),
        Case(text: "The United States will send Ukraine $300 million in weapons, officials said on Thursday.",
             rows: [Row(donor: "US", recipient: "UA", amount: 300_000_000, currency: "USD", kind: .military)]),
        Case(text: "The Netherlands has pledged an extra 150 million euros for Ukraine's air defences.",
             rows: [Row(donor: "NL", recipient: "UA", amount: 150_000_000, currency: "EUR", kind: .military)]),
        // An agency between donor and recipient.
        Case(text: "The World Food Programme received a $10 million contribution from Saudi Arabia for its operations in Yemen.",
             rows: [Row(donor: "SA", recipient: "YE", amount: 10_000_000, currency: "USD", kind: .humanitarian)],
             knownIssue: "the donor is looked for only before the amount, so \"from Saudi Arabia\" after it loses to the WFP"),
        // Donors named beside their share.
        Case(text: "Contributions from Italy (€10 million) and Germany (€60 million) will fund food aid for Yemen.",
             rows: [Row(donor: "IT", recipient: "YE", amount: 10_000_000, currency: "EUR"),
                    Row(donor: "DE", recipient: "YE", amount: 60_000_000, currency: "EUR")]),
        // A total shared out by recipient in the next sentence: the shares are the commitments, the total their sum.
        Case(text: "The European Union will provide €900m this year to people affected by the Sudan crisis. Of this amount, €500m will go to people inside Sudan, €250m to Chad and €150m to South Sudan.",
             rows: [Row(donor: "EU", recipient: "SD", amount: 900_000_000, currency: "EUR", cumulative: true),
                    Row(donor: "EU", recipient: "SD", amount: 500_000_000, currency: "EUR"),
                    Row(donor: "EU", recipient: "TD", amount: 250_000_000, currency: "EUR"),
                    Row(donor: "EU", recipient: "SS", amount: 150_000_000, currency: "EUR")]),
        // Shared out by purpose within one recipient: the whole stays the commitment.
        Case(text: "Japan will provide $40 million in emergency grant aid to Nepal. Of the total, $25 million will fund shelter and $15 million food.",
             rows: [Row(donor: "JP", recipient: "NP", amount: 40_000_000, currency: "USD"),
                    Row(donor: "JP", recipient: "NP", amount: 25_000_000, currency: "USD"),
                    Row(donor: "JP", recipient: "NP", amount: 15_000_000, currency: "USD")]),
        // A range is one commitment's bounds, both for the recipient told after the upper one.
        Case(text: "USAID expects to provide between $5 million and $7 million to help communities in the Dominican Republic, in addition to its support for Haiti.",
             rows: [Row(donor: "US", recipient: "DO", amount: 5_000_000, currency: "USD"),
                    Row(donor: "US", recipient: "DO", amount: 7_000_000, currency: "USD")]),
        // An earlier figure to compare with is not a commitment.
        Case(text: "Seoul will raise its concessional loans to Vietnam to $2 billion for 2026-2030, up from $1.5 billion in the previous five years.",
             rows: [Row(donor: "KR", recipient: "VN", amount: 2_000_000_000, currency: "USD")]),
        // The people the money is for, further on in its clause, past an agency and its purpose.
        Case(text: "KSrelief signed a cooperation agreement worth US$3.5 million with the World Food Programme (WFP) to provide food baskets to the most vulnerable families in Yemen's Hodeidah governorate.",
             rows: [Row(recipient: "YE", amount: 3_500_000, currency: "USD")]),
        // A total shared out over two sentences, "Of this funding, …" then "The remaining …".
        Case(text: "USAID announced $300 million in humanitarian assistance for Somalia and Kenya. Of this funding, $200 million will support the response inside Somalia. The remaining $100 million will help refugees in northern Kenya.",
             rows: [Row(donor: "US", recipient: "SO", amount: 300_000_000, currency: "USD", cumulative: true),
                    Row(donor: "US", recipient: "SO", amount: 200_000_000, currency: "USD"),
                    Row(donor: "US", recipient: "KE", amount: 100_000_000, currency: "USD")]),
        // Shares through agencies stay the total's recipient's, and an agency gives nothing.
        Case(text: "Germany announced a further 30 million euros in humanitarian assistance for Lebanon. Of this amount, 12 million euros will go to the World Food Programme and 8 million euros to UNICEF, with the remainder channelled through German aid groups.",
             rows: [Row(donor: "DE", recipient: "LB", amount: 30_000_000, currency: "EUR"),
                    Row(donor: "DE", recipient: "LB", amount: 12_000_000, currency: "EUR"),
                    Row(donor: "DE", recipient: "LB", amount: 8_000_000, currency: "EUR")]),
        // A conversion in brackets does not hide the recipient after it.
        Case(text: "India announced a grant of Rs 250 crore (approximately USD 28 million) for the upgrade of the coastal radar system of Mauritius.",
             rows: [Row(recipient: "MU", amount: 2_500_000_000, currency: "INR")]),
        // Where goods come from, who extended an earlier credit, and the channel's own state do not receive.
        Case(text: "Japan's Ambassador met Mauritian officials. He announced a Line of Credit of USD 75 million for the procurement of equipment from India, in addition to the USD 100 million credit line extended by India in 2021.",
             rows: [Row(recipient: "MU", amount: 75_000_000, currency: "USD"),
                    Row(donor: "IN", recipient: "MU", amount: 100_000_000, currency: "USD")],
             knownIssue: "with no state named as its recipient the first commitment goes to the state the article names most"),
        Case(text: "Indonesia will channel US$500 thousand in cash assistance through the Indonesian Embassy in Islamabad to support relief operations in Punjab.",
             rows: [Row(donor: "ID", recipient: "PK", amount: 500_000, currency: "USD")]),
        // A symbol glued to a decimal amount.
        Case(text: "The Indonesian government dispatched humanitarian aid worth Rp18.6 billion to flood victims in Pakistan.",
             rows: [Row(donor: "ID", recipient: "PK", amount: 18_600_000_000, currency: "IDR")]),
        // Shares "of which" keep the total's donor; a share's recipient is the state whose forces it serves or that it helps.
        Case(text: "The Department of State is notifying Congress of $92 million in Foreign Military Financing for partners facing Russian pressure, of which $60 million will support the modernization of Moldova's armed forces and $32 million will help Georgia strengthen its border security.",
             rows: [Row(donor: "US", recipient: "MD", amount: 92_000_000, currency: "USD", cumulative: true),
                    Row(donor: "US", recipient: "MD", amount: 60_000_000, currency: "USD"),
                    Row(donor: "US", recipient: "GE", amount: 32_000_000, currency: "USD")]),
        // A fund's agreement with a government: the fund gives; "US$" is a currency's sign, not a state.
        Case(text: "The presidents witnessed the signing of two agreements between the Abu Dhabi Fund for Development (ADFD) and the Government of Mauritania: a loan of AED500 million (US$136 million) to finance a solar plant near Nouakchott, and a grant of AED100 million (US$27.2 million) for rural water projects.",
             rows: [Row(donor: "AE", recipient: "MR", amount: 500_000_000, currency: "AED"),
                    Row(donor: "AE", recipient: "MR", amount: 100_000_000, currency: "AED")]),
        // "With this decision, … amounts to": the year's running total.
        Case(text: "With this decision, Korea's humanitarian assistance to Somalia this year amounts to US$6.2 million.",
             rows: [Row(donor: "KR", recipient: "SO", amount: 6_200_000, currency: "USD", cumulative: true)]),
        // Shares through "the United Nations Children's Fund" are no total of several donor nations.
        Case(text: "Japan will extend $3 million in emergency grant aid to Mozambique and Malawi. Of this amount, $2 million will go to Mozambique through the United Nations Children's Fund (UNICEF), and $1 million to Malawi.",
             rows: [Row(donor: "JP", recipient: "MZ", amount: 3_000_000, currency: "USD", cumulative: true),
                    Row(donor: "JP", recipient: "MZ", amount: 2_000_000, currency: "USD"),
                    Row(donor: "JP", recipient: "MW", amount: 1_000_000, currency: "USD")]),
        // A portfolio that grew is no running total of the new loan told beside it.
        Case(text: "The Bank's loan portfolio in Kenya grew this year, and it will provide $50 million to Kenya for roads.",
             rows: [Row(recipient: "KE", amount: 50_000_000, currency: "USD")]),
        // Australia's "$" is the Australian dollar; the state that "provided" an earlier sum gave it.
        Case(text: "Australia's Minister for International Development Pat Conroy announced $21 million in budget support for Vanuatu. The $21 million is in addition to the $9.5 million in humanitarian assistance Australia provided to Vanuatu in December.",
             rows: [Row(donor: "AU", recipient: "VU", amount: 21_000_000, currency: "AUD"),
                    Row(donor: "AU", recipient: "VU", amount: 9_500_000, currency: "AUD")]),
        // "The funding includes £4 million for the Philippines and £2.5 million for Vietnam": the total of two shares; an
        // official's state is no recipient.
        Case(text: "The UK will provide £6.5 million in humanitarian support to communities hit by typhoons, UK Development Minister Anneliese Dodds announced today. The funding includes £4 million for the Philippines and £2.5 million for Vietnam.",
             rows: [Row(donor: "GB", recipient: "PH", amount: 6_500_000, currency: "GBP", cumulative: true),
                    Row(donor: "GB", recipient: "PH", amount: 4_000_000, currency: "GBP"),
                    Row(donor: "GB", recipient: "VN", amount: 2_500_000, currency: "GBP")]),
        // A bank's portfolio is a stock, not new money.
        Case(text: "The African Development Bank will lend Rwanda $150m for roads. The Bank's active portfolio in Rwanda stands at $1.2bn across 31 projects.",
             rows: [Row(recipient: "RW", amount: 150_000_000, currency: "USD"),
                    Row(recipient: "RW", amount: 1_200_000_000, currency: "USD", cumulative: true)]),
        // The state a verb of supply takes before "with" receives; the other one gives.
        Case(text: "Japan will provide Malaysia with coastal surveillance radars worth 400 million yen under its Official Security Assistance program.",
             rows: [Row(donor: "JP", recipient: "MY", amount: 400_000_000, currency: "JPY", kind: .military)]),
        Case(text: "Poland will equip Ukraine with armoured vehicles worth 1.2 billion zlotys, the defence ministry said.",
             rows: [Row(donor: "PL", recipient: "UA", amount: 1_200_000_000, currency: "PLN")]),
        // Goods told in one sentence and priced in a later one that refers back to them, with no word of aid of its own.
        Case(text: "Japan will provide Malaysia with coastal surveillance radars under its Official Security Assistance program, as Tokyo steps up support for nations facing pressure from China. Hanawa and Khairul met at the Defense Ministry in Tokyo. The equipment, worth 400 million yen ($2.7 million), will help the Royal Malaysian Navy monitor its waters.",
             rows: [Row(donor: "JP", recipient: "MY", amount: 400_000_000, currency: "JPY", kind: .military)]),
        // … but a figure that merely follows, or does not refer back, is no price of aid.
        Case(text: "Japan will provide Malaysia with coastal surveillance radars. Malaysia's navy has a budget worth $900 million a year.",
             rows: []),
        Case(text: "Japan will provide Malaysia with coastal surveillance radars. Trade between the two countries was worth $40 billion last year.",
             rows: []),
        // A state whose aid it is gives, even after "for": "thanked … for Finland's support".
        Case(text: "Secretary Marsh thanked Minister Rautio for Finland's steadfast support to Ukraine, including its recent announcement of a package of defense materiel worth €188 million.",
             rows: [Row(donor: "FI", recipient: "UA", amount: 188_000_000, currency: "EUR", kind: .military)]),
        // The place the money goes, past a verb's own "to": "to respond to flooding in central Vietnam".
        Case(text: "This support is in addition to £1 million the UK released earlier this month through the Start Fund to respond to flooding in central Vietnam.",
             rows: [Row(donor: "GB", recipient: "VN", amount: 1_000_000, currency: "GBP")]),
        // Budget support is aid, of the financial kind, whatever the sentence says of its purpose.
        Case(text: "Australia has announced $21 million in budget support for Vanuatu to help the Government maintain services as it rebuilds from the December earthquake.",
             rows: [Row(donor: "AU", recipient: "VU", amount: 21_000_000, currency: "AUD", kind: .financial)]),
        // A name several states' currencies share is the currency of the one the article names.
        Case(text: "The Kuwait Fund for Arab Economic Development signed a 30 million dinar loan to upgrade a wastewater plant in Alexandria, Egypt.",
             rows: [Row(donor: "KW", recipient: "EG", amount: 30_000_000, currency: "KWD")]),
        Case(text: "Tunisia received a grant of 12 million dinars from Algeria for border development projects in Tunisia.",
             rows: [Row(donor: "DZ", recipient: "TN", amount: 12_000_000, currency: "TND")]),
        Case(text: "Mexico sent humanitarian aid worth 31.5 million pesos to Honduras.",
             rows: [Row(donor: "MX", recipient: "HN", amount: 31_500_000, currency: "MXN")]),
        Case(text: "Japan extended a loan of 10 billion pesos to the Philippines for flood control in the Philippines.",
             rows: [Row(donor: "JP", recipient: "PH", amount: 10_000_000_000, currency: "PHP")]),
        // A central-bank deposit is aid; a clause opened by "since" is no running total unless it opens a time.
        Case(text: "Qatar will deposit $1.5 billion at Egypt's central bank, which has been short of hard currency since the Red Sea attacks slashed Suez Canal revenue.",
             rows: [Row(donor: "QA", recipient: "EG", amount: 1_500_000_000, currency: "USD", kind: .financial)]),
        // The party to a loan agreement receives.
        Case(text: "The Abu Dhabi Fund for Development signed a Dh110 million loan agreement with the Government of Chad to finance a road.",
             rows: [Row(donor: "AE", recipient: "TD", amount: 110_000_000, currency: "AED")]),
        // Relief goods with a stated value are aid, with no word of aid; goods handed over, too.
        Case(text: "A Mexican Navy vessel docked at Puerto Cortés with 240 tonnes of food and medicines worth 31.5 million pesos for families in Honduras.",
             rows: [Row(donor: "MX", recipient: "HN", amount: 31_500_000, currency: "MXN", kind: .humanitarian)]),
        Case(text: "Water trucks and borehole equipment worth DKK 12 million, financed by Denmark, are on their way to Gedo region in southern Somalia.",
             rows: [Row(donor: "DK", recipient: "SO", amount: 12_000_000, currency: "DKK")]),
        Case(text: "Two interceptor craft worth ₹110 crore were handed over by Indian High Commissioner Kartik Menon to the Seychelles Coast Guard.",
             rows: [Row(donor: "IN", recipient: "SC", amount: 1_100_000_000, currency: "INR")]),
        // … but a sale, a contract, an export or damage is not; nor is a figure priced after goods told that is not theirs.
        Case(text: "Poland signed a contract worth $5 billion for Korean tanks and food supplies.", rows: []),
        Case(text: "Russia will supply India with S-400 systems worth $5.4 billion under a 2018 deal.", rows: []),
        Case(text: "The earthquake caused damage worth $34 billion across the region.", rows: []),
        Case(text: "Ukraine exported food worth $24 billion last year.", rows: []),
        Case(text: "Japan will provide Malaysia with coastal radars. The navy's new frigates, worth $2 billion, were built in Lumut.", rows: []),
        // "Countries" in a body's name is no group of donors; the partner of a programme receives.
        Case(text: "Thailand will provide a grant of 45 million baht, and the Neighbouring Countries Economic Development Cooperation Agency will extend a loan of up to THB 350 million for a road in Timor-Leste.",
             rows: [Row(donor: "TH", recipient: "TL", amount: 45_000_000, currency: "THB"),
                    Row(recipient: "TL", amount: 350_000_000, currency: "THB")]),
        Case(text: "The funding is in addition to New Zealand's bilateral development programme with Tuvalu, worth NZ$34 million over three years.",
             rows: [Row(donor: "NZ", recipient: "TV", amount: 34_000_000, currency: "NZD")]),
        // A stock that "now exceeds" a figure is a running total.
        Case(text: "Korea's fund approved a ₩58 billion loan for irrigation canals in Cambodia. Its lending to Cambodia now exceeds ₩1 trillion.",
             rows: [Row(donor: "KR", recipient: "KH", amount: 58_000_000_000, currency: "KRW"),
                    Row(recipient: "KH", amount: 1_000_000_000_000, currency: "KRW", cumulative: true)]),
        // The lender is no recipient of its own loan.
        Case(text: "Pakistan signed a $1 billion loan agreement with Saudi Arabia on Monday.",
             rows: [Row(recipient: "PK", amount: 1_000_000_000, currency: "USD")],
             knownIssue: "a borrower as the subject: the state nearest before the amount is taken as the giver"),
        // A state never gives to itself: a later mention of a programme in the donor's name goes to the recipient told.
        Case(text: "The UK will provide a £40 million package to support Kenya's response to drought. The £40 million will be delivered through the UK's Climate Resilience Programme.",
             rows: [Row(donor: "GB", recipient: "KE", amount: 40_000_000, currency: "GBP")]),
        // A discourse opener names no recipient; the city a deal was signed in is none; "by" a state after the amount gives it,
        // to a body's fund.
        Case(text: "In a separate development, Sweden, through the Swedish International Development Cooperation Agency (Sida), has committed SEK 180 million to climate adaptation programmes in Kenya's northern counties.",
             rows: [Row(donor: "SE", recipient: "KE", amount: 180_000_000, currency: "SEK")]),
        Case(text: "The ministers signed, at the Ministry's headquarters in Doha, a grant agreement under which the Qatar Fund For Development (QFFD) will provide QR 54.6 million to finance 30 primary health care centres in the Banadir, Hirshabelle and South West regions of Somalia.",
             rows: [Row(donor: "QA", recipient: "SO", amount: 54_600_000, currency: "QAR")]),
        Case(text: "At the Peace and Security segment of the Summit, the Minister announced a contribution of US$5 million by the Federal Republic of Nigeria to the African Union Peace Fund.",
             rows: [Row(donor: "NG", recipient: "AU", amount: 5_000_000, currency: "USD")]),
        // A number in words before its scale; the naira's one-letter sign, with its scale only.
        Case(text: "The Kuwait Fund for Arab Economic Development signed a loan agreement worth KD nine million with the Republic of Benin.",
             rows: [Row(donor: "KW", recipient: "BJ", amount: 9_000_000, currency: "KWD")]),
        Case(text: "Nigeria donated relief items worth N2.5 billion to the Republic of Chad. The donation included N95 masks.",
             rows: [Row(donor: "NG", recipient: "TD", amount: 2_500_000_000, currency: "NGN")]),
        // A province names its state as the recipient: "communities in Borno, Yobe and Adamawa", "Marsabit … counties".
        Case(text: "The Islamic Development Bank approved a 150 million dollars facility to support flood-hit communities in Borno, Yobe and Adamawa.",
             rows: [Row(donor: "ISDB", recipient: "NG", amount: 150_000_000, currency: "USD")]),
        Case(text: "Sweden has committed SEK 180 million to support climate adaptation programmes in Marsabit, Isiolo and Turkana counties.",
             rows: [Row(donor: "SE", recipient: "KE", amount: 180_000_000, currency: "SEK")]),
        // With no giver said, a state's own currency tells who gives: in a joint statement, the Norwegian krone is Norway's.
        Case(text: "The development partnership between Ethiopia and Norway spans six decades. At the end of the talks, the Ministers signed an agreement on NOK 60 million in support to the Productive Safety Net Programme.",
             rows: [Row(donor: "NO", recipient: "ET", amount: 60_000_000, currency: "NOK")]),
        // A paragraph that names a state before telling of an amount gives that amount to it, in the giver's rupees.
        Case(text: "Sri Lanka has leaned on India since its default, and Colombo says so.\n\nThe Maldives tells a similar story. India's Rs 50 crore grant for budget support kept the government afloat.",
             rows: [Row(donor: "IN", recipient: "MV", amount: 500_000_000, currency: "INR")]),
        // … or a heading of a few words names the pair: the state that does not give receives.
        Case(text: "Japan–Sri Lanka. Tokyo signed a loan on Monday.\n\nIndia–Seychelles. Two interceptor craft worth ₹110 crore were handed over by Indian High Commissioner Kartik Menon at Port Victoria.",
             rows: [Row(donor: "IN", recipient: "SC", amount: 1_100_000_000, currency: "INR")]),
        // A capital that opens a project's name gives nothing: the state before it does.
        Case(text: "Minister Iwasaki stated that Japan will continue to support Bangladesh. He explained that Japan will extend ODA loans of up to 141.5 billion yen for two projects, namely (1) the Jamuna Railway Bridge Project (92.3 billion yen) and (2) the Dhaka Mass Rapid Transit Development Project (49.2 billion yen), as well as grant aid of 2.6 billion yen for the Project for Improvement of Disaster Management.",
             rows: [Row(donor: "JP", recipient: "BD", amount: 141_500_000_000, currency: "JPY"),
                    Row(donor: "JP", recipient: "BD", amount: 2_600_000_000, currency: "JPY")]),
        // Each amount has the kind named beside it.
        Case(text: "The Netherlands will give Ukraine €300 million in military aid and €20 million in humanitarian aid.",
             rows: [Row(donor: "NL", recipient: "UA", amount: 300_000_000, currency: "EUR", kind: .military),
                    Row(donor: "NL", recipient: "UA", amount: 20_000_000, currency: "EUR", kind: .humanitarian)]),
        // The items of a list that a sentence of aid opens with a colon are its shares, given by its giver; the total before
        // them is their sum.
        Case(text: "The Asian Development Bank today approved $420 million for projects in three member countries.\n\nThe approved loans include:\n\n- $200 million for Nepal to build rural roads;\n- $150 million for the Kingdom of Bhutan for hydropower;\n• $70 million for the Republic of Maldives for water supply.\n\nThe bank has 69 members.",
             rows: [Row(donor: "ADB", recipient: "NP", amount: 420_000_000, currency: "USD", cumulative: true),
                    Row(donor: "ADB", recipient: "NP", amount: 200_000_000, currency: "USD"),
                    Row(donor: "ADB", recipient: "BT", amount: 150_000_000, currency: "USD"),
                    Row(donor: "ADB", recipient: "MV", amount: 70_000_000, currency: "USD")]),
        Case(text: "Norway announced new humanitarian funding today. The allocations are:\n1. NOK 50 million for Sudan;\n2. NOK 30 million for Chad.",
             rows: [Row(donor: "NO", recipient: "SD", amount: 50_000_000, currency: "NOK", kind: .humanitarian),
                    Row(donor: "NO", recipient: "TD", amount: 30_000_000, currency: "NOK", kind: .humanitarian)]),
        // Money a giver announces for an agency that carries aid is aid for the crisis the article tells of.
        Case(text: "WFP welcomes new contributions for its operations in Afghanistan. Germany's Federal Foreign Office today announced €20 million for WFP's emergency response.",
             rows: [Row(donor: "DE", recipient: "AF", amount: 20_000_000, currency: "EUR")]),
        // A share of a sum is not a sum given; "a combined" sum is a total.
        Case(text: "Norway today announced NOK 150 million for refugees from Sudan, bringing funding to only 23 per cent of the US$ 1.8 billion that UNHCR requires.",
             rows: [Row(donor: "NO", recipient: "SD", amount: 150_000_000, currency: "NOK")]),
        Case(text: "Japan and Korea today pledged a combined $40 million in humanitarian aid for Myanmar.",
             rows: [Row(recipient: "MM", amount: 40_000_000, currency: "USD", cumulative: true)]),
        // A state's own fund ("the Ukraine Energy Support Fund") is where its money goes, not a giver.
        Case(text: "The Netherlands today said €32 million will go to the Ukraine Energy Support Fund and €8 million to strengthening Moldova's energy security.",
             rows: [Row(donor: "NL", recipient: "UA", amount: 32_000_000, currency: "EUR"),
                    Row(donor: "NL", recipient: "MD", amount: 8_000_000, currency: "EUR")]),
        // "Together, the contributions amount to …": the sum of those told.
        Case(text: "Germany today announced €20 million for WFP's operations in Afghanistan. Together, the contributions amount to more than US$ 36 million.",
             rows: [Row(donor: "DE", recipient: "AF", amount: 20_000_000, currency: "EUR"),
                    Row(recipient: "AF", amount: 36_000_000, currency: "USD", cumulative: true)]),
        // A list opened by anything else holds no aid.
        Case(text: "The delegation toured three sites in Sri Lanka:\n- a $40 million port terminal in Colombo;\n- a $12 million hospital wing in Kandy.",
             rows: []),
    ]

    @Test("Every commitment of a sentence, exactly", arguments: cases)
    func commitments(_ row: Case) {
        let facts = extract(row.text, on: Self.published)
        let check = {
            #expect(facts.aid.count == row.rows.count, "\(facts.summary)")
            for expected in row.rows {
                let found = facts.aid.filter {
                    $0.recipient == expected.recipient && $0.amount == expected.amount && $0.currency == expected.currency
                        && $0.cumulative == expected.cumulative
                }
                guard found.count == 1, let fact = found.first else {
                    Issue.record("expected one row \(expected) in:\n\(facts.summary)")
                    continue
                }
                if let donor = expected.donor { #expect(fact.donor == donor, "\(expected) in:\n\(facts.summary)") }
                if let kind = expected.kind { #expect(fact.kind == kind, "\(expected) in:\n\(facts.summary)") }
                #expect(fact.date == day(Self.published))
            }
        }
        if let issue = row.knownIssue { withKnownIssue(Comment(rawValue: issue)) { check() } } else { check() }
    }

    @Test("On the host's site, a visitor who opens the sentence by office and announces money gives it")
    func visitorAnnouncesOnHostSite() {
        let text = """
            President of Ukraine Taras Hordienko met with Prime Minister of Portugal Miguel Ferreira, who arrived in Kyiv on \
            his first visit. The Prime Minister announced a new €126 million military support package for 2026.
            """
        let facts = extract(text, on: Self.published, origin: "https://www.president.gov.ua/en/news/x")
        #expect(facts.aid.count == 1 && facts.aid[0].donor == "PT" && facts.aid[0].recipient == "UA", "\(facts.summary)")
    }

    @Test("On a government's site, a currency name several states share is that government's, whichever state is named most")
    func sharedCurrencyOfPublisher() {
        let text = """
            At the Joint Commission in Colombo, EAM announced grant assistance of Rs 500 crore for Sri Lanka's Eastern \
            Province, Sri Lanka's foreign minister said.
            """
        let facts = extract(text, on: Self.published, origin: "https://www.mea.gov.in/press-releases.htm")
        #expect(facts.newAid.map(\.currency) == ["INR"], "\(facts.summary)")
    }

    @Test("Pledges at a donors' conference dated once in another sentence take the conference's day")
    func pledgesAtConferenceDay() {
        let text = """
            The total will be well below the 2 billion euros raised at last year's conference in Paris on 15 April.

            Donors have pledged about $1.4bn in humanitarian aid for Sudan at a conference in Geneva. The European Union was \
            the largest single donor at Tuesday's conference. Officials spoke at a press conference on Monday.

            The United Kingdom pledged £120m, while Germany committed 125 million euros.
            """
        let facts = extract(text, on: Self.published)
        let pledges = facts.newAid.filter { $0.currency == "GBP" || $0.currency == "EUR" && $0.amount == 125_000_000 }
        #expect(pledges.count == 2, "\(facts.summary)")
        #expect(pledges.allSatisfy { $0.date == day("2024-03-12") }, "\(facts.summary)")
    }

    @Test("Amounts of money that are not aid yield no commitment",
          arguments: ["Ukraine's defence budget for next year rose to $40 billion.",
                      "The two countries signed a trade deal worth $5 billion.",
                      "The UN appeal for Sudan requested $2.7 billion, of which only a fifth has been raised.",
                      "Bilateral trade reached $120 billion last year.",
                      "India gifted 10,000 tonnes of rice to Sri Lanka.",
                      "Gantz met Austin at the Pentagon on Thursday.",
                      // A government's spending announced is no aid.
                      "The government announced $3 billion for new fighter jets.",
                      "The carmaker announced $5 billion to expand its Berlin plant."])
    func notAid(_ text: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.aid.isEmpty, "\(facts.summary)")
    }

    @Test("The amount as written is kept beside the number")
    func amountText() throws {
        let facts = extract("The United States announced $63m in humanitarian aid for Sudan on Thursday.", on: Self.published)
        let fact = try #require(facts.aid.first, "\(facts.summary)")
        #expect(fact.amountText == "$63m")
        #expect(fact.evidence.text == "The United States announced $63m in humanitarian aid for Sudan on Thursday.")
    }

    @Test("A commitment dated in its sentence takes that day")
    func statedDate() throws {
        let facts = extract("On Monday, the Netherlands pledged €50 million in military aid to Ukraine.", on: Self.published)
        let fact = try #require(facts.aid.first, "\(facts.summary)")
        #expect(fact.date == day("2024-03-11"))
        #expect((fact.donor, fact.recipient, fact.amount) == ("NL", "UA", 50_000_000))
    }

    @Test("Amounts parse exactly: whole units, no floating point",
          arguments: [("$4.8 billion", 4_800_000_000), ("$1.85 billion", 1_850_000_000), ("$2.47 billion", 2_470_000_000),
                      ("£850,000", 850_000), ("$63m", 63_000_000), ("$1.5 bn", 1_500_000_000), ("€0.3 million", 300_000),
                      ("$1.234567 billion", 1_234_567_000), ("$2.1 trillion", 2_100_000_000_000), ("US$1 million", 1_000_000),
                      ("€1,250,000", 1_250_000), ("$700,000", 700_000)] as [(String, Int64)])
    func amounts(_ written: String, _ amount: Int64) throws {
        let body = "The donor pledged \(written) in aid for Ukraine."
        let doc = Document(article: Article(source: "t", date: day(Self.published), body: body))
        let money = AidExtractor().moneyMentions(doc, doc.sentences[0].range)
        let mention = try #require(money.first, "no amount in \"\(body)\"")
        #expect(mention.amount == amount)
        #expect(doc.text(mention.range) == written)
    }

    @Test("An amount whose sentence names no kind takes the kind the article names most")
    func articleKind() throws {
        let text = """
            Cyclone Freddy has left thousands of families in Malawi without shelter, and humanitarian agencies warn of cholera. \
            The UK will provide £7 million to Malawi, the Foreign Office said. The humanitarian response is led by the UN.
            """
        let facts = extract(text, on: Self.published)
        let fact = try #require(facts.aid.first, "\(facts.summary)")
        #expect((fact.amount, fact.kind) == (7_000_000, .humanitarian))
    }

    @Test("A commitment with no day of its own takes the day its paragraph states before it")
    func paragraphDay() throws {
        let text = """
            Minister Katja Wendland held talks with President Rodrigue Akpovi in Cotonou on Tuesday.

            On Wednesday, Wendland and Benin's planning minister signed an agreement. Germany will provide €62 million in grants for water supply in Benin.
            """
        let facts = extract(text, on: "2024-10-17")
        let fact = try #require(facts.aid.first, "\(facts.summary)")
        #expect(fact.date == day("2024-10-16"))
    }

    @Test("A day its paragraph states of something other than a signing or an encounter is not the commitment's")
    func paragraphDayOfOtherNews() throws {
        let facts = extract("Cyclone Freddy made landfall in Malawi on 11 March. The UK will provide £7 million in humanitarian aid to Malawi.", on: Self.published)
        let fact = try #require(facts.aid.first, "\(facts.summary)")
        #expect(fact.date == day(Self.published))
    }

    @Test("Later commitments with no day of their own take the day of the story's first")
    func storyDay() {
        let text = """
            Donors pledged $345 million for Rohingya refugees in Bangladesh at a conference in Geneva, the UN said Monday. \
            The United Kingdom pledged $63 million in humanitarian aid for the refugees.
            """
        let facts = extract(text, on: Self.published)
        let uk = facts.aid.first { $0.amount == 63_000_000 }
        #expect(uk?.date == day("2024-03-11"), "\(facts.summary)")
    }

    @Test("A commitment whose sentences name no recipient goes to the state its donor meets")
    func recipientFromMeeting() {
        let text = """
            Ukrainian President Volodymyr Zelensky held talks in Paris with US President Joe Biden on Friday. Russia and \
            Russia's allies were criticised. The US president announced a new aid package worth $225 million.
            """
        let facts = extract(text, on: Self.published)
        let package = facts.aid.first { $0.amount == 225_000_000 }
        #expect(package?.donor == "US", "\(facts.summary)")
        #expect(package?.recipient == "UA", "\(facts.summary)")
    }

    @Test("\"will give Moldova €75m\": the state right after a verb of giving receives", arguments: [
        ("Germany will give Moldova €75m in new grants for its energy security.", "DE", "MD"),
        ("Poland will send Ukraine a new package worth 1.5 billion zlotys, the defence minister said.", "PL", "UA"),
    ])
    func givingVerbRecipient(_ text: String, _ donor: String, _ recipient: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.aid.count == 1, "\(facts.summary)")
        #expect(facts.aid.first?.donor == donor, "\(facts.summary)")
        #expect(facts.aid.first?.recipient == recipient, "\(facts.summary)")
    }

    @Test("Goods handed over with a stated value are aid", arguments: [
        "Pakistan on Monday dispatched 100 tonnes of relief goods worth Rs120 million to earthquake-hit districts of western Afghanistan.",
        "The European Union will deliver medical supplies worth €1.5 million to Niger.",
    ])
    func goodsInKind(_ text: String) {
        let facts = extract(text, on: Self.published)
        #expect(facts.aid.count == 1, "\(facts.summary)")
    }

    @Test("A regional body can receive; an agency that carries aid cannot")
    func bodiesAndChannels() {
        let ecowas = extract("Nigeria will contribute $10 million towards the activation of the ECOWAS Standby Force.", on: Self.published)
        #expect(ecowas.aid.first?.recipient == "ECOWAS", "\(ecowas.summary)")
        let wfp = extract("Britain gave £1.5 million to the World Food Programme after the floods in Malawi.", on: Self.published)
        #expect(wfp.aid.first?.recipient == "MW", "\(wfp.summary)")
        let cited = extract("Sweden pledged $24m for Rohingya refugees in Bangladesh, according to the UN.", on: Self.published)
        #expect(cited.aid.first?.recipient == "BD", "\(cited.summary)")
    }

    @Test("A commitment told before the story reaches any meeting is the news of the day, not the meeting's")
    func newsBeforeMeeting() {
        let text = """
            The Federal Foreign Office is providing a further 60 million euro in humanitarian assistance for Ethiopia. \
            Minister of State Katja Keul met Ethiopia's Foreign Minister Taye Atske Selassie in Berlin on Monday.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.aid.first?.date == day(Self.published), "\(facts.summary)")
    }

    @Test("A commitment with no day of its own, in a story of a meeting, takes the meeting's day")
    func meetingDay() {
        let text = """
            Norwegian Development Minister Anne Beathe Tvinnereim met Ethiopian Finance Minister Ahmed Shide in Addis Ababa on Friday. \
            Under the agreement, Norway will provide NOK 250 million in budget support to Ethiopia.
            """
        let facts = extract(text, on: Self.published)
        #expect(facts.aid.first?.date == day("2024-03-08"), "\(facts.summary)")
    }

    @Test("A commitment opening \"At the Joint Commission\" is of the day of the meeting that names it, not the visit's first")
    func namedMeetingDay() {
        let text = """
            On 20 April, the External Affairs Minister called on the President of Sri Lanka, Nalin Wickramasuriya, in Colombo.

            The minister and Foreign Minister Ruwan Senanayake co-chaired the Joint Commission in Colombo on 21 April.

            At the Joint Commission, India announced grant assistance of $60 million for Sri Lanka.
            """
        let facts = extract(text, on: "2025-04-22")
        #expect(facts.aid.first?.date == day("2025-04-21"), "\(facts.summary)")
    }

    @Test("A commitment made \"while in\" a state is of the day of the meeting held there")
    func meetingDayByPlace() {
        let text = """
            In Suva on Tuesday I met Prime Minister Josefa Vosanibola to discuss climate resilience.

            In Nuku'alofa on Wednesday I met Prime Minister Siaosi Vaipulu, and we discussed economic reform.

            While in Tonga I was also pleased to announce A$12.5 million in new funding for climate resilience in Tonga.
            """
        let facts = extract(text, on: "2025-08-14")
        #expect(facts.aid.first?.date == day("2025-08-13"), "\(facts.summary)")
    }

    @Test("A total split by purpose after \"including\" is the commitment, going where its parts go; split between recipients, their sum")
    func totalIncludingParts() throws {
        let text = """
            Uzbek Foreign Minister Jasur Rakhimov received today a delegation of the Islamic Development Bank (IsDB) led by Vice President Walid Al-Sharif. \
            During the meeting, the parties signed financing agreements totaling US$345 million, including US$210 million for water supply networks \
            in Karakalpakstan and US$135 million for health care facilities in Surkhandarya region.
            """
        let facts = extract(text, on: Self.published)
        let total = try #require(facts.aid.first { $0.amount == 345_000_000 }, "\(facts.summary)")
        #expect(total.donor == "ISDB" && total.recipient == "UZ" && !total.cumulative, "\(facts.summary)")
        let split = extract("Japan pledged $30 million in total, including $20 million for Jordan and $10 million for Lebanon.", on: Self.published)
        #expect(split.aid.first { $0.amount == 30_000_000 }?.cumulative == true, "\(split.summary)")
    }

    @Test("A decision a sentence tells in the pluperfect keeps its day to itself: the next commitment is the story's")
    func pluperfectDecision() {
        let text = """
            On 14 May, Lithuanian Foreign Minister Rimantas Zukauskas met Norwegian Foreign Minister Anders Haugland in Antalya. \
            Haugland said that on Tuesday the Norwegian Government had decided to allocate an additional NOK 2.5 billion to Ukraine.

            Zukauskas announced that Lithuania will allocate EUR 10 million for interceptor drones for Ukraine.
            """
        let facts = extract(text, on: "2025-05-14")
        let norway = facts.aid.first { $0.currency == "NOK" }
        let lithuania = facts.aid.first { $0.currency == "EUR" }
        #expect(norway?.date == day("2025-05-13"), "\(facts.summary)")
        #expect(lithuania?.date == day("2025-05-14"), "\(facts.summary)")
    }

    @Test("\"Will send Ukraine a new military aid package worth …\": the state after the giving verb receives, past the package's words")
    func packageAfterRecipient() {
        let text = "WARSAW, Feb 20 (Reuters) - Poland will send Ukraine a new military aid package worth 1.5 billion zlotys ($375 million), Defence Minister Tomasz Nowak said on Tuesday after meeting his Ukrainian counterpart Oleksandr Kovalenko in Warsaw."
        let facts = extract(text, on: "2024-02-21")
        #expect(facts.aid.count == 1, "\(facts.summary)")
        #expect(facts.aid.first?.donor == "PL" && facts.aid.first?.recipient == "UA", "\(facts.summary)")
        // Met before he spoke: held, whatever the package's "will".
        #expect(facts.meetings.first?.status == .held, "\(facts.summary)")
    }
}

/// The colours of a report. Every one of them reaches WCAG AA's 4.5:1 against the white page,
/// so that a mark or a label in it reads as well as body text (PaletteTests checks it).
public enum Palette {
    public static let background = Colour.white
    /// Body text and axes.
    public static let ink = Colour(0x1A1A1A)
    /// Secondary text: notes, tick labels.
    public static let muted = Colour(0x595959)
    /// Grid lines and lane separators: decoration only, never the sole carrier of meaning.
    public static let rule = Colour(0xD0D0D0)

    /// One colour per country (the most frequent first), then `other` for the rest: hues far
    /// apart, each dark enough for text on white.
    public static let categories: [Colour] = [
        Colour(0x1F5FA8),  // blue
        Colour(0xB3261E),  // red
        Colour(0x1E7A3C),  // green
        Colour(0x8A4B00),  // brown
        Colour(0x6B3FA0),  // purple
        Colour(0x00707A),  // teal
        Colour(0xA3186B),  // magenta
        Colour(0x5A6B00),  // olive
        Colour(0x3A4F8F),  // indigo
        Colour(0x9C3D00),  // rust
    ]
    /// Countries beyond the categories, and unknown ones.
    public static let other = Colour(0x646464)

    /// The colour of a meeting's mode (its shape says the same).
    public static func colour(of mode: String) -> Colour {
        switch mode {
        case "call": return categories[3]
        case "video": return categories[4]
        default: return categories[0]
        }
    }

    /// Every colour the report draws text or marks with.
    public static var all: [Colour] { [ink, muted, other] + categories }
}

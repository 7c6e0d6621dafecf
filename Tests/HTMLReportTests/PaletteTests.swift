import Testing

@testable import HTMLReport

@Suite("Colours and contrast", .tags(.small))
struct PaletteTests {
    @Test("The contrast ratio is WCAG's: 21 for black on white, 1 for a colour on itself, symmetric")
    func contrastRatio() {
        #expect(abs(Colour.contrast(.black, .white) - 21) < 0.001)
        #expect(abs(Colour.contrast(Colour(0x777777), Colour(0x777777)) - 1) < 0.001)
        #expect(Colour.contrast(Colour(0x1F5FA8), .white) == Colour.contrast(.white, Colour(0x1F5FA8)))
        // Published values: #767676 is the lightest grey that passes AA on white (4.54), #777777 fails it (4.48).
        #expect(abs(Colour.contrast(Colour(0x767676), .white) - 4.54) < 0.01)
        #expect(abs(Colour.contrast(Colour(0x777777), .white) - 4.48) < 0.01)
    }

    @Test("Every colour text or marks are drawn in reaches AA (4.5:1) on the page")
    func paletteIsReadable() {
        for colour in Palette.all {
            #expect(Colour.contrast(colour, Palette.background) >= 4.5, "\(colour)")
        }
    }

    @Test("Country colours are all different")
    func distinctCategories() {
        #expect(Set(Palette.categories).count == Palette.categories.count)
    }

    @Test("Colours are written as CSS takes them")
    func hex() {
        #expect(Colour(0x0A0B0C).description == "#0a0b0c")
        #expect(Colour.white.description == "#ffffff")
    }
}

extension Tag {
    /// Pure functions: milliseconds.
    @Tag static var small: Self
}

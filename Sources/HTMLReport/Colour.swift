import Foundation

/// An sRGB colour, with the contrast arithmetic of WCAG 2.
///
/// <https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio>
public struct Colour: Equatable, Hashable, Sendable, CustomStringConvertible {
    public let red: UInt8
    public let green: UInt8
    public let blue: UInt8

    public init(red: UInt8, green: UInt8, blue: UInt8) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// `0xRRGGBB`.
    public init(_ hex: UInt32) {
        self.init(red: UInt8((hex >> 16) & 0xFF), green: UInt8((hex >> 8) & 0xFF), blue: UInt8(hex & 0xFF))
    }

    /// `#rrggbb`, as CSS and SVG take it.
    public var description: String {
        "#" + [red, green, blue].map { value in
            let digits = String(value, radix: 16)
            return digits.count == 1 ? "0" + digits : digits
        }.joined()
    }

    /// > the relative brightness of any point in a colorspace, normalized to 0 for darkest black
    /// > and 1 for lightest white
    /// <https://www.w3.org/TR/WCAG21/#dfn-relative-luminance>
    public var relativeLuminance: Double {
        func linear(_ channel: UInt8) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// > (L1 + 0.05) / (L2 + 0.05), where L1 is the relative luminance of the lighter of the
    /// > colors, and L2 is the relative luminance of the darker of the colors.
    /// From 1 (the same) to 21 (black on white). AA asks 4.5 for text, 3 for large text and graphics.
    public static func contrast(_ a: Colour, _ b: Colour) -> Double {
        let (la, lb) = (a.relativeLuminance, b.relativeLuminance)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    public static let white = Colour(0xFFFFFF)
    public static let black = Colour(0x000000)
}

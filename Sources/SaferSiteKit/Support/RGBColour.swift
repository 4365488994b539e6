import Foundation

/// A colour as a web page writes it (`#1d5fa0`), with the WCAG 2.2 contrast maths the build
/// checks brand colours with.
package struct RGBColour: Sendable, Hashable {
    /// Red, green and blue, 0 to 255.
    package var red: Int, green: Int, blue: Int

    /// Creates a colour from its three channels (0 to 255).
    package init(red: Int, green: Int, blue: Int) {
        self.red = red
        self.green = green
        self.blue = blue
    }

    /// A colour written `#rrggbb` or `#rgb` (either case), or nil for anything else.
    package init?(hex written: String) {
        let text = written.trimmingCharacters(in: .whitespaces)
        guard text.hasPrefix("#") else { return nil }
        let digits = Array(text.dropFirst())
        guard digits.count == 3 || digits.count == 6, digits.allSatisfy(\.isHexDigit) else { return nil }
        let full = digits.count == 3 ? digits.flatMap { [$0, $0] } : digits
        let value = { (i: Int) in Int(String(full[i...i + 1]), radix: 16)! }
        self.init(red: value(0), green: value(2), blue: value(4))
    }

    /// The colour as `#rrggbb`, lower case.
    package var hex: String {
        "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
    }

    /// White, the theme's page background.
    package static let white = RGBColour(red: 255, green: 255, blue: 255)

    /// WCAG 2.2 relative luminance: each channel made linear (sRGB), weighted 0.2126, 0.7152, 0.0722.
    package var relativeLuminance: Double {
        func linear(_ channel: Int) -> Double {
            let c = Double(channel) / 255
            return c <= 0.04045 ? c / 12.92 : pow((c + 0.055) / 1.055, 2.4)
        }
        return 0.2126 * linear(red) + 0.7152 * linear(green) + 0.0722 * linear(blue)
    }

    /// WCAG 2.2 contrast ratio between two colours, from 1 to 21: (lighter + 0.05) / (darker + 0.05).
    package static func contrast(_ a: RGBColour, _ b: RGBColour) -> Double {
        let (la, lb) = (a.relativeLuminance, b.relativeLuminance)
        return (max(la, lb) + 0.05) / (min(la, lb) + 0.05)
    }

    /// A ratio as people read it, to two decimals (#777777 on white is "4.48"); a ratio just short
    /// of `minimum` that would round up to it is rounded down instead ("4.49"), so a failing
    /// ratio never reads as passing.
    package static func ratioText(_ ratio: Double, below minimum: Double = .infinity) -> String {
        let rounded = (ratio * 100).rounded() / 100
        return String(format: "%.2f", ratio < minimum && rounded >= minimum ? (ratio * 100).rounded(.down) / 100 : rounded)
    }

    /// The shade of this colour's hue and saturation nearest in lightness that has at least
    /// `ratio` contrast with `other`: lighter or darker, whichever passes with the smaller change
    /// (towards black or white when neither direction within the hue passes). Nil when this
    /// colour already passes, or no shade of any lightness does.
    package func nearestPassingShade(against other: RGBColour, ratio: Double) -> RGBColour? {
        nearestPassingShade(against: [(other, ratio)])
    }

    /// The shade nearest in lightness that has at least each ratio with its colour: one shade
    /// that passes every pair this colour is in, so pasting it fixes them all. Nil when this
    /// colour already passes them all, or no shade does.
    package func nearestPassingShade(against others: [(colour: RGBColour, ratio: Double)]) -> RGBColour? {
        let passes = { (shade: RGBColour) in others.allSatisfy { Self.contrast(shade, $0.colour) >= $0.ratio } }
        guard !passes(self) else { return nil }
        let (hue, saturation, lightness) = hsl
        // Lightness in steps of 1/1000, outwards both ways; the first shade that passes is the nearest.
        for step in 1...1000 {
            for direction in [-1.0, 1.0] {
                let candidate = lightness + direction * Double(step) / 1000
                guard (0...1).contains(candidate) else { continue }
                let shade = RGBColour(hue: hue, saturation: saturation, lightness: candidate)
                if passes(shade) { return shade }
            }
        }
        return nil
    }
}

// MARK: - Helpers

private extension RGBColour {
    /// Hue (0 to 360), saturation and lightness (0 to 1).
    var hsl: (Double, Double, Double) {
        let r = Double(red) / 255, g = Double(green) / 255, b = Double(blue) / 255
        let high = max(r, g, b), low = min(r, g, b)
        let lightness = (high + low) / 2
        guard high != low else { return (0, 0, lightness) }
        let delta = high - low
        let saturation = lightness > 0.5 ? delta / (2 - high - low) : delta / (high + low)
        var hue: Double
        switch high {
        case r: hue = (g - b) / delta + (g < b ? 6 : 0)
        case g: hue = (b - r) / delta + 2
        default: hue = (r - g) / delta + 4
        }
        hue *= 60
        return (hue, saturation, lightness)
    }

    init(hue: Double, saturation: Double, lightness: Double) {
        let chroma = (1 - abs(2 * lightness - 1)) * saturation
        let section = hue / 60
        let x = chroma * (1 - abs(section.truncatingRemainder(dividingBy: 2) - 1))
        let (r, g, b): (Double, Double, Double)
        switch section {
        case ..<1: (r, g, b) = (chroma, x, 0)
        case ..<2: (r, g, b) = (x, chroma, 0)
        case ..<3: (r, g, b) = (0, chroma, x)
        case ..<4: (r, g, b) = (0, x, chroma)
        case ..<5: (r, g, b) = (x, 0, chroma)
        default: (r, g, b) = (chroma, 0, x)
        }
        let m = lightness - chroma / 2
        let channel = { (value: Double) in Int(((value + m) * 255).rounded()).clamped(to: 0...255) }
        self.init(red: channel(r), green: channel(g), blue: channel(b))
    }
}

private extension Int {
    func clamped(to range: ClosedRange<Int>) -> Int {
        Swift.min(Swift.max(self, range.lowerBound), range.upperBound)
    }
}

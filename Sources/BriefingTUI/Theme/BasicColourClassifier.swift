/// Maps an RGB colour to one of the 8 basic terminal colours (or 16 with bright variants) by
/// what a person would call it, for ``ThemeColor/nearest(colourCount:)``.
enum BasicColourClassifier {
    /// Hue sectors in degrees (start inclusive) → basic colour index. Orange counts as yellow
    /// and sky blue as cyan, as people read them on a terminal.
    private static let hueSectors: [(start: Double, index: Int)] = [
        (0, 1), (20, 3), (75, 2), (165, 6), (210, 4), (270, 5), (340, 1),
    ]

    /// `rgb` channels 0–255. Returns 0–7, or 0–15 when `brightVariants`.
    static func index(of rgb: (Int, Int, Int), brightVariants: Bool) -> Int {
        let (r, g, b) = (Double(rgb.0), Double(rgb.1), Double(rgb.2))
        let maximum = max(r, g, b)
        let minimum = min(r, g, b)
        let value = maximum / 255  // lightness of the strongest channel, 0–1
        let saturation = maximum == 0 ? 0 : (maximum - minimum) / maximum
        if value < 0.3 { return 0 }
        if saturation < 0.3 {
            guard brightVariants else { return value < 0.5 ? 0 : 7 }
            switch value {
            case ..<0.6: return 8
            case ..<0.85: return 7
            default: return 15
            }
        }
        var hue: Double
        if maximum == r {
            hue = 60 * (g - b) / (maximum - minimum)
        } else if maximum == g {
            hue = 60 * (2 + (b - r) / (maximum - minimum))
        } else {
            hue = 60 * (4 + (r - g) / (maximum - minimum))
        }
        if hue < 0 { hue += 360 }
        let basic = hueSectors.last { hue >= $0.start }?.index ?? 1
        return brightVariants && value > 0.85 && saturation > 0.5 ? basic + 8 : basic
    }
}

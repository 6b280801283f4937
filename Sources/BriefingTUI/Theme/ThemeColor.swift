/// A colour as a theme names it: the terminal's own default, one of the terminal's indexed
/// colours, or an exact RGB value that the curses adapter maps to what the terminal can show.
///
/// Indexed colours follow the xterm numbering: 0–7 are the eight basic colours (black, red,
/// green, yellow, blue, magenta, cyan, white), 8–15 their bright variants, 16–231 a 6×6×6 colour
/// cube and 232–255 a ramp of greys.
public enum ThemeColor: Hashable, Sendable, CustomStringConvertible {
    /// The terminal's default foreground or background (curses colour -1).
    case terminalDefault
    /// An xterm colour number, 0–255.
    case indexed(UInt8)
    /// A 24-bit colour, each channel 0–255.
    case rgb(red: UInt8, green: UInt8, blue: UInt8)

    /// The colour names a theme may use, in xterm order, so a name's position is its index.
    public static let names: [String] = [
        "black", "red", "green", "yellow", "blue", "magenta", "cyan", "white",
        "bright-black", "bright-red", "bright-green", "bright-yellow",
        "bright-blue", "bright-magenta", "bright-cyan", "bright-white",
    ]

    /// Parses a colour as written in a theme: `default`, a name from ``names``, or `#rrggbb`
    /// (case-insensitive). Returns nil for anything else; palette names are the loader's business.
    public init?(parsing text: String) {
        let lowered = text.lowercased()
        if lowered == "default" {
            self = .terminalDefault
        } else if let index = Self.names.firstIndex(of: lowered) {
            self = .indexed(UInt8(index))
        } else if lowered.hasPrefix("#") {
            let hex = lowered.dropFirst()
            guard hex.count == 6, hex.allSatisfy(\.isHexDigit), let value = UInt32(hex, radix: 16) else { return nil }
            self = .rgb(red: UInt8(value >> 16 & 0xFF), green: UInt8(value >> 8 & 0xFF), blue: UInt8(value & 0xFF))
        } else {
            return nil
        }
    }

    /// How the colour is written in a theme file.
    public var description: String {
        switch self {
        case .terminalDefault: return "default"
        case .indexed(let index) where Int(index) < Self.names.count: return Self.names[Int(index)]
        case .indexed(let index): return String(index)
        case .rgb(let red, let green, let blue):
            return "#" + [red, green, blue].map { ($0 < 16 ? "0" : "") + String($0, radix: 16) }.joined()
        }
    }

    /// The curses colour number to use on a terminal with `colourCount` colours (curses `COLORS`):
    /// -1 for the terminal default, otherwise an index below 8, 16 or 256.
    ///
    /// Indexed colours the terminal has are kept. On 256 colours, RGB goes to the nearest (squared
    /// RGB distance) of colours 16–255, whose values are fixed, unlike 0–15 which users often
    /// redefine. On 8 or 16 colours, nearest-by-distance turns pastels into the wrong hue (a soft
    /// red is nearer magenta), so colours are classified instead: greys by lightness, others by
    /// hue sector, with the bright variants (16 colours) for light, saturated values. Bright
    /// colours 9–15 on 8 colours lose their brightness; bright black (grey) becomes white, so it
    /// stays visible on a black background. Terminals with fewer than 8 colours get -1 (they
    /// should draw with attributes only); 9–15 colours count as 8, 17–255 as 16.
    public func nearest(colourCount: Int) -> Int {
        let usable: Int
        switch colourCount {
        case ..<8: return -1
        case 8..<16: usable = 8
        case 16..<256: usable = 16
        default: usable = 256
        }
        switch self {
        case .terminalDefault:
            return -1
        case .indexed(let index) where Int(index) < usable:
            return Int(index)
        case .indexed(let index) where index < 16:
            return index == 8 ? 7 : Int(index) - 8
        case .indexed(let index):
            return Self.nearestIndex(to: XtermPalette.rgb(ofIndex: Int(index)), usable: usable)
        case .rgb(let red, let green, let blue):
            return Self.nearestIndex(to: (Int(red), Int(green), Int(blue)), usable: usable)
        }
    }

    private static func nearestIndex(to target: (Int, Int, Int), usable: Int) -> Int {
        guard usable == 256 else { return BasicColourClassifier.index(of: target, brightVariants: usable == 16) }
        var best = 16
        var bestDistance = Int.max
        for index in 16..<256 {
            let (r, g, b) = XtermPalette.rgb(ofIndex: index)
            let distance = (r - target.0) * (r - target.0) + (g - target.1) * (g - target.1) + (b - target.2) * (b - target.2)
            if distance < bestDistance {
                best = index
                bestDistance = distance
            }
        }
        return best
    }
}

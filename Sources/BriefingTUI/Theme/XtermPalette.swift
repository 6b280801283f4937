/// xterm's default RGB value for each of the 256 indexed colours, the reference that
/// ``ThemeColor/nearest(colourCount:)`` measures distances against.
enum XtermPalette {
    /// Colours 0–15 as xterm draws them by default.
    private static let basic: [(Int, Int, Int)] = [
        (0, 0, 0), (205, 0, 0), (0, 205, 0), (205, 205, 0),
        (0, 0, 238), (205, 0, 205), (0, 205, 205), (229, 229, 229),
        (127, 127, 127), (255, 0, 0), (0, 255, 0), (255, 255, 0),
        (92, 92, 255), (255, 0, 255), (0, 255, 255), (255, 255, 255),
    ]

    /// The six channel levels of the 6×6×6 cube (indices 16–231).
    private static let cubeLevels = [0, 95, 135, 175, 215, 255]

    /// The RGB value of colour `index` (0–255; anything else is clamped).
    static func rgb(ofIndex index: Int) -> (Int, Int, Int) {
        let index = min(max(index, 0), 255)
        if index < 16 { return basic[index] }
        if index < 232 {
            let cube = index - 16
            return (cubeLevels[cube / 36], cubeLevels[cube / 6 % 6], cubeLevels[cube % 6])
        }
        let grey = 8 + (index - 232) * 10
        return (grey, grey, grey)
    }
}

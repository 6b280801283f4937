import Testing

@testable import BriefingTUI

@Suite("Theme colours")
struct ThemeColorTests {
    @Test("names, #rrggbb and default parse; anything else does not")
    func parsing() {
        #expect(ThemeColor(parsing: "default") == .terminalDefault)
        #expect(ThemeColor(parsing: "red") == .indexed(1))
        #expect(ThemeColor(parsing: "white") == .indexed(7))
        #expect(ThemeColor(parsing: "bright-black") == .indexed(8))
        #expect(ThemeColor(parsing: "Bright-White") == .indexed(15))
        #expect(ThemeColor(parsing: "#98C379") == .rgb(red: 0x98, green: 0xC3, blue: 0x79))
        for bad in ["", "#", "#12345", "#1234567", "#12345g", "bleu", "bright-", "rgb(1,2,3)"] {
            #expect(ThemeColor(parsing: bad) == nil, "\(bad)")
        }
    }

    @Test("description writes the colour back as a theme would")
    func description() {
        #expect(ThemeColor.rgb(red: 1, green: 0xab, blue: 0xff).description == "#01abff")
        #expect(ThemeColor.indexed(9).description == "bright-red")
        #expect(ThemeColor.indexed(208).description == "208")
        #expect(ThemeColor.terminalDefault.description == "default")
    }

    @Test("the terminal default is -1 at every colour count")
    func terminalDefault() {
        for count in [8, 16, 256] { #expect(ThemeColor.terminalDefault.nearest(colourCount: count) == -1) }
    }

    @Test(
        "on 8 colours, every colour becomes one of the basic eight",
        arguments: [
            (ThemeColor.indexed(3), 3),
            (.indexed(9), 1),  // bright red → red
            (.indexed(8), 7),  // bright black (grey) → white, not invisible black
            (.rgb(red: 0xe0, green: 0x6c, blue: 0x75), 1),  // soft red
            (.rgb(red: 0x98, green: 0xc3, blue: 0x79), 2),  // soft green
            (.rgb(red: 0x1e, green: 0x21, blue: 0x27), 0),  // near-black background
            (.rgb(red: 0xfa, green: 0xfa, blue: 0xfa), 7),  // near-white background
            (.rgb(red: 0x61, green: 0xaf, blue: 0xef), 6),  // sky blue → cyan
            (.indexed(196), 1),  // cube red
        ])
    func eightColours(colour: ThemeColor, expected: Int) {
        #expect(colour.nearest(colourCount: 8) == expected)
    }

    @Test(
        "on 16 colours, bright variants are kept and the rest map to the nearest of 16",
        arguments: [
            (ThemeColor.indexed(12), 12),
            (.rgb(red: 255, green: 0, blue: 0), 9),
            (.rgb(red: 0x80, green: 0x80, blue: 0x80), 8),
            (.indexed(231), 15),  // cube white
        ])
    func sixteenColours(colour: ThemeColor, expected: Int) {
        #expect(colour.nearest(colourCount: 16) == expected)
    }

    @Test(
        "on 256 colours, indices are kept and RGB goes to the cube or grey ramp",
        arguments: [
            (ThemeColor.indexed(5), 5),
            (.indexed(208), 208),
            (.rgb(red: 255, green: 135, blue: 0), 208),
            (.rgb(red: 0, green: 0, blue: 0), 16),
            (.rgb(red: 0x80, green: 0x80, blue: 0x80), 244),
            (.rgb(red: 0x1e, green: 0x21, blue: 0x27), 235),  // grey 38 is closest
        ])
    func twoHundredFiftySixColours(colour: ThemeColor, expected: Int) {
        #expect(colour.nearest(colourCount: 256) == expected)
    }

    @Test("terminals with fewer than 8 colours get the default; odd counts round down")
    func oddCounts() {
        #expect(ThemeColor.indexed(1).nearest(colourCount: 2) == -1)
        #expect(ThemeColor.indexed(12).nearest(colourCount: 88) == 12)
        #expect(ThemeColor.indexed(100).nearest(colourCount: 88) < 16)
        #expect(ThemeColor.indexed(100).nearest(colourCount: 1 << 24) == 100)
    }
}

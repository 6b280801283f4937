import Testing
@testable import BriefingTUI

@Suite("The virtual screen")
struct ScreenBufferTests {
    @Test func writesClipAtTheEdge() {
        var screen = ScreenBuffer(width: 8, height: 2)
        let end = screen.write("Leavitt said", x: 1, y: 0)
        #expect(end == 8)
        #expect(screen.text == " Leavitt\n")
    }

    @Test func wideCharactersTakeTwoCells() {
        var screen = ScreenBuffer(width: 6, height: 1)
        #expect(screen.write("日本x", x: 0, y: 0) == 5)
        #expect(screen.text == "日本x")
        var narrow = ScreenBuffer(width: 3, height: 1)
        narrow.write("日本", x: 0, y: 0)
        #expect(narrow.text == "日", "a wide character that does not fit is not cut in half")
    }

    @Test func controlCharactersBecomeVisible() {
        var screen = ScreenBuffer(width: 20, height: 1)
        screen.write("a\u{1B}[31mb\u{07}", x: 0, y: 0)
        #expect(screen.text == "a␛[31mb␇")
    }

    @Test func rolesAreKeptPerCell() {
        var screen = ScreenBuffer(width: 4, height: 1)
        screen.write("ab", x: 1, y: 0, role: "diff.insert")
        #expect(screen[0, 0].role == .default)
        #expect(screen[1, 0].role == "diff.insert")
    }
}

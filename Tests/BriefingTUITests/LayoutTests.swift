import Testing
@testable import BriefingTUI

@Suite("Pane layout")
struct LayoutTests {
    @Test func wideTerminalsPutTheTimelineOnTheLeft() {
        let layout = Layout(width: 200, height: 60)
        #expect(layout[.timeline].x == 0 && layout[.timeline].height == 59)
        #expect(layout[.source].x == layout[.timeline].maxX)
        #expect(layout[.claims].y == layout[.source].maxY)
        #expect(layout[.differences].x > layout[.claims].x, "claims and differences side by side when there is room")
        #expect(layout.status == Rect(x: 0, y: 59, width: 200, height: 1))
    }

    @Test func narrowTerminalsPutTheTimelineOnTop() {
        let layout = Layout(width: 80, height: 24)
        #expect(layout[.timeline].width == 80)
        #expect(layout[.source].y == layout[.timeline].maxY)
    }

    @Test(arguments: [(120, 40), (80, 24), (60, 15), (100, 30), (250, 80)])
    func panesTileTheScreenWithoutOverlap(_ size: (Int, Int)) {
        let layout = Layout(width: size.0, height: size.1)
        var covered = Set<Int>()
        for pane in Pane.allCases {
            let rect = layout[pane]
            #expect(rect.height >= 3 && rect.width >= 10, "\(pane) too small at \(size)")
            for y in rect.y..<rect.maxY {
                for x in rect.x..<rect.maxX { #expect(covered.insert(y * size.0 + x).inserted) }
            }
        }
        #expect(covered.count == size.0 * (size.1 - 1))
    }

    @Test func belowSixtyByFifteenIsTooSmall() {
        #expect(Layout(width: 59, height: 40).isTooSmall)
        #expect(Layout(width: 120, height: 14).isTooSmall)
        #expect(!Layout(width: 60, height: 15).isTooSmall)
    }
}

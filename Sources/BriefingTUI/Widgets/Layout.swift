/// A rectangle of screen cells.
public struct Rect: Equatable, Sendable {
    public var x: Int, y: Int, width: Int, height: Int
    public init(x: Int, y: Int, width: Int, height: Int) {
        self.x = x
        self.y = y
        self.width = max(0, width)
        self.height = max(0, height)
    }
    public var maxX: Int { x + width }
    public var maxY: Int { y + height }
    public func contains(x px: Int, y py: Int) -> Bool { px >= x && px < maxX && py >= y && py < maxY }
    /// The inside of a bordered box.
    public var inner: Rect { Rect(x: x + 1, y: y + 1, width: width - 2, height: height - 2) }
}

/// Where each pane goes for a terminal size: the timeline on the left (on top when narrow), the
/// source pane beside it, claims and differences below the source; the status line at the bottom.
public struct Layout: Equatable, Sendable {
    public static let minimumWidth = 60
    public static let minimumHeight = 15

    public var width: Int
    public var height: Int
    public var panes: [Pane: Rect]
    public var status: Rect

    public var isTooSmall: Bool { width < Self.minimumWidth || height < Self.minimumHeight }

    public init(width: Int, height: Int) {
        self.width = width
        self.height = height
        status = Rect(x: 0, y: height - 1, width: width, height: 1)
        let body = height - 1
        var panes: [Pane: Rect] = [:]
        if width >= 100 {
            let left = max(40, width * 2 / 5)
            let right = width - left
            panes[.timeline] = Rect(x: 0, y: 0, width: left, height: body)
            let sourceHeight = max(6, body * 11 / 20)
            panes[.source] = Rect(x: left, y: 0, width: right, height: sourceHeight)
            let rest = body - sourceHeight
            if right >= 110 {
                let half = right / 2
                panes[.claims] = Rect(x: left, y: sourceHeight, width: half, height: rest)
                panes[.differences] = Rect(x: left + half, y: sourceHeight, width: right - half, height: rest)
            } else {
                let claimsHeight = rest * 2 / 5
                panes[.claims] = Rect(x: left, y: sourceHeight, width: right, height: claimsHeight)
                panes[.differences] = Rect(x: left, y: sourceHeight + claimsHeight, width: right, height: rest - claimsHeight)
            }
        } else {
            let timelineHeight = max(5, body * 3 / 10)
            let sourceHeight = max(5, body * 4 / 10)
            let rest = body - timelineHeight - sourceHeight
            let half = width / 2
            panes[.timeline] = Rect(x: 0, y: 0, width: width, height: timelineHeight)
            panes[.source] = Rect(x: 0, y: timelineHeight, width: width, height: sourceHeight)
            panes[.claims] = Rect(x: 0, y: timelineHeight + sourceHeight, width: half, height: rest)
            panes[.differences] = Rect(x: half, y: timelineHeight + sourceHeight, width: width - half, height: rest)
        }
        self.panes = panes
    }

    public subscript(pane: Pane) -> Rect { panes[pane] ?? Rect(x: 0, y: 0, width: 0, height: 0) }

    /// The pane under a screen cell, for mouse clicks.
    public func pane(atX x: Int, y: Int) -> Pane? {
        Pane.allCases.first { self[$0].contains(x: x, y: y) }
    }
}

/// A key press or terminal event, independent of ncurses: the curses adapter translates its
/// codes into these, tests construct them directly or by name.
public enum Key: Hashable, Sendable, CustomStringConvertible {
    case character(Character)
    /// Control plus a lowercase letter ("Ctrl-d").
    case control(Character)
    case up, down, left, right, pageUp, pageDown, home, end
    case enter, escape, tab, backTab, backspace, delete
    case function(Int)
    /// A mouse event at a screen cell (0-based columns and rows).
    case mouse(MouseEvent)
    /// The terminal changed size.
    case resize

    /// Parses a key name as the key map and the user's config write it: `j`, `G`, `?`, `Ctrl-d`,
    /// `Up`, `PgDn`, `Home`, `Enter`, `Esc`, `Tab`, `S-Tab`, `Space`, `F1`. Nil when unknown.
    public init?(name: String) {
        let lower = name.lowercased()
        if name.count == 1, let c = name.first { self = .character(c); return }
        if lower.hasPrefix("ctrl-") || lower.hasPrefix("c-"), let c = lower.split(separator: "-").last?.first,
           lower.split(separator: "-").last?.count == 1, c.isLetter {
            self = .control(c)
            return
        }
        switch lower {
        case "up": self = .up
        case "down": self = .down
        case "left": self = .left
        case "right": self = .right
        case "pgup", "pageup": self = .pageUp
        case "pgdn", "pagedown": self = .pageDown
        case "home": self = .home
        case "end": self = .end
        case "enter", "return": self = .enter
        case "esc", "escape": self = .escape
        case "tab": self = .tab
        case "s-tab", "shift-tab", "backtab": self = .backTab
        case "backspace": self = .backspace
        case "delete", "del": self = .delete
        case "space": self = .character(" ")
        default:
            if lower.hasPrefix("f"), let n = Int(lower.dropFirst()), (1...24).contains(n) { self = .function(n); return }
            return nil
        }
    }

    /// The name ``init(name:)`` reads back; shown in help and status hints.
    public var description: String {
        switch self {
        case .character(" "): return "Space"
        case .character(let c): return String(c)
        case .control(let c): return "Ctrl-" + String(c)
        case .up: return "Up"
        case .down: return "Down"
        case .left: return "Left"
        case .right: return "Right"
        case .pageUp: return "PgUp"
        case .pageDown: return "PgDn"
        case .home: return "Home"
        case .end: return "End"
        case .enter: return "Enter"
        case .escape: return "Esc"
        case .tab: return "Tab"
        case .backTab: return "S-Tab"
        case .backspace: return "Backspace"
        case .delete: return "Delete"
        case .function(let n): return "F\(n)"
        case .mouse: return "Mouse"
        case .resize: return "Resize"
        }
    }
}

/// A click or wheel step at a screen cell.
public struct MouseEvent: Hashable, Sendable {
    public enum Action: Hashable, Sendable { case press, wheelUp, wheelDown }
    public var action: Action
    public var x: Int
    public var y: Int
    public init(_ action: Action, x: Int, y: Int) {
        self.action = action
        self.x = x
        self.y = y
    }
}

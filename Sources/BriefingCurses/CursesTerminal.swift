import BriefingTUI
import CNCurses

/// The only code that talks to ncurses: starts and restores the terminal and presents a
/// ``ScreenBuffer``, writing only the cells that changed since the last frame.
public final class CursesTerminal {
    private var previous: ScreenBuffer?
    private var started = false

    public init() {}

    /// Enters curses mode: UTF-8 locale, raw keys, no echo, keypad, hidden cursor, and handlers
    /// that restore the terminal on a crash, SIGTERM and SIGHUP.
    public func start() {
        briefing_setup_locale()
        briefing_install_crash_handlers()
        briefing_install_quit_handlers()
        initscr()
        raw()
        noecho()
        keypad(briefing_stdscr(), true)
        curs_set(0)
        started = true
    }

    /// Leaves curses mode; safe to call twice.
    public func stop() {
        guard started else { return }
        endwin()
        started = false
    }

    public var size: (width: Int, height: Int) { (Int(briefing_cols()), Int(briefing_lines())) }

    /// True when SIGTERM or SIGHUP asked the program to quit.
    public var quitRequested: Bool { briefing_quit_flag().pointee != 0 }

    /// Draws `screen`, touching only cells that differ from the last frame presented.
    public func present(_ screen: ScreenBuffer, attributes: (Role) -> UInt32 = { _ in 0 }) {
        let full = previous == nil || previous!.width != screen.width || previous!.height != screen.height
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if !full, let previous, previous[x, y] == cell { continue }
                if cell.text.isEmpty { continue }
                let attr = attributes(cell.role)
                wattr_set(briefing_stdscr(), attr_t(attr), 0, nil)
                mvwaddstr(briefing_stdscr(), Int32(y), Int32(x), cell.text)
            }
        }
        wattr_set(briefing_stdscr(), 0, 0, nil)
        wrefresh(briefing_stdscr())
        previous = screen
    }
}

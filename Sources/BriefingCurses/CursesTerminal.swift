import BriefingTUI
import CNCurses

/// The only code that talks to ncurses: starts and restores the terminal, reads keys and mouse
/// events as ``Key``s, and presents a ``ScreenBuffer``, writing only the cells that changed.
public final class CursesTerminal {
    private var previous: ScreenBuffer?
    private var started = false
    /// Colour pairs defined so far, by (foreground, background) colour numbers.
    private var pairs: [[Int]: Int16] = [:]

    public init() {}

    /// Enters curses mode: UTF-8 locale, raw keys, no echo, keypad, hidden cursor, mouse, colours,
    /// and handlers that restore the terminal on a crash, SIGTERM and SIGHUP.
    public func start() {
        briefing_setup_locale()
        briefing_install_crash_handlers()
        initscr()
        briefing_install_quit_handlers()
        raw()
        noecho()
        nonl()
        keypad(briefing_stdscr(), true)
        set_escdelay(25)
        curs_set(0)
        if has_colors() {
            start_color()
            use_default_colors()
        }
        mousemask(briefing_all_mouse_events(), nil)
        mouseinterval(0)
        started = true
    }

    /// Leaves curses mode; safe to call twice.
    public func stop() {
        guard started else { return }
        mousemask(0, nil)
        curs_set(1)
        endwin()
        started = false
    }

    public var size: (width: Int, height: Int) { (Int(briefing_cols()), Int(briefing_lines())) }
    /// 8, 16, 256 (or more): what the theme's colours are reduced to.
    public var colourCount: Int { has_colors() ? Int(briefing_colors()) : 0 }

    /// True when SIGTERM or SIGHUP asked the program to quit.
    public var quitRequested: Bool { briefing_quit_flag().pointee != 0 }
    /// The signal that asked the program to quit, if one did.
    public var quitSignal: Int32? { quitRequested ? Int32(briefing_quit_flag().pointee) : nil }

    /// Ctrl-Z: stop like a shell job; on `fg`, everything is redrawn.
    public func suspend() {
        briefing_suspend()
        previous = nil
        clearok(briefing_stdscr(), true)
    }

    /// Waits up to `timeout` milliseconds for a key; nil when none came.
    public func readKey(timeout: Int32) -> Key? {
        wtimeout(briefing_stdscr(), timeout)
        var character: wint_t = 0
        let result = wget_wch(briefing_stdscr(), &character)
        if result == ERR { return nil }
        if result == KEY_CODE_YES { return functionKey(Int32(character)) }
        switch character {
        case 10, 13: return .enter
        case 27: return .escape
        case 9: return .tab
        case 8, 127: return .backspace
        case 1...26: return .control(Character(Unicode.Scalar(UInt8(character) + 96)))
        default:
            guard let scalar = Unicode.Scalar(UInt32(character)) else { return nil }
            return .character(Character(scalar))
        }
    }

    private func functionKey(_ code: Int32) -> Key? {
        switch code {
        case KEY_UP: return .up
        case KEY_DOWN: return .down
        case KEY_LEFT: return .left
        case KEY_RIGHT: return .right
        case KEY_PPAGE: return .pageUp
        case KEY_NPAGE: return .pageDown
        case KEY_HOME: return .home
        case KEY_END: return .end
        case KEY_ENTER: return .enter
        case KEY_BTAB: return .backTab
        case KEY_BACKSPACE: return .backspace
        case KEY_DC: return .delete
        case KEY_RESIZE:
            previous = nil
            return .resize
        case KEY_MOUSE:
            var event = MEVENT()
            guard getmouse(&event) == OK else { return nil }
            if event.bstate & briefing_button4_pressed() != 0 { return .mouse(MouseEvent(.wheelUp, x: Int(event.x), y: Int(event.y))) }
            if event.bstate & briefing_button5_pressed() != 0 { return .mouse(MouseEvent(.wheelDown, x: Int(event.x), y: Int(event.y))) }
            if event.bstate & briefing_button1_pressed() != 0 { return .mouse(MouseEvent(.press, x: Int(event.x), y: Int(event.y))) }
            return nil
        default:
            let f0 = briefing_key_f0()
            if code > f0, code <= f0 + 24 { return .function(Int(code - f0)) }
            return nil
        }
    }

    /// Draws `screen` in `theme`'s styles (colours reduced to the terminal's), touching only
    /// cells that differ from the last frame presented.
    public func present(_ screen: ScreenBuffer, theme: Theme) {
        let full = previous == nil || previous!.width != screen.width || previous!.height != screen.height
        if full {
            // After a resize or a resume the terminal's contents are unknown: repaint all of it.
            werase(briefing_stdscr())
            clearok(briefing_stdscr(), true)
        }
        var roleAttributes: [Role: (attr_t, Int16)] = [:]
        for y in 0..<screen.height {
            for x in 0..<screen.width {
                let cell = screen[x, y]
                if !full, let previous, previous[x, y] == cell { continue }
                if cell.text.isEmpty { continue }
                let (attributes, pair) = roleAttributes[cell.role] ?? {
                    let resolved = resolve(theme.style(for: cell.role))
                    roleAttributes[cell.role] = resolved
                    return resolved
                }()
                wattr_set(briefing_stdscr(), attributes, pair, nil)
                mvwaddstr(briefing_stdscr(), Int32(y), Int32(x), cell.text)
            }
        }
        wattr_set(briefing_stdscr(), 0, 0, nil)
        wrefresh(briefing_stdscr())
        previous = screen
    }

    /// Forgets the last frame, so the next one is drawn in full (after a theme change).
    public func invalidate() { previous = nil }

    private func resolve(_ style: Style) -> (attr_t, Int16) {
        var attributes: attr_t = briefing_a_normal()
        if style.bold == true { attributes |= briefing_a_bold() }
        if style.underline == true { attributes |= briefing_a_underline() }
        if style.reverse == true { attributes |= briefing_a_reverse() }
        if style.dim == true { attributes |= briefing_a_dim() }
        if style.italic == true { attributes |= briefing_a_italic() }
        let colours = colourCount
        let foreground = style.foreground?.nearest(colourCount: colours) ?? -1
        let background = style.background?.nearest(colourCount: colours) ?? -1
        guard foreground >= 0 || background >= 0 else { return (attributes, 0) }
        if let pair = pairs[[foreground, background]] { return (attributes, pair) }
        let number = Int16(pairs.count + 1)
        guard Int32(number) < COLOR_PAIRS_LIMIT else { return (attributes, 0) }
        init_pair(number, Int16(foreground), Int16(background))
        pairs[[foreground, background]] = number
        return (attributes, number)
    }

    private var COLOR_PAIRS_LIMIT: Int32 { min(briefing_color_pairs(), 32_000) }
}

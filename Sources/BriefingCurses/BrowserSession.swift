import BriefingTUI

/// Runs a ``Browser`` on the real terminal until the user quits: reads keys, handles resize and
/// Ctrl-Z, and presents a frame after every change. The terminal is restored on every way out.
public struct BrowserSession {
    public var browser: Browser
    /// Terminal styles for a theme name and the terminal's colour count.
    public var styles: (_ theme: String, _ colourCount: Int) -> (Role) -> TerminalStyle

    public init(browser: Browser, styles: @escaping (_ theme: String, _ colourCount: Int) -> (Role) -> TerminalStyle) {
        self.browser = browser
        self.styles = styles
    }

    public func run() {
        let terminal = CursesTerminal()
        terminal.start()
        defer { terminal.stop() }
        browser.resize(width: terminal.size.width, height: terminal.size.height)
        var theme = browser.themeName
        var style = styles(theme, terminal.colourCount)
        var needsFrame = true
        while !browser.shouldQuit, !terminal.quitRequested {
            if needsFrame {
                if browser.themeName != theme {
                    theme = browser.themeName
                    style = styles(theme, terminal.colourCount)
                    terminal.invalidate()
                }
                terminal.present(browser.render(), style: style)
                needsFrame = false
            }
            guard let key = terminal.readKey(timeout: 250) else { continue }
            switch key {
            case .resize:
                browser.resize(width: terminal.size.width, height: terminal.size.height)
            case .control("z"):
                terminal.suspend()
                browser.resize(width: terminal.size.width, height: terminal.size.height)
            default:
                browser.handle(key)
            }
            needsFrame = true
        }
    }
}

import BriefingTUI

/// Runs a ``Browser`` on the real terminal until the user quits: reads keys, handles resize and
/// Ctrl-Z, and presents a frame after every change. The terminal is restored on every way out.
public struct BrowserSession {
    public var browser: Browser
    /// The theme for a theme name (`t` cycles through names).
    public var theme: (_ name: String) -> Theme

    public init(browser: Browser, theme: @escaping (_ name: String) -> Theme) {
        self.browser = browser
        self.theme = theme
    }

    /// Runs until the user quits; returns the exit status once the terminal is restored: 0 for
    /// `q`, 130 for Ctrl-C, 128 + n for a signal n that asked the program to quit (SIGTERM, SIGHUP).
    @discardableResult
    public func run() -> Int32 {
        let terminal = CursesTerminal()
        terminal.start()
        defer { terminal.stop() }
        browser.resize(width: terminal.size.width, height: terminal.size.height)
        var themeName = browser.themeName
        var theme = self.theme(themeName)
        var needsFrame = true
        while !browser.shouldQuit, !terminal.quitRequested {
            if needsFrame {
                if browser.themeName != themeName {
                    themeName = browser.themeName
                    theme = self.theme(themeName)
                    terminal.invalidate()
                }
                terminal.present(browser.render(), theme: theme)
                needsFrame = false
            }
            // A background update may have committed or moved on (progress in the status line).
            if browser.poll() { needsFrame = true; continue }
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
        if let signal = terminal.quitSignal { return 128 + signal }
        return browser.wasInterrupted ? 130 : 0
    }
}

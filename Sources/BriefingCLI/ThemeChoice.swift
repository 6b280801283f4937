import BriefingTUI

/// The browser's themes: the one chosen at start-up (`--theme`, the config file, `NO_COLOR`),
/// and the others `t` cycles through, each loaded once.
final class ThemeChoice {
    let library: ThemeLibrary
    let startup: ThemeSelection
    private var loaded: [String: Theme] = [:]

    init(requested: String?, configured: String?) {
        library = ThemeLibrary()
        startup = library.startupTheme(requested: requested, configured: configured)
        loaded[startup.theme.name] = startup.theme
    }

    /// The start-up theme first, then every other theme found.
    var names: [String] {
        [startup.theme.name] + library.availableNames.filter { $0 != startup.theme.name }
    }

    /// Problems to show in the status line: a bad theme file (`FILE:LINE: message`), warnings.
    var problems: [String] {
        (startup.error.map { ["\($0.description); using the \(startup.theme.name) theme"] } ?? []) + startup.warnings.map(\.description)
    }

    func theme(named name: String) -> Theme {
        if let theme = loaded[name] { return theme }
        let theme = library.select(name).theme
        loaded[name] = theme
        return theme
    }
}

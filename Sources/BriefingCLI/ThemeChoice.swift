import BriefingCurses
import BriefingTUI

/// Which themes the browser cycles through and how a theme's roles become terminal styles.
enum ThemeChoice {
    static func names(preferred: String?) -> [String] {
        let all = ["dark", "light", "high-contrast", "monochrome"]
        guard let preferred else { return all }
        return [preferred] + all.filter { $0 != preferred }
    }

    static func styles(theme: String, colourCount: Int) -> (Role) -> TerminalStyle {
        { role in
            for candidate in role.fallbacks {
                switch candidate.name {
                case "timeline.selected", "list.selected": return TerminalStyle(reverse: true)
                case "chrome.title.focused": return TerminalStyle(foreground: 3, bold: true)
                case "search.match": return TerminalStyle(foreground: 0, background: 3)
                case "diff.insert": return TerminalStyle(foreground: 2, bold: true)
                case "diff.delete": return TerminalStyle(foreground: 1)
                case "source.statement": return TerminalStyle(foreground: 3, bold: true)
                case "source.speaker": return TerminalStyle(foreground: 6, underline: true)
                case "source.date": return TerminalStyle(foreground: 5, underline: true)
                case "claims.assessment", "status.error": return TerminalStyle(foreground: 1, bold: true)
                case "status": return TerminalStyle(reverse: true)
                case "chrome.border", "dim": return TerminalStyle(dim: true)
                default: continue
                }
            }
            return .plain
        }
    }
}

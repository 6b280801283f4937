import Testing
@testable import BriefingTUI

@Suite("Keys and the command table")
struct InputTests {
    @Test(arguments: ["j", "G", "?", "Ctrl-d", "Up", "PgDn", "Home", "Enter", "Esc", "Tab", "S-Tab", "Space", "F1"])
    func keyNamesReadBack(_ name: String) throws {
        let key = try #require(Key(name: name))
        #expect(Key(name: key.description) == key)
    }

    @Test func unknownKeyNamesAreRejected() {
        #expect(Key(name: "Hyper-x") == nil)
        #expect(Key(name: "") == nil)
    }

    @Test func everyCommandHasADefaultKeyAndNoKeyRunsTwoCommands() {
        var seen: [Key: Command] = [:]
        for command in Command.allCases {
            #expect(!command.defaultKeys.isEmpty, "\(command) has no key")
            #expect(!command.summary.isEmpty)
            for key in command.defaultKeys {
                #expect(seen[key] == nil, "\(key) is bound to \(seen[key].map { "\($0)" } ?? "") and \(command)")
                seen[key] = command
            }
        }
    }

    @Test func theUsersBindingsReplaceTheDefaults() {
        let map = KeyMap(bindings: ["next-source": ["Ctrl-n", "x"], "quit": ["Q"]])
        #expect(map.command(for: .control("n")) == .nextSource)
        #expect(map.command(for: .character("x")) == .nextSource)
        #expect(map.command(for: .character("]")) == nil, "the default key is released")
        #expect(map.command(for: .character("Q")) == .quit)
        #expect(map.command(for: .control("c")) == .quit, "Ctrl-c always quits")
        #expect(map.warnings.isEmpty)
    }

    @Test func aKeyTakenFromAnotherCommandLeavesIt() {
        let map = KeyMap(bindings: ["search": ["s"]])
        #expect(map.command(for: .character("s")) == .search)
        #expect(!map.keys(for: .pickSource).contains(.character("s")))
    }

    @Test func badBindingsAreReportedNotFatal() {
        let map = KeyMap(bindings: ["fly": ["f"], "quit": ["Hyper-q"], "cycle-theme": ["Ctrl-c"]])
        #expect(map.warnings.contains("unknown command 'fly' in key bindings"))
        #expect(map.warnings.contains("unknown key 'Hyper-q' for quit"))
        #expect(map.command(for: .character("q")) == .quit, "a binding with no valid key keeps the defaults")
        #expect(map.command(for: .control("c")) == .quit, "Ctrl-c cannot be taken from quit")
    }
}

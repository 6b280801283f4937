/// Which command each key runs: the defaults of ``Command``, with the user's bindings replacing
/// a command's keys. `Ctrl-c` always quits, whatever the config says.
public struct KeyMap: Sendable {
    private var commandByKey: [Key: Command] = [:]
    private var keysByCommand: [Command: [Key]] = [:]
    /// Problems with the user's bindings ("unknown command 'foo'"), for the status line.
    public private(set) var warnings: [String] = []

    /// - Parameter bindings: command name → key names, from the user's config.
    public init(bindings: [String: [String]] = [:]) {
        var keys: [Command: [Key]] = [:]
        for command in Command.allCases { keys[command] = command.defaultKeys }
        for (name, keyNames) in bindings.sorted(by: { $0.key < $1.key }) {
            guard let command = Command(rawValue: name) else {
                warnings.append("unknown command '\(name)' in key bindings")
                continue
            }
            var parsed: [Key] = []
            for keyName in keyNames {
                if let key = Key(name: keyName) { parsed.append(key) } else { warnings.append("unknown key '\(keyName)' for \(name)") }
            }
            if !parsed.isEmpty {
                // A key rebound to this command leaves the command it had.
                for other in Command.allCases where other != command { keys[other]?.removeAll { parsed.contains($0) } }
                keys[command] = parsed
            }
        }
        if keys[.quit]?.contains(.control("c")) != true { keys[.quit, default: []].append(.control("c")) }
        for command in Command.allCases where command != .quit { keys[command]?.removeAll { $0 == .control("c") } }
        keysByCommand = keys
        for command in Command.allCases {
            for key in keys[command] ?? [] { commandByKey[key] = command }
        }
    }

    public func command(for key: Key) -> Command? { commandByKey[key] }
    public func keys(for command: Command) -> [Key] { keysByCommand[command] ?? [] }

    /// The first key of `command`, as shown in hints ("?" for help).
    public func hint(_ command: Command) -> String { keys(for: command).first?.description ?? "unbound" }
}

import Foundation

/// The real `briefing` binary in a detached tmux session on a private socket: keys are sent
/// with `send-keys`, the screen is read with `capture-pane`. Used by the end-to-end tests.
final class TmuxSession {
    static var isAvailable: Bool { run(["tmux", "-V"]).status == 0 && binary != nil }

    /// The `briefing` executable built beside the test bundle.
    static var binary: String? {
        let folder = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        for candidate in [folder, folder.deletingLastPathComponent()] {
            let path = candidate.appendingPathComponent("briefing").path
            if FileManager.default.isExecutableFile(atPath: path) { return path }
        }
        return nil
    }

    let socket = "briefing-e2e-\(getpid())-\(UUID().uuidString.prefix(8))"
    let name = "app"

    /// - Parameter command: what the pane runs instead of the browser (a shell, for job control).
    init(arguments: [String], width: Int, height: Int, environment: [String: String], command: String? = nil) throws {
        guard let binary = Self.binary else { throw Failure("the briefing binary was not found beside the tests") }
        let env = environment.merging(["SWIFT_BACKTRACE": "interactive=no", "TERM": "tmux-256color"]) { a, _ in a }
        let command = command ?? (["env"] + env.map { "\($0.key)=\($0.value)" } + [binary] + arguments).map(Self.quote).joined(separator: " ")
        try tmux(["-f", "/dev/null", "new-session", "-d", "-s", name, "-x", "\(width)", "-y", "\(height)", command])
        try tmux(["set-option", "-t", name, "remain-on-exit", "on"])
    }

    deinit { _ = Self.run(["tmux", "-L", socket, "kill-server"]) }

    struct Failure: Error, CustomStringConvertible {
        var description: String
        init(_ description: String) { self.description = description }
    }

    @discardableResult
    func tmux(_ arguments: [String]) throws -> String {
        let result = Self.run(["tmux", "-L", socket] + arguments)
        guard result.status == 0 else { throw Failure("tmux \(arguments.first ?? ""): \(result.output)") }
        return result.output
    }

    func send(_ keys: String...) throws { try tmux(["send-keys", "-t", name] + keys) }
    func type(_ text: String) throws { try tmux(["send-keys", "-t", name, "-l", text]) }
    func screen(colours: Bool = false) throws -> String { try tmux(["capture-pane", "-p", "-t", name] + (colours ? ["-e"] : [])) }
    func resize(width: Int, height: Int) throws { try tmux(["resize-window", "-t", name, "-x", "\(width)", "-y", "\(height)"]) }
    /// `#{alternate_on} #{pane_dead}` and the like.
    func display(_ format: String) throws -> String {
        try tmux(["display-message", "-p", "-t", name, format]).trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Polls a format until it reads `expected` (tmux may still be applying the last output when
    /// the pane dies), for up to two seconds; returns what it last read.
    func settled(_ format: String, expecting expected: String) -> String {
        var last = ""
        for _ in 0..<100 {
            last = (try? display(format)) ?? ""
            if last == expected { break }
            usleep(20_000)
        }
        return last
    }

    /// Polls the screen until `predicate` holds; the screen it last saw when it times out.
    func waitFor(timeout: TimeInterval = 20, colours: Bool = false, _ predicate: (String) -> Bool) throws -> String {
        let deadline = Date().addingTimeInterval(timeout)
        var last = ""
        while Date() < deadline {
            last = try screen(colours: colours)
            if predicate(last) { return last }
            usleep(20_000)
        }
        throw Failure("timed out; the screen was:\n\(last)")
    }

    static func quote(_ s: String) -> String { "'" + s.replacingOccurrences(of: "'", with: "'\\''") + "'" }

    /// Runs a command and waits for it with `waitpid`: Foundation's `Process.waitUntilExit`
    /// was seen to hang here once tmux forked its server.
    static func run(_ arguments: [String]) -> (status: Int32, output: String) {
        let file = FileManager.default.temporaryDirectory.appendingPathComponent("tmux-\(UUID().uuidString).out").path
        defer { unlink(file) }
        var actions = posix_spawn_file_actions_t()
        posix_spawn_file_actions_init(&actions)
        defer { posix_spawn_file_actions_destroy(&actions) }
        posix_spawn_file_actions_addopen(&actions, 0, "/dev/null", O_RDONLY, 0)
        // A file, not a pipe: the tmux server inherits the output and would hold a pipe open.
        posix_spawn_file_actions_addopen(&actions, 1, file, O_WRONLY | O_CREAT | O_TRUNC, 0o600)
        posix_spawn_file_actions_adddup2(&actions, 1, 2)
        let argv: [UnsafeMutablePointer<CChar>?] = arguments.map { strdup($0) } + [nil]
        defer { for p in argv { free(p) } }
        // Children (the tmux server, the browser) start with no signal blocked, whatever the test runner blocks.
        var attributes = posix_spawnattr_t()
        posix_spawnattr_init(&attributes)
        defer { posix_spawnattr_destroy(&attributes) }
        var empty = sigset_t()
        sigemptyset(&empty)
        posix_spawnattr_setsigmask(&attributes, &empty)
        posix_spawnattr_setflags(&attributes, Int16(POSIX_SPAWN_SETSIGMASK))
        var pid: pid_t = 0
        guard posix_spawnp(&pid, arguments[0], &actions, &attributes, argv, environ) == 0 else { return (-1, "cannot run \(arguments[0])") }
        var status: Int32 = 0
        while waitpid(pid, &status, 0) < 0 && errno == EINTR {}
        let output = (try? String(contentsOfFile: file, encoding: .utf8)) ?? ""
        let exited = status & 0x7f == 0
        return (exited ? (status >> 8) & 0xff : -1, output)
    }
}

import BriefingCore
import Foundation
import Testing

/// The real binary in tmux, on two outlets' coverage of one briefing written like the product's
/// typical input (a `date` first line, then headline or first paragraph).
@Suite("The browser in a real terminal", .serialized, .enabled(if: TmuxSession.isAvailable, "needs tmux and the built binary"))
struct BrowserEndToEndTests {
    static let wire = """
    date 2026-04-14
    Spokesperson Dana Whitfield said on Tuesday that the government would not send troops abroad.

    "There will be no boots on the ground, and the president has been clear about that," Whitfield told reporters at the daily briefing.

    She said the talks with the neighbouring government had been "very productive."
    """

    static let paper = """
    date 2026-04-15
    Government rules out troops

    Government spokesperson Dana Whitfield on Tuesday ruled out sending soldiers abroad.

    "There will be no boots on the ground and the president has been very clear about that," Whitfield said.

    Whitfield again falsely claimed that the talks had ended a ten-year dispute.
    """

    func corpus() throws -> URL {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-e2e-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try Self.wire.write(to: folder.appendingPathComponent("capital-wire.txt"), atomically: true, encoding: .utf8)
        try Self.paper.write(to: folder.appendingPathComponent("daily-paper.txt"), atomically: true, encoding: .utf8)
        return folder
    }

    func session(_ folder: URL, width: Int = 120, height: Int = 40) throws -> TmuxSession {
        try TmuxSession(arguments: [folder.path], width: width, height: height,
                        environment: ["XDG_CONFIG_HOME": folder.path + "/config", "XDG_CACHE_HOME": folder.path + "/cache"])
    }

    @Test func browsesSearchesJumpsAndRestoresTheTerminal() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try session(folder)
        var screen = try tmux.waitFor { $0.contains("Timeline") && $0.contains("Whitfield") }
        #expect(try tmux.display("#{alternate_on}") == "1", "the browser uses the alternate screen")

        try tmux.send("/")
        try tmux.type("boots")
        try tmux.send("Enter")
        screen = try tmux.waitFor(colours: true) { $0.contains("“boots”: ") }
        // The word is drawn with a different style from the text around it.
        #expect(screen.range(of: #"\x{1B}\[[0-9;]*mboots"#, options: .regularExpression) != nil, "boots is highlighted")

        let before = try tmux.screen()
        try tmux.send("]")
        screen = try tmux.waitFor { $0.contains("source 2 of 2") }
        #expect(screen != before)
        let outletBefore = before.contains("Source · capital-wire") || before.contains("Source · Capital") ? "wire" : "paper"
        let outletAfter = screen.contains("Source · capital-wire") || screen.contains("Source · Capital") ? "wire" : "paper"
        #expect(outletBefore != outletAfter, "] shows the other outlet")

        try tmux.send("?")
        screen = try tmux.waitFor { $0.contains("Help · keys") && $0.contains("Quit") }
        #expect(screen.contains("Same statement in the next outlet"))
        try tmux.send("Escape")
        _ = try tmux.waitFor { !$0.contains("Help · keys") }

        // The selected row is the boots statement (the search's only result); it stays selected.
        let selectedRow = try #require(try tmux.screen().split(separator: "\n").first { $0.contains("▶ Whitf") })
        #expect(selectedRow.contains("There will be no"))
        try tmux.resize(width: 80, height: 24)
        screen = try tmux.waitFor { $0.split(separator: "\n").count <= 24 && $0.contains("▶ Whitf") }
        let resizedRow = try #require(screen.split(separator: "\n").first { $0.contains("▶ Whitf") })
        #expect(resizedRow.contains("There will be no"), "the selection survives the resize")
        #expect(!screen.contains("Help · keys"), "no remnant of earlier frames")

        try tmux.send("q")
        _ = try tmux.waitFor { _ in (try? tmux.display("#{pane_dead}")) == "1" }
        let restored = tmux.settled("#{pane_dead} #{alternate_on} #{mouse_any_flag}", expecting: "1 0 0")
        #expect(restored == "1 0 0", "the terminal is restored")
    }

    @Test func sigtermRestoresTheTerminal() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try session(folder)
        _ = try tmux.waitFor { $0.contains("Timeline") }
        let pid = try tmux.display("#{pane_pid}")
        // The pane runs `env`, which execs the binary: the pane's process is the browser.
        kill(try #require(pid_t(pid)), SIGTERM)
        _ = try tmux.waitFor { _ in (try? tmux.display("#{pane_dead}")) == "1" }
        let restored = tmux.settled("#{pane_dead} #{alternate_on} #{mouse_any_flag}", expecting: "1 0 0")
        #expect(restored == "1 0 0")
    }

    /// Ctrl-C ends the browser as an interrupted program ends (130), a quitting signal n with
    /// 128 + n, once the terminal is restored; so does a crash (SIGSEGV, SIGABRT) or SIGQUIT,
    /// without Swift's crash reporter waiting for a key. The pane runs a shell that prints the
    /// status (tmux's own `pane_dead_status` stays empty for this binary).
    @Test(arguments: [("C-c", "130"), ("SIGTERM", "143"), ("SIGHUP", "129"), ("SIGSEGV", "139"), ("SIGABRT", "134"), ("SIGQUIT", "131")])
    func quittingEndsWithTheStatusAShellExpects(how: String, status: String) throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let binary = try #require(TmuxSession.binary)
        let pidFile = folder.path + "/pid"
        // No SWIFT_BACKTRACE: as a user runs it, with Swift's default crash reporter.
        let inner = "echo $$ > \(pidFile); exec env -u SWIFT_BACKTRACE XDG_CACHE_HOME=\(folder.path)/cache XDG_CONFIG_HOME=\(folder.path)/config TERM=tmux-256color \(binary) \(folder.path)"
        let tmux = try TmuxSession(arguments: [], width: 120, height: 40, environment: [:],
                                   command: "sh -c " + TmuxSession.quote("sh -c " + TmuxSession.quote(inner) + "; echo \"exit status $?\"; exec sleep 60"))
        _ = try tmux.waitFor { $0.contains("Timeline") }
        switch how {
        case "C-c": try tmux.send("C-c")
        default:
            let pid = try #require(pid_t(try String(contentsOfFile: pidFile, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)))
            let signals = ["SIGTERM": SIGTERM, "SIGHUP": SIGHUP, "SIGSEGV": SIGSEGV, "SIGABRT": SIGABRT, "SIGQUIT": SIGQUIT]
            kill(pid, try #require(signals[how]))
        }
        let screen = try tmux.waitFor { $0.contains("exit status") }
        #expect(screen.contains("exit status \(status)"), "\(screen)")
        if ["SIGSEGV", "SIGABRT", "SIGQUIT"].contains(how) { #expect(screen.contains("briefing: crashed"), "\(screen)") }
        #expect(try tmux.display("#{alternate_on}") == "0")
    }

    /// A generated folder of many stories: the first frame says what the folder holds.
    @Test func aFolderOfManyStoriesOpensOnTheEventsOverview() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("briefing-e2e-many-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: folder) }
        _ = try SyntheticCorpus(seed: 5, articleCount: 120).write(to: folder.appendingPathComponent("corpus"))
        let tmux = try TmuxSession(arguments: [folder.path + "/corpus"], width: 140, height: 40,
                                   environment: ["XDG_CONFIG_HOME": folder.path + "/config", "XDG_CACHE_HOME": folder.path + "/cache"])
        // The overview fills as the first build commits: wait for a screenful, not the first row.
        let storyRows = { (screen: String) in
            screen.split(separator: "\n").filter { $0.range(of: #"^┃[ ▶] \d{4}-\d{2}-\d{2}"#, options: .regularExpression) != nil }
        }
        let screen = try tmux.waitFor { $0.contains("Events · ") && $0.contains("newest first") && storyRows($0).count >= 10 }
        #expect(storyRows(screen).count >= 10, "a screenful of stories: \(screen)")
        try tmux.send("Enter")
        _ = try tmux.waitFor { $0.contains("Timeline") && !$0.contains("newest first") }
        try tmux.send("q")
        _ = try tmux.waitFor { _ in (try? tmux.display("#{pane_dead}")) == "1" }
    }

    @Test func aTerminalTooSmallGetsAMessage() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        let tmux = try session(folder, width: 50, height: 12)
        _ = try tmux.waitFor { $0.contains("Terminal too small") }
        try tmux.resize(width: 100, height: 30)
        _ = try tmux.waitFor { $0.contains("Timeline") }
        try tmux.send("C-c")
        _ = try tmux.waitFor { _ in (try? tmux.display("#{pane_dead}")) == "1" }
        #expect(try tmux.display("#{alternate_on}") == "0", "Ctrl-C leaves cleanly")
    }

    @Test func ctrlZSuspendsAndFgRedraws() throws {
        let folder = try corpus()
        defer { try? FileManager.default.removeItem(at: folder) }
        guard let binary = TmuxSession.binary else { return }
        // A shell in the pane, so the browser runs as a job that can be stopped and continued.
        let tmux = try TmuxSession(arguments: [], width: 120, height: 40, environment: [:], command: "bash --norc --noprofile")
        try tmux.type("SWIFT_BACKTRACE=interactive=no XDG_CACHE_HOME=\(folder.path)/cache TERM=tmux-256color \(binary) \(folder.path)")
        try tmux.send("Enter")
        _ = try tmux.waitFor { $0.contains("Timeline") }
        try tmux.send("C-z")
        _ = try tmux.waitFor { $0.contains("Stopped") }
        #expect(tmux.settled("#{alternate_on}", expecting: "0") == "0", "the terminal is the shell's while suspended")
        try tmux.type("fg")
        try tmux.send("Enter")
        let screen = try tmux.waitFor { $0.contains("Timeline") && $0.contains("Whitfield") }
        #expect(!screen.contains("Stopped"), "the whole screen is redrawn")
        try tmux.send("q")
        #expect(tmux.settled("#{alternate_on}", expecting: "0") == "0")
    }
}

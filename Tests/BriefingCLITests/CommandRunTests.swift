import BriefingCore
import Foundation
import Testing

// End-to-end tests of the command-line contract (issue 23): the built `briefing` binary runs as a
// child process on a small fixture folder, for every subcommand. They check the exit status, what
// is printed on stderr, and for `--json` that every line is a JSON object carrying the fields the
// README's "JSON Lines contract" names, with the types it gives them.
//
// Every run gets its own folder with HOME, XDG_CACHE_HOME and XDG_CONFIG_HOME inside it, so no run
// reads or writes the user's index cache, config or speaker aliases; stdin is /dev/null and stdout
// and stderr are files, so the binary sees no terminal (no browser, no progress bar, no colour).
//
// The suite "CLI errors" holds the failures that were wrong before (each comment says what the
// binary used to do).

// MARK: - Happy paths

@Suite("Commands on a fixture folder")
struct CommandRunTests {
    @Test func articlesJSONCarriesTheContractFields() throws {
        let sandbox = try CLISandbox()
        let articles = try sandbox.jsonLines(["articles", sandbox.corpus, "--json", "--index", sandbox.index])
        expectContract(articles, CLIContract.articles, command: "articles")

        #expect(articles.count == 3)
        #expect(Set(articles.compactMap { $0["source"]?.string }) == ["bay-courier", "northern-ledger"],
                "the outlet is the folder's name when the corpus has a folder per outlet")
        #expect(articles.allSatisfy { $0["format"]?.string == "text" })
        let bridge = try #require(articles.first { $0.path.hasSuffix("/northern-ledger/bridge-briefing.txt") })
        #expect(bridge["date"]?.string == "2026-05-12")
        #expect(bridge["headline"]?.string == "Minister promises harbour bridge by September", "a short line and a blank line is the headline")
        let courier = try #require(articles.first { $0.path.hasSuffix("/bay-courier/bridge.txt") })
        #expect(courier["headline"]?.isNull == true, "a first paragraph right after the date line is no headline")
        #expect(courier["text"]?.string?.hasPrefix("Transport Minister Elena Sorvik on Monday promised") == true)
    }

    @Test func outletsAreNamedByTheCorpusFileAndTheConfig() throws {
        let sandbox = try CLISandbox()
        try sandbox.write("outlets.toml", "\"bay-courier\" = \"The Bay Courier\"\n")
        try FileManager.default.createDirectory(atPath: sandbox.config + "/briefing", withIntermediateDirectories: true)
        try "[outlets]\n\"northern-ledger\" = \"Northern Ledger\"\n\"bay-courier\" = \"Courier (config)\"\n"
            .write(toFile: sandbox.config + "/briefing/config.toml", atomically: true, encoding: .utf8)
        let articles = try sandbox.jsonLines(["articles", sandbox.corpus, "--json", "--index", sandbox.index])
        #expect(articles.count == 3, "outlets.toml is no article")
        #expect(Set(articles.compactMap { $0["source"]?.string }) == ["The Bay Courier", "Northern Ledger"],
                "the corpus's outlets.toml over the config's [outlets]")
        let memory = try sandbox.jsonLines(["statements", sandbox.corpus, "--json", "--no-index"])
        #expect(Set(memory.compactMap { $0["source"]?.string }) == ["The Bay Courier", "Northern Ledger"], "--no-index names them too")
    }

    @Test func statementsJSONCarriesTheContractFields() throws {
        let sandbox = try CLISandbox()
        let statements = try sandbox.jsonLines(["statements", sandbox.corpus, "--json", "--index", sandbox.index])
        expectContract(statements, CLIContract.statements, command: "statements")

        // The quote both outlets carry, each in its own words, said on Monday 11 May.
        let quotes = statements.filter { $0["text"]?.string?.hasPrefix("The bridge will carry 40,000") == true }
        #expect(Set(quotes.compactMap { $0["source"]?.string }) == ["bay-courier", "northern-ledger"])
        for quote in quotes {
            #expect(quote["kind"]?.string == "direct")
            #expect(quote["speaker"]?.string == "Elena Sorvik")
            #expect(quote["date"]?.string == "2026-05-11", "“on Monday” in articles of 12 and 13 May")
            #expect(quote["dateValue"]?.string == "2026-05-11")
        }
    }

    @Test func datesJSONCarriesTheContractFields() throws {
        let sandbox = try CLISandbox()
        let dates = try sandbox.jsonLines(["dates", sandbox.corpus, "--json", "--index", sandbox.index])
        expectContract(dates, CLIContract.dates, command: "dates")

        let monday = try #require(dates.first { $0.path.hasSuffix("/bay-courier/bridge.txt") && $0["text"]?.string == "on Monday" })
        #expect(monday["value"]?.string == "2026-05-11")
        #expect(monday["reference"]?.string == "2026-05-13", "resolved against the publication day")
        // Inside a quotation, against the day the words were spoken.
        let nextWeek = try #require(dates.first { $0["text"]?.string == "next week" })
        #expect(nextWeek["reference"]?.string == "2026-05-11")
        #expect(nextWeek["value"]?.string == "2026-W21")
    }

    @Test func claimsJSONCarriesTheContractFields() throws {
        let sandbox = try CLISandbox()
        let claims = try sandbox.jsonLines(["claims", sandbox.corpus, "--json", "--index", sandbox.index])
        expectContract(claims, CLIContract.claims, command: "claims")

        for claim in claims {
            let score = try #require(claim["score"]?.number)
            #expect((0...1).contains(score), "score \(score) outside 0–1")
        }
        // The outlet's own judgement.
        let judged = claims.flatMap { $0["assessments"]?.array ?? [] }.compactMap(\.object)
        #expect(judged.contains { $0["source"]?.string == "bay-courier" && $0["label"]?.string == "false" && $0["cue"]?.string == "falsely claimed" })
        // The same claim in two outlets shares its group.
        let quoted = claims.filter { $0["evidence"]?.string?.hasPrefix("The bridge will carry 40,000") == true }
        #expect(quoted.count == 2)
        #expect(Set(quoted.compactMap { $0["group"]?.string }).count == 1)
    }

    @Test func eventsJSONCarriesTheContractFields() throws {
        let sandbox = try CLISandbox()
        let events = try sandbox.jsonLines(["events", sandbox.corpus, "--json", "--index", sandbox.index])
        expectContract(events, CLIContract.events, command: "events")

        let articles = try sandbox.jsonLines(["articles", sandbox.corpus, "--json", "--index", sandbox.index])
        let ids = articles.compactMap { $0["id"]?.string }
        let grouped = events.flatMap { $0["articles"]?.array ?? [] }.compactMap(\.string)
        #expect(grouped.sorted() == ids.sorted(), "every article is in exactly one event")
        let bridgeIDs = articles.filter { $0.path.hasSuffix("bridge-briefing.txt") || $0.path.hasSuffix("bay-courier/bridge.txt") }.compactMap { $0["id"]?.string }
        let firstBridgeID = try #require(bridgeIDs.first)
        let bridge = try #require(events.first { $0["articles"]?.array?.contains(.string(firstBridgeID)) == true })
        #expect(Set(bridge["articles"]?.array?.compactMap(\.string) ?? []) == Set(bridgeIDs), "both outlets' bridge reports are one event")
        #expect(bridge["sources"]?.array?.compactMap(\.string).sorted() == ["bay-courier", "northern-ledger"])
        #expect(bridge["speakers"]?.array?.compactMap(\.string) == ["Elena Sorvik"])
    }

    @Test func diffJSONCarriesTheContractFields() throws {
        let sandbox = try CLISandbox()
        let differences = try sandbox.jsonLines(["diff", sandbox.corpus, "--json", "--index", sandbox.index])
        expectContract(differences, CLIContract.diff, command: "diff")
        // `edits` is named for wording differences.
        let wording = differences.filter { $0["kind"]?.string == "wording" }
        expectContract(wording, ["edits": CLIContract.edits], command: "diff (wording)")

        let events = try sandbox.jsonLines(["events", sandbox.corpus, "--json", "--index", sandbox.index])
        let eventIDs = Set(events.compactMap { $0["id"]?.string })
        #expect(differences.allSatisfy { eventIDs.contains($0["event"]?.string ?? "") }, "`event` is an event's id")
        let replaced = wording.flatMap { $0["edits"]?.array ?? [] }.compactMap(\.object).filter { $0["op"]?.string == "replace" }
        #expect(replaced.contains { Set([$0["a"]?.string, $0["b"]?.string]) == ["cars", "vehicles"] })
        #expect(differences.contains { $0["kind"]?.string == "framing" }, "“falsely claimed” in one outlet only")
    }

    @Test func diffKindKeepsOnlyTheKindsNamed() throws {
        let sandbox = try CLISandbox()
        let differences = try sandbox.jsonLines(["diff", sandbox.corpus, "--json", "--kind", "wording,framing", "--index", sandbox.index])
        #expect(Set(differences.compactMap { $0["kind"]?.string }) == ["wording", "framing"])
    }

    @Test func searchJSONCarriesTheContractFields() throws {
        let sandbox = try CLISandbox()
        let hits = try sandbox.jsonLines(["search", "bridge", sandbox.corpus, "--json", "--index", sandbox.index])
        expectContract(hits, CLIContract.search, command: "search")

        #expect(Set(hits.compactMap { $0["kind"]?.string }) == ["statement", "claim", "article"])
        for hit in hits {
            // `matches` are code point ranges of `snippet`.
            let snippet = hit["snippet"]?.string ?? ""
            for range in hit["matches"]?.array ?? [] {
                let bounds = range.array?.compactMap(\.int) ?? []
                #expect(bounds.count == 2 && snippet.codePoints(bounds[0], bounds[1])?.lowercased() == "bridge", "\(range) in \(snippet)")
            }
            if hit["kind"]?.string == "claim" { #expect(hit["statement"]?.string != nil, "a claim's statement") }
        }
    }

    @Test func searchFiltersLimitsAndFindsNothingQuietly() throws {
        let sandbox = try CLISandbox()
        let bySpeaker = try sandbox.jsonLines(["search", "speaker:sorvik", sandbox.corpus, "--json", "--index", sandbox.index])
        #expect(!bySpeaker.isEmpty)
        #expect(bySpeaker.allSatisfy { $0["speaker"]?.string == "Elena Sorvik" && $0["kind"]?.string != "article" })

        let one = try sandbox.jsonLines(["search", "bridge", sandbox.corpus, "--json", "--limit", "1", "--index", sandbox.index])
        #expect(one.count == 1)

        let none = try sandbox.run(["search", "zeppelin", sandbox.corpus, "--json", "--index", sandbox.index])
        expectSuccess(none)
        #expect(none.stdout.isEmpty)
        let noneInPlainText = try sandbox.run(["search", "zeppelin", sandbox.corpus, "--index", sandbox.index])
        #expect(noneInPlainText.status == 0)
        #expect(noneInPlainText.stdout.isEmpty)
        #expect(noneInPlainText.stderrLines.filter { !$0.hasPrefix("indexing: ") } == ["no results"])
    }

    /// "Offsets count Unicode code points in the article's `text` as printed by `briefing articles
    /// --json`." The fixture has curly quotes and dashes before the statements, so byte or UTF-16
    /// offsets would not match.
    @Test func offsetsCountCodePointsOfTheArticlesText() throws {
        let sandbox = try CLISandbox()
        let common = [sandbox.corpus, "--json", "--index", sandbox.index]
        let texts = Dictionary(uniqueKeysWithValues: try sandbox.jsonLines(["articles"] + common).map { ($0["id"]?.string ?? "", $0["text"]?.string ?? "") })
        func slice(_ record: [String: JSONLineValue], _ start: String = "start", _ end: String = "end") -> String? {
            guard let text = texts[record["article"]?.string ?? ""], let a = record[start]?.int, let b = record[end]?.int else { return nil }
            return text.codePoints(a, b)
        }
        let statements = try sandbox.jsonLines(["statements"] + common)
        for s in statements {
            #expect(slice(s) == s["text"]?.string, "statement \(s["id"]?.string ?? "?")")
            for span in s["spans"]?.array?.compactMap(\.object) ?? [] {
                let piece = texts[s["article"]?.string ?? ""]?.codePoints(span["start"]?.int ?? -1, span["end"]?.int ?? -1)
                #expect(piece.map { !$0.isEmpty && (s["text"]?.string ?? "").contains($0) } == true, "span \(span) of \(s["id"]?.string ?? "?")")
            }
            if s["speakerStart"]?.int != nil {
                #expect(slice(s, "speakerStart", "speakerEnd") == s["speakerMention"]?.string, "speaker mention of \(s["id"]?.string ?? "?")")
            }
        }
        let claims = try sandbox.jsonLines(["claims"] + common)
        for c in claims { #expect(slice(c) == c["evidence"]?.string, "claim \(c["id"]?.string ?? "?")") }
        for d in try sandbox.jsonLines(["dates"] + common) { #expect(slice(d) == d["text"]?.string, "date \(d["text"]?.string ?? "?")") }
        for difference in try sandbox.jsonLines(["diff"] + common) {
            for item in difference["items"]?.array?.compactMap(\.object) ?? [] where item["start"]?.int != nil {
                #expect(slice(item) == item["text"]?.string, "difference \(difference["id"]?.string ?? "?")")
            }
        }
        let statementText = Dictionary(uniqueKeysWithValues: statements.map { ($0["id"]?.string ?? "", $0["text"]?.string) })
        let claimEvidence = Dictionary(uniqueKeysWithValues: claims.map { ($0["id"]?.string ?? "", $0["evidence"]?.string) })
        for hit in try sandbox.jsonLines(["search", "bridge"] + common) {
            let id = hit["id"]?.string ?? ""
            switch hit["kind"]?.string {
            case "statement": #expect(slice(hit) == statementText[id] ?? nil, "search hit \(id)")
            case "claim": #expect(slice(hit) == claimEvidence[id] ?? nil, "search hit \(id)")
            default: #expect(slice(hit)?.lowercased() == "bridge", "an article hit points at its first matched word")
            }
        }
    }

    @Test(arguments: [
        ("articles", ["3 articles"]),
        ("statements", ["Elena Sorvik: The bridge will carry 40,000"]),
        ("dates", ["next week"]),
        ("claims", ["bay-courier: false — ‘falsely claimed’"]),
        ("events", ["Minister promises harbour bridge by September"]),
        ("diff", ["[-cars-]{+vehicles+}", "[-vehicles-]{+cars+}"]),
    ])
    func plainOutputIsPrintedWithoutColour(command: String, expected: [String]) throws {
        let sandbox = try CLISandbox()
        let run = try sandbox.run([command, sandbox.corpus, "--index", sandbox.index])
        expectSuccess(run)
        #expect(!run.stdout.isEmpty)
        #expect(expected.contains { run.stdout.contains($0) }, "\(command) printed:\n\(run.stdout)")
        #expect(!run.stdout.contains("\u{1B}"), "no escape sequences when stdout is not a terminal")
    }

    /// "The output is the same either way", and `--no-index` neither reads nor writes an index.
    @Test func noIndexPrintsWhatTheIndexPrintsAndWritesNothing() throws {
        let sandbox = try CLISandbox()
        let before = try sandbox.corpusContents()
        for command in ["articles", "statements", "dates", "claims", "events", "diff"] {
            let indexed = try sandbox.run([command, sandbox.corpus, "--json", "--index", sandbox.index])
            let inMemory = try sandbox.run([command, sandbox.corpus, "--json", "--no-index"])
            expectSuccess(indexed)
            expectSuccess(inMemory)
            #expect(inMemory.stderr.isEmpty, "no progress without an index")
            #expect(inMemory.stdout == indexed.stdout, "\(command): --no-index differs from the index")
        }
        #expect(!FileManager.default.fileExists(atPath: sandbox.cache), "--no-index wrote under XDG_CACHE_HOME")
        #expect(try sandbox.corpusContents() == before, "input files are never written")
    }

    @Test func indexSaysWhatWasAddedChangedAndRemoved() throws {
        let sandbox = try CLISandbox()
        let first = try sandbox.run(["index", sandbox.corpus, "--index", sandbox.index])
        expectSuccess(first)
        #expect(first.stdoutLines.first?.hasPrefix("\(sandbox.index): 3 articles, ") == true, "\(first)")
        #expect(first.stdoutLines.dropFirst().first?.hasPrefix("3 added, 0 changed, 0 removed, 0 unchanged files") == true, "\(first)")
        #expect(first.stdoutLines.filter { $0.hasPrefix("  + ") }.count == 3)

        let again = try sandbox.run(["index", sandbox.corpus, "--index", sandbox.index])
        expectSuccess(again)
        #expect(again.stdoutLines.dropFirst().first?.hasPrefix("up to date (3 files checked") == true, "\(again)")

        try sandbox.write("northern-ledger/tolls.txt", CLIFixture.tollsRevised)
        try sandbox.write("bay-courier/tolls.txt", CLIFixture.courierTolls)
        try FileManager.default.removeItem(atPath: sandbox.corpus + "/northern-ledger/bridge-briefing.txt")
        let changed = try sandbox.run(["index", sandbox.corpus, "--index", sandbox.index])
        expectSuccess(changed)
        #expect(changed.stdoutLines.first?.hasPrefix("\(sandbox.index): 3 articles, ") == true, "\(changed)")
        #expect(changed.stdoutLines.dropFirst().first?.hasPrefix("1 added, 1 changed, 1 removed, 1 unchanged files") == true, "\(changed)")
        #expect(changed.stdoutLines.contains { $0.hasPrefix("  + ") && $0.hasSuffix("/bay-courier/tolls.txt") })
        #expect(changed.stdoutLines.contains { $0.hasPrefix("  ~ ") && $0.hasSuffix("/northern-ledger/tolls.txt") })
        #expect(changed.stdoutLines.contains { $0.hasPrefix("  - ") && $0.hasSuffix("/northern-ledger/bridge-briefing.txt") })

        // "With --index FILE and no PATH, the index is refreshed from the paths it was built from."
        let noPath = try sandbox.run(["index", "--index", sandbox.index])
        expectSuccess(noPath)
        #expect(noPath.stdoutLines.dropFirst().first?.hasPrefix("up to date (3 files checked") == true, "\(noPath)")
        let statements = try sandbox.run(["statements", "--json", "--index", sandbox.index])
        expectSuccess(statements)
        #expect(statements.stdout.contains("Nobody should expect the tolls to vanish"))
    }

    /// "One index per corpus, `$XDG_CACHE_HOME/briefing/<hash of the sorted absolute paths>.sqlite`."
    @Test func withoutIndexTheIndexGoesUnderXDGCacheHome() throws {
        let sandbox = try CLISandbox()
        let run = try sandbox.run(["index", sandbox.corpus])
        expectSuccess(run)
        let folder = sandbox.cache + "/briefing"
        let indexes = try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".sqlite") }
        #expect(indexes.count == 1)
        let name = try #require(indexes.first)
        #expect(name.wholeMatch(of: #/[0-9a-f]{16}\.sqlite/#) != nil, "\(name)")
        #expect(run.stdoutLines.first?.hasPrefix(folder + "/" + name + ": 3 articles") == true, "\(run)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.home + "/.cache"), "nothing under HOME when XDG_CACHE_HOME is set")

        // The other commands find the same index.
        let statements = try sandbox.run(["statements", sandbox.corpus, "--json"])
        expectSuccess(statements)
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder).filter { $0.hasSuffix(".sqlite") } == indexes)
    }

    /// "`briefing` with no subcommand opens the browser when stdin and stdout are a terminal;
    /// piped, or with `--summary`, it prints a summary of the corpus instead."
    @Test func withoutATerminalTheBrowserPrintsASummary() throws {
        let sandbox = try CLISandbox()
        let piped = try sandbox.run([sandbox.corpus, "--index", sandbox.index])
        expectSuccess(piped)
        #expect(piped.stdoutLines.first == "\(sandbox.corpus): 3 articles from 2 sources, 2026-05-12 to 2026-05-13", "\(piped)")
        #expect(piped.stdoutLines.contains { $0.wholeMatch(of: #/\d+ statements, \d+ check-worthy claims, 2 events/#) != nil }, "\(piped)")
        #expect(piped.stdout.contains("Minister promises harbour bridge by September — 2 outlets"))

        for arguments in [["browse", sandbox.corpus, "--summary"], ["--summary", sandbox.corpus], ["browse", sandbox.corpus]] {
            let run = try sandbox.run(arguments + ["--index", sandbox.index])
            expectSuccess(run)
            #expect(run.stdout == piped.stdout, "briefing \(arguments.joined(separator: " "))")
        }
    }

    @Test func helpListsEverySubcommandAndVersionPrintsOne() throws {
        let sandbox = try CLISandbox()
        let help = try sandbox.run(["--help"])
        expectSuccess(help)
        for command in CLIContract.subcommands { #expect(help.stdout.contains("  \(command)"), "--help lists \(command)") }
        // The browser is the default command: its options are named at the top level too.
        for option in ["--theme", "--summary", "--index", "--follow-links"] { #expect(help.stdout.contains(option), "--help names \(option)") }
        for command in CLIContract.subcommands {
            let run = try sandbox.run([command, "--help"])
            expectSuccess(run)
            #expect(run.stdout.contains("USAGE: briefing \(command)"), "\(command) --help")
        }
        let version = try sandbox.run(["--version"])
        expectSuccess(version)
        #expect(version.stdout.wholeMatch(of: #/\d+\.\d+\.\d+\n/#) != nil, "--version printed \(version.stdout)")
    }
}

// MARK: - Failure paths the binary gets right

@Suite("Commands that fail")
struct CommandFailureTests {
    /// "A file that cannot be read gives one line on stderr (`path: what is wrong`)"; with nothing
    /// read, the command fails (the binary then adds `briefing: no article could be read from PATH`).
    @Test(arguments: ["articles", "statements", "dates", "claims", "events", "diff"], [true, false])
    func aMissingFolderIsNamedOnStderrAndTheCommandFails(command: String, indexed: Bool) throws {
        let sandbox = try CLISandbox()
        let missing = sandbox.root + "/no-such-folder"
        let run = try sandbox.run([command, missing, "--json"] + (indexed ? ["--index", sandbox.index] : ["--no-index"]))
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        let lines = run.stderrLines.filter { !$0.hasPrefix("indexing: ") }
        #expect(lines.first == "\(missing): no such file or directory", "\(run)")
        #expect(lines.filter { $0.hasSuffix(": no such file or directory") }.count == 1, "one line per path that cannot be read")
        #expect(lines.allSatisfy { $0.contains(missing) }, "every line names the folder")
    }

    @Test func aMissingPathAmongOthersIsOneLineAndTheRestLoads() throws {
        let sandbox = try CLISandbox()
        let missing = sandbox.root + "/no-such-folder"
        let run = try sandbox.run(["articles", missing, sandbox.corpus, "--json", "--index", sandbox.index])
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines.filter { !$0.hasPrefix("indexing: ") } == ["\(missing): no such file or directory"], "\(run)")
        #expect(run.stdoutLines.count == 3)
    }

    /// A file the user may not read is one line, and the rest loads. Root reads every file, so
    /// when the tests run as root the binary runs as `nobody`.
    @Test func anUnreadableFileIsOneLineAndTheRestLoads() throws {
        let sandbox = try CLISandbox()
        try sandbox.write("northern-ledger/secret.txt", "date 2026-05-12\nA story nobody may read.\n")
        let secret = sandbox.corpus + "/northern-ledger/secret.txt"
        chmod(secret, 0)
        let run = try sandbox.run(["articles", sandbox.corpus, "--json", "--no-index"], unprivileged: getuid() == 0)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines == ["\(secret): permission denied"], "\(run)")
        #expect(run.stdoutLines.count == 3, "\(run)")
    }

    /// Two first builds of one index at once (two terminals, a script and the browser): the
    /// second waits for the first and finds the index current. They used to race to the same rows
    /// and end in `SQLite error 19: UNIQUE constraint failed`.
    @Test func twoFirstBuildsAtOnceBothSucceed() throws {
        let sandbox = try CLISandbox()
        let big = sandbox.root + "/big"
        _ = try SyntheticCorpus(seed: 11, articleCount: 300).write(to: URL(fileURLWithPath: big))
        final class Results: @unchecked Sendable {
            let lock = NSLock()
            var runs = [CLIRun?](repeating: nil, count: 3)
        }
        let results = Results()
        let commands = [["index", big, "--index", sandbox.index], ["index", big, "--index", sandbox.index],
                        ["search", "minister", big, "--index", sandbox.index, "--json"]]
        DispatchQueue.concurrentPerform(iterations: commands.count) { i in
            if i == 2 { usleep(200_000) } // a search while a build runs
            let run = try? sandbox.run(commands[i])
            results.lock.withLock { results.runs[i] = run }
        }
        let runs = try results.runs.map { try #require($0) }
        for run in runs {
            #expect(run.status == 0, "\(run)")
            #expect(!run.stderr.contains("UNIQUE") && !run.stderr.contains("SQLite error"), "\(run)")
        }
        let counts = runs.prefix(2).map { $0.stdoutLines.first?.split(separator: ":").dropFirst().first.map(String.init) }
        #expect(counts[0] == counts[1], "both report the same index: \(counts)")
        #expect(!runs[2].stdoutLines.isEmpty, "the search answers once the build is done")
        let articles = try sandbox.run(["articles", big, "--index", sandbox.index, "--json"])
        #expect(counts[0]?.contains("\(articles.stdoutLines.count) articles") == true, "\(counts) vs \(articles.stdoutLines.count)")
    }

    /// A good index the user may not write is read as it is (search, statements, the summary all
    /// answer), with one line saying so; a cache folder where no index can be made is one line
    /// naming it and the fix, status 2. It used to be a Foundation error dump, or for a good index
    /// "not a briefing index …; --rebuild replaces it" — advice that would delete it.
    @Test func aReadOnlyIndexIsReadAsItIsAndAReadOnlyCacheIsOneLine() throws {
        let sandbox = try CLISandbox()
        try FileManager.default.createDirectory(atPath: sandbox.cache, withIntermediateDirectories: true)
        let index = sandbox.cache + "/ro.sqlite"
        expectSuccess(try sandbox.run(["index", sandbox.corpus, "--index", index]))
        chmod(index, 0o444)
        chmod(sandbox.cache, 0o555)
        defer { chmod(sandbox.cache, 0o755); chmod(index, 0o644) }
        let before = try FileManager.default.contentsOfDirectory(atPath: sandbox.cache).sorted()
        let existing = try sandbox.run(["search", "bridge", sandbox.corpus, "--index", index], unprivileged: getuid() == 0)
        #expect(existing.status == 0, "\(existing)")
        #expect(existing.stderrLines == ["briefing: \(index) is read-only for this user: answering from it as it is, without checking the files "
            + "(a writable --index FILE or XDG_CACHE_HOME keeps it current)"], "\(existing)")
        #expect(!existing.stdoutLines.isEmpty, "the search answers from the read-only index")
        let statements = try sandbox.run(["statements", sandbox.corpus, "--index", index, "--json"], unprivileged: getuid() == 0)
        #expect(statements.status == 0 && !statements.stdoutLines.isEmpty, "\(statements)")
        #expect(try FileManager.default.contentsOfDirectory(atPath: sandbox.cache).sorted() == before, "nothing written beside it")
        let fresh = try sandbox.run(["articles", sandbox.corpus, "--json"], unprivileged: getuid() == 0)
        #expect(fresh.status == 2, "\(fresh)")
        #expect(fresh.stderrLines.count == 1 && fresh.stderrLines[0].contains("cannot write the index (\(sandbox.cache) is read-only for this user)"), "\(fresh)")
        #expect(fresh.stdout.isEmpty)
    }

    /// A folder the user may not read is one line (it used to be skipped without a word).
    @Test func anUnreadableFolderIsOneLine() throws {
        let sandbox = try CLISandbox()
        try sandbox.write("locked/secret.txt", "date 2026-05-12\nA story in a locked folder.\n")
        let locked = sandbox.corpus + "/locked"
        chmod(locked, 0)
        defer { chmod(locked, 0o755) }
        let run = try sandbox.run(["articles", sandbox.corpus, "--json", "--no-index"], unprivileged: getuid() == 0)
        #expect(run.status == 0, "\(run)")
        #expect(run.stderrLines == ["\(locked): folder cannot be read (permission denied), skipped"], "\(run)")
        #expect(run.stdoutLines.count == 3, "\(run)")
    }

    @Test func aFolderWithNothingReadableFails() throws {
        let sandbox = try CLISandbox()
        let empty = sandbox.root + "/empty"
        try FileManager.default.createDirectory(atPath: empty, withIntermediateDirectories: true)
        let run = try sandbox.run(["statements", empty, "--index", sandbox.index])
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines == ["briefing: no article could be read from \(empty)"], "\(run)")
    }

    @Test(arguments: CLIContract.subcommands)
    func anUnknownOptionIsAUsageError(command: String) throws {
        let sandbox = try CLISandbox()
        let run = try sandbox.run([command, "--frobnicate", sandbox.corpus, "--index", sandbox.index])
        #expect(run.status == 64, "ArgumentParser's usage error: \(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.first == "Error: Unknown option '--frobnicate'", "\(run)")
        #expect(run.stderr.contains("Usage: briefing \(command) "), "\(run)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.index), "nothing indexed")
    }

    @Test func aMisspeltOptionGetsASuggestion() throws {
        let sandbox = try CLISandbox()
        let run = try sandbox.run(["articles", "--jsno", sandbox.corpus])
        #expect(run.status == 64)
        #expect(run.stderrLines.first == "Error: Unknown option '--jsno'. Did you mean '--json'?", "\(run)")
    }

    @Test func searchWithoutAQueryIsAUsageError() throws {
        let sandbox = try CLISandbox()
        let run = try sandbox.run(["search"])
        #expect(run.status == 64)
        #expect(run.stderrLines.first == "Error: Missing expected argument '<query>'", "\(run)")
    }

    /// "A malformed query gets one line saying what is wrong."
    @Test(arguments: ["\"unclosed", "(", "AND", "-", "*", "", "date:2025-13-45"])
    func aMalformedQueryIsOneLine(query: String) throws {
        let sandbox = try CLISandbox()
        let run = try sandbox.run(["search", query, sandbox.corpus, "--json", "--index", sandbox.index])
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.count == 1 && run.stderrLines[0].hasPrefix("briefing: "), "\(run)")
    }

    /// "A file that is not a briefing index gets a one-line error and is never written; `--rebuild`
    /// deletes and rebuilds it."
    @Test func aFileThatIsNotAnIndexIsRefusedUntouchedAndRebuildReplacesIt() throws {
        let sandbox = try CLISandbox()
        let notes = sandbox.root + "/notes.txt"
        try "my notes, not an index\n".write(toFile: notes, atomically: true, encoding: .utf8)
        for command in ["index", "statements", "search"] {
            let run = try sandbox.run((command == "search" ? ["search", "bridge"] : [command]) + [sandbox.corpus, "--index", notes])
            #expect(run.status == 2, "\(run)")
            #expect(run.stderrLines.count == 1 && run.stderrLines[0].hasPrefix("briefing: \(notes): not a briefing index"), "\(run)")
        }
        #expect(try String(contentsOfFile: notes, encoding: .utf8) == "my notes, not an index\n")

        let rebuilt = try sandbox.run(["index", sandbox.corpus, "--index", notes, "--rebuild"])
        expectSuccess(rebuilt)
        #expect(rebuilt.stdoutLines.first?.hasPrefix("\(notes): 3 articles") == true, "\(rebuilt)")
    }
}

// MARK: - Failures that used to go wrong

@Suite("CLI errors")
struct CLIErrorTests {
    // Used to fail: `index`, `search` and the summary (browse without a terminal) print the
    // "no such file or directory" line but exit 0 — `index` even writes an empty index for the
    // missing folder — where `articles`, `statements`, `dates`, `claims`, `events` and `diff` exit 2.
    @Test(arguments: [["index"], ["search", "bridge"], ["search", "bridge", "--json"], ["browse", "--summary"], []])
    func aMissingFolderFailsEveryCommandThatReadsIt(command: [String]) throws {
        let sandbox = try CLISandbox()
        let missing = sandbox.root + "/no-such-folder"
        let arguments = command.prefix { !$0.hasPrefix("-") } + [missing] + command.drop { !$0.hasPrefix("-") }
        let run = try sandbox.run(Array(arguments) + ["--index", sandbox.index])
        #expect(run.status == 2, "like the other commands: \(run)")
        #expect(run.stdout.isEmpty, "\(run)")
        #expect(run.stderrLines == ["\(missing): no such file or directory"], "one line naming the path: \(run)")
    }

    /// A mistyped command is not read as a folder: the closest command is suggested.
    @Test func aMistypedCommandGetsTheClosestOne() throws {
        let sandbox = try CLISandbox()
        let run = try sandbox.run(["statments", "--index", sandbox.index])
        #expect(run.status == 2, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderrLines.first == "briefing: 'statments' is neither a file nor a command; did you mean 'statements'?", "\(run)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.index), "no index for a corpus that does not exist")
        let far = try sandbox.run(["frobnicate", "--index", sandbox.index])
        #expect(far.status == 2)
        #expect(far.stderrLines == ["briefing: 'frobnicate' is neither a file nor a command (commands: browse, index, fetch, search, articles, "
            + "statements, dates, claims, events, diff)"], "\(far)")
        #expect(!FileManager.default.fileExists(atPath: sandbox.index))
    }

    // Used to fail: a bare file name (`--index corpus.sqlite`, no folder part) exits 1 with
    // `Error: Error Domain=NSCocoaErrorDomain Code=4 "The file doesn’t exist." … NSFilePath=`:
    // SQLiteBriefingStore.init(path:) creates the folder `(path as NSString).deletingLastPathComponent`,
    // which is "" here. `./corpus.sqlite` works. With `--rebuild` the file is deleted first and then
    // the run fails the same way, so an existing index named so is lost.
    @Test func aBareIndexFileNameIsAFileInTheCurrentFolder() throws {
        let sandbox = try CLISandbox()
        let run = try sandbox.run(["articles", sandbox.corpus, "--json", "--index", "corpus.sqlite"], in: sandbox.workingDirectory)
        expectSuccess(run)
        #expect(run.stdoutLines.count == 3, "\(run)")
        #expect(FileManager.default.fileExists(atPath: sandbox.workingDirectory + "/corpus.sqlite"))

        let rebuilt = try sandbox.run(["index", sandbox.corpus, "--index", "corpus.sqlite", "--rebuild"], in: sandbox.workingDirectory)
        expectSuccess(rebuilt)
        #expect(FileManager.default.fileExists(atPath: sandbox.workingDirectory + "/corpus.sqlite"), "--rebuild lost the index")
    }

    // Used to fail: a `--kind` name that is not a kind (not wording, coverage, framing, attribution,
    // date, name or number) is dropped silently: `--kind wording,wordng` prints the wording
    // differences and exits 0, `--kind wordng` alone prints nothing and exits 0 — indistinguishable
    // from outlets that do not differ. The right answer is a usage error naming the kind, like an
    // unknown option (ArgumentParser's ValidationError exits 64).
    @Test func anUnknownDifferenceKindIsAUsageError() throws {
        let sandbox = try CLISandbox()
        let run = try sandbox.run(["diff", sandbox.corpus, "--json", "--kind", "wording,wordng", "--index", sandbox.index])
        #expect(run.status == 64, "\(run)")
        #expect(run.stdout.isEmpty)
        #expect(run.stderr.contains("wordng"), "\(run)")
    }
}

// MARK: - The README's JSON Lines contract

/// The fields the README names for each command's `--json` output, with the JSON types it gives
/// them (null where it says "or null" or where the value is naturally absent, such as a missing
/// headline). New fields may be added; these must stay.
enum CLIContract {
    static let subcommands = ["browse", "index", "search", "articles", "statements", "dates", "claims", "events", "diff"]

    static let articles: [String: FieldType] = [
        "id": .string, "path": .string, "format": .oneOf(["text", "markdown", "html", "json", "feed", "transcript"]),
        "source": .nullable(.string),
        "date": .day, // every fixture article is dated
        "headline": .nullable(.string), "place": .nullable(.string), "text": .string,
        "url": .nullable(.string), "author": .nullable(.string),
    ]

    static let statements: [String: FieldType] = [
        "id": .string, "article": .string, "path": .string, "source": .nullable(.string),
        "speaker": .nullable(.string), "speakerMention": .nullable(.string),
        "speakerStart": .nullable(.int), "speakerEnd": .nullable(.int), "role": .nullable(.string),
        "kind": .oneOf(["direct", "partial", "indirect"]), "cue": .nullable(.string),
        "text": .string, "start": .int, "end": .int, "spans": .array(of: .object(["start": .int, "end": .int])),
        "date": .nullable(.day), "dateEvidence": .nullable(.string),
        "dateValue": .nullable(timexValue), "dateBasis": .oneOf(["attribution", "carried", "transcript", "publication"]),
        "speakerIsOrganisation": .bool, "pronounMismatch": .bool, "reportedText": .string,
    ]

    /// `YYYY-MM-DD`, `YYYY-MM`, `YYYY`, `YYYY-Www`, `YYYY-Qn`, `YYYY-Hn`, seasons, `YYYY-Www-WE`,
    /// decades, centuries and the three references, as TIMEX3 writes them.
    static let timexValue = FieldType.matching(
        #"\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{4}-W\d{2}(-WE)?|\d{4}-Q[1-4]|\d{4}-H[12]|\d{4}-(SP|SU|FA|WI)|\d{3}|\d{2}|PRESENT_REF|PAST_REF|FUTURE_REF"#,
        named: "a TIMEX3 value")

    static let dates: [String: FieldType] = [
        "article": .string, "path": .string, "text": .string, "start": .int, "end": .int,
        "value": .nullable(timexValue), "reference": .nullable(.day),
    ]

    static let claims: [String: FieldType] = [
        "id": .string, "group": .string, "article": .string, "path": .string, "source": .nullable(.string),
        "speaker": .nullable(.string), "statement": .nullable(.string), "text": .string, "evidence": .string,
        "start": .int, "end": .int, "type": .oneOf(["fact", "quantity", "position", "causal", "comparison", "prediction"]),
        "score": .number, "reasons": .array(of: .string),
        "assessments": .array(of: .object([
            "source": .nullable(.string), "label": .oneOf(["false", "misleading", "unsupported", "disputed", "true"]), "cue": .string,
        ])),
    ]

    static let events: [String: FieldType] = [
        "id": .string, "date": .nullable(.day), "title": .string, "speakers": .array(of: .string),
        "articles": .array(of: .string), "sources": .array(of: .string), "transcript": .nullable(.string),
    ]

    static let diff: [String: FieldType] = [
        "id": .string, "event": .string, "kind": .oneOf(["wording", "coverage", "framing", "attribution", "date", "name", "number"]),
        "summary": .string, "speaker": .nullable(.string), "sources": .array(of: .string),
        "items": .array(of: .object([
            "article": .string, "source": .nullable(.string), "text": .string, "start": .nullable(.int), "end": .nullable(.int),
        ])),
        "minor": .bool, "group": .nullable(.string),
    ]

    /// `edits` of a wording difference.
    static let edits = FieldType.array(of: .object(["op": .oneOf(["equal", "insert", "delete", "replace"]), "a": .string, "b": .string]))

    static let search: [String: FieldType] = [
        "kind": .oneOf(["statement", "claim", "article"]), "id": .string, "article": .string, "path": .string,
        "source": .nullable(.string), "speaker": .nullable(.string), "date": .nullable(.day),
        "statement": .nullable(.string), "snippet": .string, "matches": .array(of: .range),
        "start": .int, "end": .int, "score": .number,
    ]
}

/// A JSON type as the README's contract states it.
indirect enum FieldType: Sendable, CustomStringConvertible {
    case string, int, number, bool
    /// `YYYY-MM-DD`.
    case day
    case oneOf([String])
    case matching(String, named: String)
    case nullable(FieldType)
    case array(of: FieldType)
    /// An object with at least these fields.
    case object([String: FieldType])
    /// `[start, end]`, integers, start ≤ end.
    case range

    func accepts(_ value: JSONLineValue) -> Bool {
        switch (self, value) {
        case (.string, .string), (.number, .number), (.bool, .bool): return true
        case (.int, .number): return value.int != nil
        case (.day, .string(let s)): return s.wholeMatch(of: #/\d{4}-\d{2}-\d{2}/#) != nil
        case (.oneOf(let allowed), .string(let s)): return allowed.contains(s)
        case (.matching(let pattern, _), .string(let s)): return (try? Regex(pattern)).map { s.wholeMatch(of: $0) != nil } ?? false
        case (.nullable, .null): return true
        case (.nullable(let type), _): return type.accepts(value)
        case (.array(let type), .array(let items)): return items.allSatisfy(type.accepts)
        case (.object(let fields), .object(let object)):
            return fields.allSatisfy { name, type in object[name].map(type.accepts) ?? false }
        case (.range, .array(let items)):
            let bounds = items.compactMap(\.int)
            return items.count == 2 && bounds.count == 2 && bounds[0] <= bounds[1]
        default: return false
        }
    }

    var description: String {
        switch self {
        case .string: "a string"
        case .int: "an integer"
        case .number: "a number"
        case .bool: "a boolean"
        case .day: "a YYYY-MM-DD string"
        case .oneOf(let allowed): "one of " + allowed.joined(separator: "|")
        case .matching(_, let name): name
        case .nullable(let type): "\(type) or null"
        case .array(let type): "an array of \(type)"
        case .object(let fields): "an object with " + fields.keys.sorted().joined(separator: ", ")
        case .range: "a [start, end] pair"
        }
    }
}

/// Expects every record to carry every field of `contract`, of its type.
func expectContract(_ records: [[String: JSONLineValue]], _ contract: [String: FieldType], command: String,
                    sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(!records.isEmpty, "\(command) --json printed nothing to check", sourceLocation: sourceLocation)
    for (line, record) in records.enumerated() {
        for (field, type) in contract.sorted(by: { $0.key < $1.key }) {
            guard let value = record[field] else {
                Issue.record("\(command) --json line \(line + 1) has no `\(field)`", sourceLocation: sourceLocation)
                continue
            }
            #expect(type.accepts(value), "\(command) --json line \(line + 1): `\(field)` should be \(type), is \(value)",
                    sourceLocation: sourceLocation)
        }
    }
}

/// Exit status 0 and, on stderr, at most the plain progress lines a non-terminal gets
/// (`indexing: …`, every 5 s and at each phase of a slow update).
func expectSuccess(_ run: CLIRun, sourceLocation: SourceLocation = #_sourceLocation) {
    #expect(run.status == 0, "\(run)", sourceLocation: sourceLocation)
    #expect(run.stderrLines.allSatisfy { $0.hasPrefix("indexing: ") }, "unexpected stderr: \(run)", sourceLocation: sourceLocation)
}

// MARK: - The fixture

/// Two outlets, a folder each (the usual layout: the folder names the outlet), covering one
/// briefing of a fictional transport minister, in the corpus's plain-text convention: a first line
/// `date YYYY-MM-DD`, then a short headline and a blank line, or the first paragraph directly.
/// The Courier's article has curly quotes and dashes, so code point offsets differ from bytes.
enum CLIFixture {
    static let files: [(path: String, text: String)] = [
        ("northern-ledger/bridge-briefing.txt", """
            date 2026-05-12
            Minister promises harbour bridge by September

            Transport Minister Elena Sorvik said on Monday that the new harbour bridge would open in September.

            "The bridge will carry 40,000 vehicles a day and it will be finished on time," Sorvik told reporters at the ministry's weekly briefing.

            She added that the project had cost 310 million crowns so far.

            """),
        ("northern-ledger/tolls.txt", """
            date 2026-05-12
            Tolls on the old crossing to stay until 2027

            Elena Sorvik said tolls on the old crossing would remain until 2027.

            "Nobody should expect the tolls to vanish next week," the minister said at the briefing on Monday.

            """),
        ("bay-courier/bridge.txt", """
            date 2026-05-13
            Transport Minister Elena Sorvik on Monday promised that the harbour bridge — delayed twice — would open in September, a date engineers have disputed.

            “The bridge will carry 40,000 cars a day and it will be completed on time,” Sorvik said.

            Sorvik falsely claimed that the project was the cheapest bridge ever built in the region.

            """),
    ]

    /// The tolls article, corrected (a different size, so the change is seen whatever the clock).
    static let tollsRevised = """
        date 2026-05-12
        Tolls on the old crossing to stay until 2027

        Elena Sorvik said tolls on the old crossing would remain until the end of 2027.

        "Nobody should expect the tolls to vanish next week," the minister said at the briefing on Monday.

        """

    static let courierTolls = """
        date 2026-05-13
        Minister Elena Sorvik said on Monday that drivers would keep paying tolls on the old crossing for another year.

        """
}

/// A private folder for one test: the fixture corpus, an index path, HOME, XDG_CACHE_HOME and
/// XDG_CONFIG_HOME, and an empty working directory; removed when the value goes away.
final class CLISandbox: @unchecked Sendable { // immutable after init; runs write only their own files
    let root: String
    var corpus: String { root + "/corpus" }
    var index: String { root + "/index.sqlite" }
    var home: String { root + "/home" }
    var cache: String { root + "/cache" }
    var config: String { root + "/config" }
    var workingDirectory: String { root + "/cwd" }
    private var runs: String { root + "/runs" }

    init() throws {
        let temporary = URL(fileURLWithPath: NSTemporaryDirectory()).resolvingSymlinksInPath()
        root = temporary.appendingPathComponent("briefing-cli-" + UUID().uuidString).path
        for folder in [home, workingDirectory, runs] {
            try FileManager.default.createDirectory(atPath: folder, withIntermediateDirectories: true)
        }
        for file in CLIFixture.files { try write(file.path, file.text) }
    }

    deinit { try? FileManager.default.removeItem(atPath: root) }

    /// Writes `text` at `relativePath` in the corpus.
    func write(_ relativePath: String, _ text: String) throws {
        let path = corpus + "/" + relativePath
        try FileManager.default.createDirectory(atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        try text.write(toFile: path, atomically: false, encoding: .utf8)
    }

    /// Every corpus file's bytes, by path.
    func corpusContents() throws -> [String: Data] {
        var contents: [String: Data] = [:]
        for file in CLIFixture.files { contents[file.path] = try Data(contentsOf: URL(fileURLWithPath: corpus + "/" + file.path)) }
        return contents
    }

    /// Only these variables: nothing of the user's cache, config or aliases is read.
    var environment: [String: String] {
        [
            "HOME": home, "XDG_CACHE_HOME": cache, "XDG_CONFIG_HOME": config,
            "PATH": ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin",
            "LANG": "C.UTF-8", "SWIFT_BACKTRACE": "enable=no",
        ]
    }

    /// Runs the built `briefing` with `arguments` (stdin /dev/null, stdout and stderr to files)
    /// and waits for it, for up to two minutes.
    /// Runs the binary with `arguments`; as the unprivileged user `nobody` (through `setpriv`)
    /// when `unprivileged` is set, for what root would not see (permissions).
    func run(_ arguments: [String], in directory: String? = nil, unprivileged: Bool = false,
             sourceLocation: SourceLocation = #_sourceLocation) throws -> CLIRun {
        let briefing = try BriefingExecutable.path(sourceLocation: sourceLocation)
        let executable = unprivileged ? "/usr/bin/setpriv" : briefing
        let commandLine = unprivileged ? ["--reuid=65534", "--regid=65534", "--clear-groups", briefing] + arguments : arguments
        let name = UUID().uuidString
        let outPath = runs + "/\(name).out", errPath = runs + "/\(name).err"
        _ = FileManager.default.createFile(atPath: outPath, contents: nil)
        _ = FileManager.default.createFile(atPath: errPath, contents: nil)
        let stdin = try #require(FileHandle(forReadingAtPath: "/dev/null"), sourceLocation: sourceLocation)
        let stdout = try FileHandle(forWritingTo: URL(fileURLWithPath: outPath))
        let stderr = try FileHandle(forWritingTo: URL(fileURLWithPath: errPath))
        defer { try? stdin.close(); try? stdout.close(); try? stderr.close() }

        let process = Process()
        process.executableURL = URL(fileURLWithPath: executable)
        process.arguments = commandLine
        process.environment = environment
        process.currentDirectoryURL = URL(fileURLWithPath: directory ?? workingDirectory)
        process.standardInput = stdin
        process.standardOutput = stdout
        process.standardError = stderr
        try process.run()
        let deadline = Date().addingTimeInterval(120)
        while process.isRunning && Date() < deadline { usleep(10_000) }
        if process.isRunning {
            kill(process.processIdentifier, SIGKILL)
            process.waitUntilExit()
            Issue.record("briefing \(arguments.joined(separator: " ")) did not finish in two minutes", sourceLocation: sourceLocation)
        }
        func read(_ path: String) -> String { String(decoding: FileManager.default.contents(atPath: path) ?? Data(), as: UTF8.self) }
        return CLIRun(arguments: arguments, status: process.terminationStatus,
                      signalled: process.terminationReason == .uncaughtSignal, stdout: read(outPath), stderr: read(errPath))
    }

    /// Runs a `--json` command, expects it to succeed, and parses every line of its output as a
    /// JSON object.
    func jsonLines(_ arguments: [String], sourceLocation: SourceLocation = #_sourceLocation) throws -> [[String: JSONLineValue]] {
        let output = try self.run(arguments, sourceLocation: sourceLocation)
        expectSuccess(output, sourceLocation: sourceLocation)
        #expect(output.stdout.isEmpty || output.stdout.hasSuffix("\n"), "JSON Lines end with a newline", sourceLocation: sourceLocation)
        var records: [[String: JSONLineValue]] = []
        for (number, line) in output.stdoutLines.enumerated() {
            let value: JSONLineValue
            do {
                value = try JSONDecoder().decode(JSONLineValue.self, from: Data(line.utf8))
            } catch {
                Issue.record("\(arguments.first ?? "") --json line \(number + 1) is not JSON (\(error)): \(line)", sourceLocation: sourceLocation)
                throw error
            }
            records.append(try #require(value.object, "\(arguments.first ?? "") --json line \(number + 1) is not an object: \(line)", sourceLocation: sourceLocation))
        }
        return records
    }
}

/// What one run of the binary did.
struct CLIRun: CustomStringConvertible {
    var arguments: [String]
    var status: Int32
    var signalled: Bool
    var stdout: String
    var stderr: String

    var stdoutLines: [String] { Self.lines(stdout) }
    var stderrLines: [String] { Self.lines(stderr) }

    static func lines(_ text: String) -> [String] {
        var lines = text.components(separatedBy: "\n")
        if lines.last == "" { lines.removeLast() }
        return lines
    }

    var description: String {
        let ending = signalled ? "killed by signal \(status)" : "exit \(status)"
        return "briefing \(arguments.joined(separator: " ")) → \(ending)\nstderr:\n\(stderr)stdout (first 2,000 characters):\n\(stdout.prefix(2_000))"
    }
}

/// The `briefing` executable SwiftPM builds beside the test bundle (as IndexCrashTests finds
/// `briefing-test-indexer`); `BRIEFING_EXECUTABLE` names another one (a release build, say).
enum BriefingExecutable {
    static var candidates: [String] {
        if let chosen = ProcessInfo.processInfo.environment["BRIEFING_EXECUTABLE"], !chosen.isEmpty { return [chosen] }
        let runner = URL(fileURLWithPath: CommandLine.arguments[0]).deletingLastPathComponent()
        var folders = [runner, runner.deletingLastPathComponent(), Bundle.main.bundleURL.deletingLastPathComponent()]
        #if canImport(Darwin)
        // macOS: the tests are a bundle loaded by a runner that lives elsewhere.
        folders += Bundle.allBundles.filter { $0.bundleURL.pathExtension == "xctest" }.map { $0.bundleURL.deletingLastPathComponent() }
        #endif
        let package = URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()
        folders.append(package.appendingPathComponent(".build/debug"))
        return folders.map { $0.appendingPathComponent("briefing").path }
    }

    /// The executable, or a failed test saying where it was looked for: never a silent skip.
    static func path(sourceLocation: SourceLocation = #_sourceLocation) throws -> String {
        let candidates = candidates
        func isProgram(_ path: String) -> Bool {
            var isFolder: ObjCBool = false
            return FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) && !isFolder.boolValue
                && FileManager.default.isExecutableFile(atPath: path)
        }
        return try #require(candidates.first(where: isProgram),
                            "the briefing executable was not found (looked for \(candidates.joined(separator: ", "))); `swift build` builds it",
                            sourceLocation: sourceLocation)
    }
}

/// One JSON value, typed as the output wrote it (a number is never read as a boolean or the reverse).
enum JSONLineValue: Decodable, Equatable, Sendable, CustomStringConvertible {
    case null
    case bool(Bool)
    case number(Double)
    case string(String)
    case array([JSONLineValue])
    case object([String: JSONLineValue])

    init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() { self = .null }
        else if let value = try? container.decode(Bool.self) { self = .bool(value) }
        else if let value = try? container.decode(Double.self) { self = .number(value) }
        else if let value = try? container.decode(String.self) { self = .string(value) }
        else if let value = try? container.decode([JSONLineValue].self) { self = .array(value) }
        else { self = .object(try container.decode([String: JSONLineValue].self)) }
    }

    var string: String? { if case .string(let s) = self { s } else { nil } }
    var number: Double? { if case .number(let n) = self { n } else { nil } }
    var array: [JSONLineValue]? { if case .array(let a) = self { a } else { nil } }
    var object: [String: JSONLineValue]? { if case .object(let o) = self { o } else { nil } }
    var isNull: Bool { self == .null }
    /// A number without a fractional part.
    var int: Int? {
        guard case .number(let n) = self, n.rounded() == n, abs(n) < 1e15 else { return nil }
        return Int(n)
    }

    var description: String {
        switch self {
        case .null: "null"
        case .bool(let b): String(b)
        case .number(let n): String(n)
        case .string(let s): "\"\(s)\""
        case .array(let a): "[" + a.map(\.description).joined(separator: ",") + "]"
        case .object(let o): "{" + o.keys.sorted().map { "\($0): \(o[$0]!)" }.joined(separator: ", ") + "}"
        }
    }
}

extension [String: JSONLineValue] {
    /// The record's `path`.
    var path: String { self["path"]?.string ?? "" }
}

extension String {
    /// The code points `start..<end`, or nil when they are not inside the string.
    func codePoints(_ start: Int, _ end: Int) -> String? {
        let scalars = Array(unicodeScalars)
        guard 0 <= start, start <= end, end <= scalars.count else { return nil }
        var view = String.UnicodeScalarView()
        view.append(contentsOf: scalars[start..<end])
        return String(view)
    }
}

import ArgumentParser
import BriefingCore
import Foundation

/// `briefing`: the root command. With no subcommand it opens the browser (on the bundled demo
/// briefing when no path is given).
public struct BriefingCommand: ParsableCommand {
    public static let version = "0.1.0"

    public static let configuration = CommandConfiguration(
        commandName: "briefing",
        abstract: "Read many outlets' coverage of the same briefing: who said what, when, and how the outlets differ.",
        discussion: """
            PATHs are files or folders of articles (plain text, Markdown, HTML, JSON, JSON Lines, RSS/Atom \
            feeds, briefing transcripts). With no PATH, the bundled demo briefing is used.

            With no subcommand, `briefing [PATH...]` opens the browser; its options: --theme NAME|FILE \
            (dark, light, high-contrast, monochrome, or a .toml file), --summary (print a summary instead \
            of opening the browser), --index FILE, --rebuild, --follow-links. See 'briefing help browse'.
            """,
        version: version,
        subcommands: [BrowseCommand.self, IndexCommand.self, FetchCommand.self, SearchCommand.self, ArticlesCommand.self, StatementsCommand.self, DatesCommand.self, ClaimsCommand.self, EventsCommand.self, DiffCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    public init() {}
}

/// The corpus arguments every command takes.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or folders of articles (default: the bundled demo briefing).", valueName: "path"))
    var paths: [String] = []

    @Flag(help: "Follow symbolic links that lead out of the folders given (they are skipped with one line otherwise).")
    var followLinks = false

    /// The paths to read: the user's, or the demo folder. When none of the user's paths exists,
    /// one line each and exit status 2, before any index is opened or written.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty {
            let missing = paths.filter { path in
                var info = stat()
                return lstat(path, &info) != 0
            }
            if missing.count == paths.count {
                for path in missing {
                    // "briefing statments": a mistyped command, not a folder.
                    if let command = CommandSuggestion.closest(to: path) {
                        StandardError.line("briefing: '\(path)' is neither a file nor a command; did you mean '\(command)'?")
                    } else if CommandSuggestion.looksLikeCommand(path) {
                        StandardError.line("briefing: '\(path)' is neither a file nor a command (commands: \(CommandSuggestion.names.joined(separator: ", ")))")
                    } else {
                        StandardError.line("\(path): no such file or directory")
                    }
                }
                throw ExitCode(2)
            }
            return paths
        }
        guard let demo = DemoBriefing.directory() else {
            throw ValidationError("the bundled demo briefing was not found; give a folder of articles")
        }
        return [demo]
    }

    /// Extracts statements, dates and claims, with the user's speaker aliases.
    func analyse(_ corpus: Corpus) -> BriefingAnalysis {
        BriefingAnalysis(articles: corpus.articles, aliases: UserAliases.load())
    }

    /// Reads the corpus, printing one line per problem on stderr; fails when nothing was read.
    func readCorpus() throws -> Corpus {
        let paths = try resolvedPaths()
        let corpus = CorpusReader(followLinks: followLinks, outletNames: UserOutletNames.load(corpus: paths)).read(paths: paths)
        for problem in corpus.problems { StandardError.line(problem.description) }
        if corpus.articles.isEmpty {
            StandardError.line("briefing: no article could be read from \(paths.isEmpty ? "the demo briefing" : paths.joined(separator: " "))")
            throw ExitCode(2)
        }
        return corpus
    }
}

/// The command a mistyped word most likely meant, for words that look like a command (no `/`,
/// no `.`) and are at most a third of their letters away from one.
enum CommandSuggestion {
    static var names: [String] {
        BriefingCommand.configuration.subcommands.map { $0.configuration.commandName ?? "" }.filter { !$0.isEmpty }
    }

    /// A single lower-case word, no folder or extension: what a mistyped command looks like.
    static func looksLikeCommand(_ word: String) -> Bool {
        !word.isEmpty && word.allSatisfy { $0.isLetter && $0.isLowercase || $0 == "-" }
    }

    static func closest(to word: String) -> String? {
        guard !word.contains("/"), !word.contains("."), !word.isEmpty else { return nil }
        let lowered = word.lowercased()
        let scored = names.map { (name: $0, distance: editDistance(lowered, $0)) }
        guard let best = scored.min(by: { $0.distance < $1.distance }) else { return nil }
        return best.distance <= max(2, best.name.count / 3) ? best.name : nil
    }

    /// Levenshtein distance, on characters.
    static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        var row = Array(0...b.count)
        for i in 1...max(1, a.count) where !a.isEmpty {
            var previous = row[0]
            row[0] = i
            for j in 1...max(1, b.count) where !b.isEmpty {
                let current = row[j]
                row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
                previous = current
            }
        }
        return a.isEmpty ? b.count : row[b.count]
    }
}

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
            """,
        version: version,
        subcommands: [BrowseCommand.self, IndexCommand.self, SearchCommand.self, ArticlesCommand.self, StatementsCommand.self, DatesCommand.self, ClaimsCommand.self, EventsCommand.self, DiffCommand.self],
        defaultSubcommand: BrowseCommand.self
    )

    public init() {}
}

/// The corpus arguments every command takes.
struct CorpusOptions: ParsableArguments {
    @Argument(help: ArgumentHelp("Files or folders of articles (default: the bundled demo briefing).", valueName: "path"))
    var paths: [String] = []

    /// The paths to read: the user's, or the demo folder. When none of the user's paths exists,
    /// one line each and exit status 2, before any index is opened or written.
    func resolvedPaths() throws -> [String] {
        if !paths.isEmpty {
            let missing = paths.filter { path in
                var info = stat()
                return lstat(path, &info) != 0
            }
            if missing.count == paths.count {
                for path in missing { StandardError.line("\(path): no such file or directory") }
                StandardError.line("briefing: no article could be read from \(paths.joined(separator: " "))")
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
        let corpus = CorpusReader().read(paths: try resolvedPaths())
        for problem in corpus.problems { StandardError.line(problem.description) }
        if corpus.articles.isEmpty {
            StandardError.line("briefing: no article could be read from \(paths.isEmpty ? "the demo briefing" : paths.joined(separator: " "))")
            throw ExitCode(2)
        }
        return corpus
    }
}

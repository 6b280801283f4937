import BriefingCore
import BriefingTUI
import Foundation

/// The outlet names a run uses: the `[outlets]` table of the user's config, then the
/// `outlets.toml` of each corpus folder over it. Problems are one line each on stderr.
enum UserOutletNames {
    static func load(corpus paths: [String]) -> OutletNames {
        let config = UserConfig.load()
        let corpus = OutletNamesFile.load(corpus: paths)
        for warning in config.warnings where warning.message.contains("outlet") { StandardError.line(warning.description) }
        for warning in corpus.warnings { StandardError.line(warning.description) }
        return config.outlets.merging(corpus.names)
    }
}

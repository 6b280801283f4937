import TOMLKit

/// Parses TOML with TOMLKit without letting malformed input stop the process.
///
/// TOMLKit's parser (toml++ 3) asserts, and so aborts, on some malformed input (`[` alone on a
/// line, `[[[`, `x = [}`), and it reads text only up to the first NUL. So every document first
/// passes ``TOMLStructureCheck``, which checks the shape of the document (headers, keys,
/// strings, arrays, inline tables, where values start and end) and reports the first problem
/// like a syntax error; TOMLKit then reads what passed and reports the finer errors itself.
enum TOMLDocument {
    struct SyntaxError: Error {
        /// 1-based.
        var line: Int
        var message: String
    }

    static func parse(_ source: String) throws(SyntaxError) -> TOMLTable {
        var check = TOMLStructureCheck(source)
        if let problem = check.firstProblem() { throw SyntaxError(line: problem.line, message: problem.message) }
        do {
            return try TOMLTable(string: source)
        } catch let error as TOMLParseError {
            throw SyntaxError(line: max(1, error.source.begin.line), message: error.description)
        } catch {
            throw SyntaxError(line: 1, message: "cannot parse TOML: \(error)")
        }
    }
}

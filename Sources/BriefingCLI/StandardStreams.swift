import Foundation

/// Buffered standard output: JSON Lines for 100,000 articles should not cost a write call each.
final class StandardOutput {
    private var buffer: [UInt8] = []

    init() { buffer.reserveCapacity(1 << 16) }

    func line(_ text: String) {
        buffer.append(contentsOf: text.utf8)
        buffer.append(0x0A)
        if buffer.count >= 1 << 16 { flush() }
    }

    func flush() {
        guard !buffer.isEmpty else { return }
        buffer.withUnsafeBytes { raw in
            var offset = 0
            while offset < raw.count {
                let n = write(1, raw.baseAddress! + offset, raw.count - offset)
                if n <= 0 { break } // a closed pipe (`| head`) ends the output quietly
                offset += n
            }
        }
        buffer.removeAll(keepingCapacity: true)
    }

    deinit { flush() }

    /// True when stdout is a terminal (colour and layout decisions).
    static var isTerminal: Bool { isatty(1) != 0 }
}

enum StandardError {
    static func line(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

enum Terminal {
    /// True when both stdin and stdout are terminals: the browser can run.
    static var isInteractive: Bool { isatty(0) != 0 && isatty(1) != 0 }
}

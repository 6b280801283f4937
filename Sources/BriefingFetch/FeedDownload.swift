import BriefingCore
import Foundation
#if canImport(FoundationNetworking)
import FoundationNetworking
#endif

/// One HTTP GET of a feed: conditional on what the last fetch saw (`If-None-Match` with its
/// ETag, `If-Modified-Since` with its Last-Modified), given up after `timeout` seconds without
/// data or `timeout × 4` in all, and stopped once the body passes `maximumBytes`. Redirects are
/// followed.
public struct FeedDownload: Sendable {
    public enum Outcome: Sendable, Equatable {
        /// 200 with the body, and the validators to send next time.
        case fetched(body: Data, etag: String?, lastModified: String?, finalURL: URL)
        /// 304: nothing new since the last fetch.
        case notModified
        /// Anything else, as one line ("HTTP 404", "timed out after 5 s", "larger than 20 MB").
        case failed(String)
    }

    public var timeout: TimeInterval = 20
    public var maximumBytes = 20 * 1024 * 1024
    /// Sent as `User-Agent`.
    public var userAgent = "briefing-fetch/1 (+https://github.com/briefing)"

    public init() {}

    /// Fetches `url`; blocks the calling thread until done.
    public func get(_ url: URL, etag: String?, lastModified: String?) -> Outcome {
        let configuration = URLSessionConfiguration.ephemeral
        configuration.timeoutIntervalForRequest = timeout
        configuration.timeoutIntervalForResource = timeout * 4
        configuration.requestCachePolicy = .reloadIgnoringLocalCacheData
        configuration.urlCache = nil
        let receiver = Receiver(maximumBytes: maximumBytes)
        let session = URLSession(configuration: configuration, delegate: receiver, delegateQueue: nil)
        defer { session.finishTasksAndInvalidate() }
        var request = URLRequest(url: url, cachePolicy: .reloadIgnoringLocalCacheData, timeoutInterval: timeout)
        request.setValue(userAgent, forHTTPHeaderField: "User-Agent")
        request.setValue("application/rss+xml, application/atom+xml, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5",
                         forHTTPHeaderField: "Accept")
        if let etag { request.setValue(etag, forHTTPHeaderField: "If-None-Match") }
        if let lastModified { request.setValue(lastModified, forHTTPHeaderField: "If-Modified-Since") }
        session.dataTask(with: request).resume()
        receiver.done.wait()

        if receiver.tooLarge { return .failed("larger than \(Self.megabytes(maximumBytes)), not read") }
        if let error = receiver.error {
            let code = (error as NSError).code
            if code == NSURLErrorTimedOut { return .failed("no answer within \(Int(timeout)) s") }
            let reason = (error as NSError).localizedDescription
            return .failed(reason.isEmpty || reason == "(null)" ? "network error \(code)" : Self.oneLine(reason))
        }
        guard let response = receiver.response as? HTTPURLResponse else { return .failed("no HTTP response") }
        switch response.statusCode {
        case 304:
            return .notModified
        case 200..<300:
            return .fetched(body: receiver.data, etag: response.value(forHTTPHeaderField: "ETag"),
                            lastModified: response.value(forHTTPHeaderField: "Last-Modified"), finalURL: response.url ?? url)
        default:
            return .failed("HTTP \(response.statusCode)")
        }
    }

    static func megabytes(_ bytes: Int) -> String {
        bytes >= 1024 * 1024 ? "\(bytes / (1024 * 1024)) MB" : "\(bytes / 1024) KB"
    }

    /// A server's words are data: control characters made visible (``VisibleText``), one line.
    static func oneLine(_ text: String) -> String {
        String(VisibleText.sanitized(text).prefix(160))
    }

    /// Collects one task's response and body, and stops it when the body grows too large.
    private final class Receiver: NSObject, URLSessionDataDelegate, @unchecked Sendable {
        let maximumBytes: Int
        let done = DispatchSemaphore(value: 0)
        var data = Data()
        var response: URLResponse?
        var error: Error?
        var tooLarge = false

        init(maximumBytes: Int) { self.maximumBytes = maximumBytes }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive response: URLResponse,
                        completionHandler: @escaping (URLSession.ResponseDisposition) -> Void) {
            self.response = response
            if response.expectedContentLength > Int64(maximumBytes) {
                tooLarge = true
                completionHandler(.cancel)
                return
            }
            completionHandler(.allow)
        }

        func urlSession(_ session: URLSession, dataTask: URLSessionDataTask, didReceive data: Data) {
            guard !tooLarge else { return }
            if self.data.count + data.count > maximumBytes {
                tooLarge = true
                dataTask.cancel()
                return
            }
            self.data.append(data)
        }

        func urlSession(_ session: URLSession, task: URLSessionTask, didCompleteWithError error: Error?) {
            self.error = error
            done.signal()
        }
    }
}

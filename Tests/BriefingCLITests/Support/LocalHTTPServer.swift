import Foundation
#if canImport(Glibc)
import Glibc
#endif

/// A small HTTP/1.1 server on 127.0.0.1 for the fetch tests: each path answers what its
/// ``Route`` says, each connection on a thread of its own, and every request is recorded (path, headers, time).
final class LocalHTTPServer: @unchecked Sendable {
    struct Route: Sendable {
        var status = 200
        var headers: [String: String] = [:]
        var body = Data()
        /// Seconds to wait before answering (a slow server).
        var delay: TimeInterval = 0
        /// Answer 304 when the request's If-None-Match is this.
        var etag: String?
    }

    struct Request: Sendable {
        var path: String
        var headers: [String: String]
        var time: Date
    }

    let port: UInt16
    private let listener: Int32
    private let lock = NSLock()
    private var routes: [String: Route] = [:]
    private var recorded: [Request] = []
    private var thread: pthread_t?

    init() throws {
        let fd = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard fd >= 0 else { throw ServerError.socket }
        var yes: Int32 = 1
        setsockopt(fd, SOL_SOCKET, SO_REUSEADDR, &yes, socklen_t(MemoryLayout<Int32>.size))
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_port = 0
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        let bound = withUnsafePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { bind(fd, $0, socklen_t(MemoryLayout<sockaddr_in>.size)) }
        }
        guard bound == 0, listen(fd, 16) == 0 else { close(fd); throw ServerError.socket }
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        _ = withUnsafeMutablePointer(to: &address) {
            $0.withMemoryRebound(to: sockaddr.self, capacity: 1) { getsockname(fd, $0, &length) }
        }
        listener = fd
        port = UInt16(bigEndian: address.sin_port)
        let box = Unmanaged.passRetained(self)
        var handle = pthread_t()
        pthread_create(&handle, nil, { context in
            let server = Unmanaged<LocalHTTPServer>.fromOpaque(context!).takeRetainedValue()
            server.serve()
            return nil
        }, box.toOpaque())
        thread = handle
    }

    enum ServerError: Error { case socket }

    /// `http://127.0.0.1:PORT` + `path`.
    func url(_ path: String) -> String { "http://127.0.0.1:\(port)\(path)" }

    func route(_ path: String, _ route: Route) {
        lock.lock()
        routes[path] = route
        lock.unlock()
    }

    var requests: [Request] {
        lock.lock()
        defer { lock.unlock() }
        return recorded
    }

    /// Stops accepting and waits for the serving thread.
    func stop() {
        shutdown(listener, Int32(SHUT_RDWR))
        close(listener)
        if let thread { pthread_join(thread, nil) }
        thread = nil
    }

    private func serve() {
        while true {
            let connection = accept(listener, nil, nil)
            guard connection >= 0 else { return }
            // A connection of its own thread: a slow answer does not hold up the next request.
            Thread { [self] in
                handle(connection)
                close(connection)
            }.start()
        }
    }

    private func handle(_ connection: Int32) {
        var received = Data()
        var buffer = [UInt8](repeating: 0, count: 4096)
        while !received.contains(Data("\r\n\r\n".utf8)) {
            let count = recv(connection, &buffer, buffer.count, 0)
            guard count > 0 else { return }
            received.append(buffer, count: count)
        }
        let head = String(decoding: received, as: UTF8.self).components(separatedBy: "\r\n\r\n")[0]
        let lines = head.components(separatedBy: "\r\n")
        let path = lines[0].split(separator: " ").dropFirst().first.map(String.init) ?? "/"
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        lock.lock()
        recorded.append(Request(path: path, headers: headers, time: Date()))
        let route = routes[path] ?? Route(status: 404, body: Data("not found".utf8))
        lock.unlock()
        if route.delay > 0 { Thread.sleep(forTimeInterval: route.delay) }
        var status = route.status
        var body = route.body
        if let etag = route.etag, headers["if-none-match"] == etag {
            status = 304
            body = Data()
        }
        var response = "HTTP/1.1 \(status) \(status == 200 ? "OK" : "Status")\r\nContent-Length: \(body.count)\r\nConnection: close\r\n"
        var allHeaders = route.headers
        if let etag = route.etag { allHeaders["ETag"] = etag }
        for (name, value) in allHeaders.sorted(by: { $0.key < $1.key }) { response += "\(name): \(value)\r\n" }
        response += "\r\n"
        var bytes = Data(response.utf8)
        bytes.append(body)
        bytes.withUnsafeBytes { raw in
            var sent = 0
            while sent < raw.count {
                let count = send(connection, raw.baseAddress! + sent, raw.count - sent, Int32(MSG_NOSIGNAL))
                if count <= 0 { return }
                sent += count
            }
        }
    }
}

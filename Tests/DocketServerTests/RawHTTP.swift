import DocketTestSupport
import Foundation

/// A minimal HTTP/1.1 client on a plain socket: it sends the path exactly as written, so
/// tests can try `/../` and encoded escapes that URL libraries would normalise away.
enum RawHTTP {
    struct Response {
        let status: Int
        let headers: [String: String]
        let body: String
    }

    static func get(port: Int, path: String) throws -> Response {
        guard let socketDescriptor = LoopbackSocket.connect(port: port) else { throw Failure.connect }
        defer { close(socketDescriptor) }
        LoopbackSocket.setReceiveTimeout(30, on: socketDescriptor)
        LoopbackSocket.send("GET \(path) HTTP/1.1\r\nHost: 127.0.0.1:\(port)\r\nConnection: close\r\n\r\n", on: socketDescriptor)
        var data = Data()
        var buffer = [UInt8](repeating: 0, count: 65536)
        while true {
            let count = recv(socketDescriptor, &buffer, buffer.count, 0)
            if count <= 0 { break }
            data.append(contentsOf: buffer[0..<count])
        }
        let text = String(decoding: data, as: UTF8.self)
        guard let headerEnd = text.range(of: "\r\n\r\n") else { throw Failure.malformed(text) }
        let lines = text[..<headerEnd.lowerBound].components(separatedBy: "\r\n")
        let status = Int(lines.first?.split(separator: " ").dropFirst().first ?? "") ?? 0
        var headers: [String: String] = [:]
        for line in lines.dropFirst() {
            guard let colon = line.firstIndex(of: ":") else { continue }
            headers[line[..<colon].lowercased()] = line[line.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        return Response(status: status, headers: headers, body: String(text[headerEnd.upperBound...]))
    }

    enum Failure: Error {
        case connect, malformed(String)
    }
}

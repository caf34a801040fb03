import Foundation

/// A TCP socket listening on 127.0.0.1 that never answers: a parser that followed an
/// `http://127.0.0.1:PORT/` entity would connect to it, and the kernel queues the connection
/// even though nobody accepts it, so `wasConnectedTo` tells afterwards.
final class LocalListener {
    private let socketDescriptor: Int32
    let port: UInt16

    init() throws {
        let descriptor = socket(AF_INET, Int32(SOCK_STREAM.rawValue), 0)
        guard descriptor >= 0 else { throw POSIXError(.init(rawValue: errno) ?? .EIO) }
        var address = sockaddr_in()
        address.sin_family = sa_family_t(AF_INET)
        address.sin_addr.s_addr = inet_addr("127.0.0.1")
        address.sin_port = 0
        var length = socklen_t(MemoryLayout<sockaddr_in>.size)
        let bound = withUnsafeMutablePointer(to: &address) { pointer in
            pointer.withMemoryRebound(to: sockaddr.self, capacity: 1) { general in
                bind(descriptor, general, length) == 0 && listen(descriptor, 8) == 0
                    && getsockname(descriptor, general, &length) == 0
            }
        }
        guard bound else {
            close(descriptor)
            throw POSIXError(.init(rawValue: errno) ?? .EIO)
        }
        _ = fcntl(descriptor, F_SETFL, fcntl(descriptor, F_GETFL) | O_NONBLOCK)
        socketDescriptor = descriptor
        port = UInt16(bigEndian: address.sin_port)
    }

    deinit {
        close(socketDescriptor)
    }

    var url: String { "http://127.0.0.1:\(port)/secret.txt" }

    /// Whether anything connected since the listener opened.
    var wasConnectedTo: Bool {
        let connection = accept(socketDescriptor, nil, nil)
        guard connection >= 0 else { return false }
        close(connection)
        return true
    }
}

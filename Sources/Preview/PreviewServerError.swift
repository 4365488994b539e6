/// Why the preview server could not start.
public enum PreviewServerError: Error, CustomStringConvertible {
    /// `--bind` was not an IP address.
    case badAddress(String)
    /// The address could not be listened on (the port is in use, or not allowed).
    case cannotListen(String, String)

    public var description: String {
        switch self {
        case .badAddress(let host):
            "'\(host)' is not an IP address to listen on; use 127.0.0.1 (this computer only) or an address such as 0.0.0.0"
        case .cannotListen(let address, let reason):
            "cannot listen on \(address): \(reason); is another preview already running? Try --port with another number, or --port 0"
        }
    }
}

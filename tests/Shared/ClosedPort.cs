using System.Net;
using System.Net.Sockets;

namespace RentToOwn.Tests.Shared;

/// <summary>
/// A 127.0.0.1 port that refuses connections for as long as this object lives: a socket is bound to it but never listens
/// (the kernel answers a SYN with RST). The test holds the port, so no other server can take it meanwhile — unlike a port
/// that was probed free and released.
/// </summary>
public sealed class ClosedPort : IDisposable
{
    private readonly Socket _socket = new(AddressFamily.InterNetwork, SocketType.Stream, ProtocolType.Tcp);

    /// <summary>Binds the port.</summary>
    public ClosedPort()
    {
        _socket.Bind(new IPEndPoint(IPAddress.Loopback, 0));
        Port = ((IPEndPoint)_socket.LocalEndPoint!).Port;
    }

    /// <summary>The held port.</summary>
    public int Port { get; }

    /// <summary><c>http://127.0.0.1:PORT/</c>.</summary>
    public Uri Url => new($"http://127.0.0.1:{Port}/");

    /// <inheritdoc />
    public void Dispose() => _socket.Dispose();
}

using System.Diagnostics;
using System.Net.Sockets;
using System.Text;

namespace RentToOwn.Platform.Tests.Cluster;

/// <summary>
/// A Debian <c>redis-server</c> for the test run, on a unix socket in a temporary folder (no TCP port to pick: <c>--port 0</c>),
/// without persistence; stopped (killed) when the tests end.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-redis-").FullName;
    private Process? _process;

    /// <summary>The socket path (a StackExchange.Redis endpoint).</summary>
    public string Socket => Path.Combine(_dir, "redis.sock");

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        var info = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var a in new[] { "--port", "0", "--unixsocket", Socket, "--unixsocketperm", "700", "--save", "", "--appendonly", "no", "--dir", _dir })
        {
            info.ArgumentList.Add(a);
        }

        _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start (bash scripts/install-deps.sh installs it)");
        _ = _process.StandardOutput.ReadToEndAsync();
        _ = _process.StandardError.ReadToEndAsync();
        using var deadline = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        while (!await PingAsync())
        {
            if (_process.HasExited) throw new InvalidOperationException($"redis-server exited with {_process.ExitCode}");
            await Task.Delay(20, deadline.Token); // until the server answers PING
        }
    }

    private async Task<bool> PingAsync()
    {
        if (!File.Exists(Socket)) return false;
        try
        {
            using var s = new Socket(AddressFamily.Unix, SocketType.Stream, ProtocolType.Unspecified);
            await s.ConnectAsync(new UnixDomainSocketEndPoint(Socket));
            await s.SendAsync(Encoding.ASCII.GetBytes("PING\r\n"));
            var buffer = new byte[16];
            var n = await s.ReceiveAsync(buffer);
            return Encoding.ASCII.GetString(buffer, 0, n).StartsWith("+PONG", StringComparison.Ordinal);
        }
        catch (SocketException)
        {
            return false;
        }
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill();
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}

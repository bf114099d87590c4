using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;
using System.Text;

namespace RentToOwn.Platform.Tests.Cluster;

/// <summary>
/// A Debian <c>redis-server</c> for the test run (installed by scripts/install-deps.sh): TCP on 127.0.0.1, its working
/// folder a temporary directory, no persistence, a random password. Redis cannot take port 0 for itself, so a port is
/// chosen and the start retried on another when the server exits (port taken meanwhile) or a PING with our password is
/// not answered by our server. Killed on dispose.
/// </summary>
public sealed class RedisServer : IAsyncLifetime
{
    private readonly string _dir = Directory.CreateTempSubdirectory("rto-redis-").FullName;
    private readonly string _password = Convert.ToHexString(RandomNumberGenerator.GetBytes(16));
    private readonly StringBuilder _output = new();
    private Process? _process;

    /// <summary>The port the server listens on.</summary>
    public int Port { get; private set; }

    /// <summary>The StackExchange.Redis configuration string (<c>Cluster:Redis</c>).</summary>
    public string Configuration => $"127.0.0.1:{Port},password={_password},connectTimeout=10000,syncTimeout=10000,asyncTimeout=10000";

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        for (var attempt = 1; ; attempt++)
        {
            Port = CandidatePort();
            var info = new ProcessStartInfo("redis-server") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
            foreach (var a in new[]
                     {
                         "--port", Port.ToString(), "--bind", "127.0.0.1", "--requirepass", _password, "--dir", _dir,
                         "--save", "", "--appendonly", "no", "--daemonize", "no", "--protected-mode", "yes",
                     })
            {
                info.ArgumentList.Add(a);
            }

            try
            {
                _process = Process.Start(info) ?? throw new InvalidOperationException("redis-server did not start");
            }
            catch (System.ComponentModel.Win32Exception e)
            {
                throw new InvalidOperationException("redis-server is not installed (bash scripts/install-deps.sh installs it)", e);
            }

            _process.OutputDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            _process.ErrorDataReceived += (_, e) => { lock (_output) _output.AppendLine(e.Data); };
            _process.BeginOutputReadLine();
            _process.BeginErrorReadLine();
            var deadline = DateTime.UtcNow.AddSeconds(60);
            while (DateTime.UtcNow < deadline && !_process.HasExited)
            {
                if (await PingAsync()) return;
                await Task.Delay(25); // until our server answers PING with our password
            }

            await StopAsync();
            if (attempt == 5)
            {
                lock (_output) throw new InvalidOperationException($"redis-server did not answer on 127.0.0.1:{Port}:\n{_output}");
            }
        }
    }

    /// <summary>Kills the server (what <c>kill -9</c> does).</summary>
    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    private async Task<bool> PingAsync()
    {
        try
        {
            using var client = new TcpClient();
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(5));
            await client.ConnectAsync(IPAddress.Loopback, Port, timeout.Token);
            var stream = client.GetStream();
            await stream.WriteAsync(Encoding.ASCII.GetBytes($"AUTH {_password}\r\nPING\r\n"), timeout.Token);
            var reply = new StringBuilder();
            var buffer = new byte[64];
            while (!reply.ToString().Contains("+PONG", StringComparison.Ordinal) && !reply.ToString().Contains('-'))
            {
                var n = await stream.ReadAsync(buffer, timeout.Token);
                if (n == 0) break;
                reply.Append(Encoding.ASCII.GetString(buffer, 0, n));
            }

            // "+OK" to AUTH proves it is our server (another Redis on this port would refuse our password).
            return reply.ToString().StartsWith("+OK\r\n+PONG", StringComparison.Ordinal);
        }
        catch (Exception e) when (e is SocketException or IOException or OperationCanceledException)
        {
            return false;
        }
    }

    private static int CandidatePort()
    {
        using var l = new TcpListener(IPAddress.Loopback, 0);
        l.Start();
        return ((IPEndPoint)l.LocalEndpoint).Port;
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        await StopAsync();
        try { Directory.Delete(_dir, recursive: true); } catch (IOException) { }
    }
}

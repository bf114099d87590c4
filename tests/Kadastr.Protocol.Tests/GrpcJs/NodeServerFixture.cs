using System.Diagnostics;
using System.Text.Json.Nodes;

namespace RentToOwn.Kadastr.Protocol.Tests.GrpcJs;

/// <summary>A @grpc/grpc-js server on a free 127.0.0.1 port for the duration of a test class.</summary>
public sealed class NodeServerFixture : IAsyncLifetime
{
    private Process? process;

    /// <summary>The server's address.</summary>
    public Uri Address { get; private set; } = null!;

    public async Task InitializeAsync()
    {
        process = NodePeer.Start("server");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        var line = await process.StandardOutput.ReadLineAsync(cts.Token)
            ?? throw new InvalidOperationException("node server exited: " + await process.StandardError.ReadToEndAsync());
        var port = JsonNode.Parse(line)!["port"]!.GetValue<int>();
        Address = new Uri($"http://127.0.0.1:{port}");
    }

    public async Task DisposeAsync()
    {
        if (process is null)
        {
            return;
        }

        process.StandardInput.Close(); // the peer shuts down when stdin ends
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(5));
        try
        {
            await process.WaitForExitAsync(cts.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
        }

        process.Dispose();
    }
}

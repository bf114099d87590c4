using System.Text.Json.Nodes;
using RentToOwn.Kadastr.Protocol.Tests.Hosting;

namespace RentToOwn.Kadastr.Protocol.Tests.GrpcJs;

/// <summary>Interop, direction 2: a real @grpc/grpc-js client against our Grpc.AspNetCore server.</summary>
public sealed class NodeClientOurServerTests
{
    [Fact]
    public async Task Grpc_js_client_runs_every_scenario_against_our_server()
    {
        var registry = new InteropRegistry(TimeProvider.System);
        await using var host = await TestGrpcServer.StartAsync(registry, o => o.MaxReceiveMessageSize = 64 * 1024);

        var r = await NodePeer.RunJsonAsync(TimeSpan.FromSeconds(60), "client", $"127.0.0.1:{host.Port}", InteropRegistry.Token);

        var unary = r["unary"]!;
        Assert.Equal(0, Code(unary));
        Assert.Equal("app-1", (string?)unary["id"]);
        Assert.Equal("LEASE_ENCUMBRANCE_REGISTRATION", (string?)unary["kind"]);
        Assert.Equal("RECEIVED", (string?)unary["status"]);
        Assert.Equal("20:320:000:111", (string?)unary["cadastralNumber"]);
        Assert.Equal("900101300123", (string?)unary["partyIin"]);
        Assert.Equal("Bearer secret-token", (string?)unary["echoToken"]);
        Assert.Equal("090807", (string?)unary["echoBin"]);
        Assert.Equal("trailer-value", (string?)unary["trailer"]);

        Assert.Equal(16, Code(r["unauthenticated"]));
        Assert.Equal(3, Code(r["error"]));
        Assert.Equal("bad application: қате / ошибка 100%", (string?)r["error"]!["details"]);
        Assert.Equal(5, Code(r["notFound"]));
        Assert.Equal(4, Code(r["deadline"]));
        Assert.Equal(0, Code(r["deadlineSeen"]));
        Assert.InRange((int)r["deadlineSeen"]!["leftMs"]!, 3000, 5000);
        Assert.Equal(8, Code(r["oversize"]));
        Assert.Equal(12, Code(r["unimplemented"]));

        Assert.Equal(0, Code(r["stream"]));
        Assert.Equal([3, 4, 5, 6, 7], Seqs(r["stream"]));
        Assert.Equal(10, Code(r["streamError"]));
        Assert.Equal("stream aborted on purpose", (string?)r["streamError"]!["details"]);
        Assert.Equal([1, 2], Seqs(r["streamError"]));
        Assert.Equal(4, Code(r["streamDeadline"]));
        Assert.NotEmpty(Seqs(r["streamDeadline"]));
        Assert.Equal(1, Code(r["streamCancel"]));
        Assert.Equal([1, 2], Seqs(r["streamCancel"]));

        // Our handler saw the client's cancellation / deadline through its CancellationToken.
        Assert.True(await registry.StreamCancelled.Task.WaitAsync(TimeSpan.FromSeconds(10)));
    }

    private static int Code(JsonNode? n) => (int)n!["code"]!;

    private static int[] Seqs(JsonNode? n) => n!["seqs"]!.AsArray().Select(x => (int)x!).ToArray();
}

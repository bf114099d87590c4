using RentToOwn.Kadastr.Protocol.Tests.Hosting;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Protocol.Tests.GrpcJs;

/// <summary>
/// An error before any message is a trailers-only response on both servers (grpc-js and Grpc.AspNetCore): HTTP 200,
/// grpc-status in the only HEADERS frame, no body. Our client reads those in OurClientNodeServerTests; this pins the wire.
/// </summary>
public sealed class TrailersOnlyTests(NodeServerFixture node) : IClassFixture<NodeServerFixture>
{
    private const string GetApplication = "/rto.kadastr.v1.RealEstateRegistry/GetApplication";

    [Fact]
    public async Task Grpc_js_answers_not_found_trailers_only()
    {
        var reply = await RawGrpc.CallAsync(node.Address, GetApplication, new GetApplicationRequest { Id = "missing" });

        Assert.Equal(System.Net.HttpStatusCode.OK, reply.HttpStatus);
        Assert.Equal(5, reply.GrpcStatus);
        Assert.True(reply.TrailersOnly);
        Assert.Equal(0, reply.BodyBytes);
    }

    [Fact]
    public async Task Our_server_answers_not_found_and_unimplemented_trailers_only_and_ok_with_trailers()
    {
        await using var server = await TestGrpcServer.StartAsync(new InteropRegistry(TimeProvider.System));

        var missing = await RawGrpc.CallAsync(server.Address, GetApplication, new GetApplicationRequest { Id = "missing" });
        Assert.Equal((5, true, 0), (missing.GrpcStatus, missing.TrailersOnly, missing.BodyBytes));

        var unknown = await RawGrpc.CallAsync(server.Address, "/rto.kadastr.v1.RealEstateRegistry/NoSuchMethod", new GetApplicationRequest { Id = "a" });
        Assert.Equal((12, true), (unknown.GrpcStatus, unknown.TrailersOnly));

        var ok = await RawGrpc.CallAsync(server.Address, GetApplication, new GetApplicationRequest { Id = "a" });
        Assert.Equal((0, false), (ok.GrpcStatus, ok.TrailersOnly));
        Assert.True(ok.BodyBytes > 5);
    }

    [Fact]
    public async Task Our_server_enforces_grpc_timeout_by_itself()
    {
        await using var server = await TestGrpcServer.StartAsync(new InteropRegistry(TimeProvider.System));

        var reply = await RawGrpc.CallAsync(server.Address, GetApplication, new GetApplicationRequest { Id = "slow" }, ("grpc-timeout", "200m"));

        Assert.Equal(4, reply.GrpcStatus); // DEADLINE_EXCEEDED, with no client-side deadline at all
    }
}

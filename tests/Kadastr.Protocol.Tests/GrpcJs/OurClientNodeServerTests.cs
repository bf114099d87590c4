using RentToOwn.Kadastr.Protocol.Client;
using RentToOwn.Kadastr.Protocol.Registry;
using RentToOwn.Kadastr.Protocol.Transport;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Protocol.Tests.GrpcJs;

/// <summary>Interop, direction 1: our client against a real @grpc/grpc-js server.</summary>
public sealed class OurClientNodeServerTests(NodeServerFixture node) : IClassFixture<NodeServerFixture>, IDisposable
{
    private readonly GrpcClient transport = new(node.Address, new GrpcClientOptions { BearerToken = InteropRegistry.Token });

    private RealEstateRegistryClient Client => new(transport);

    public void Dispose() => transport.Dispose();

    [Fact]
    public async Task Unary_carries_message_metadata_auth_token_and_trailers()
    {
        var md = new Metadata { { "x-request-bin", new byte[] { 9, 8, 7 } } };
        var request = new SubmitApplicationRequest
        {
            Application = new Application
            {
                Id = "app-1",
                Kind = ApplicationKind.LeaseEncumbranceRegistration,
                CadastralNumber = "20:320:000:111",
                Parties = { new Party { Role = PartyRole.Recipient, Iin = "900101300123" } },
            },
        };

        var reply = await transport.UnaryCallAsync(RealEstateRegistryMethods.SubmitApplication, request, new CallOptions(md, TimeSpan.FromSeconds(10)));

        Assert.Equal("app-1", reply.Message.Id);
        Assert.Equal(ApplicationStatus.Received, reply.Message.Status);
        Assert.Equal(ApplicationKind.LeaseEncumbranceRegistration, reply.Message.Kind);
        Assert.Equal("900101300123", reply.Message.Parties[0].Iin);
        Assert.Equal("Bearer secret-token", reply.Headers.GetValue("x-echo-token"));
        Assert.Equal(new byte[] { 9, 8, 7 }, reply.Headers.GetBytes("x-echo-bin"));
        Assert.Equal("trailer-value", reply.Trailers.GetValue("x-trailer"));
        Assert.Equal(new byte[] { 1, 2, 3, 250 }, reply.Trailers.GetBytes("x-data-bin"));
    }

    [Fact]
    public async Task Missing_token_gives_unauthenticated()
    {
        using var anonymous = new GrpcClient(node.Address);
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            new RealEstateRegistryClient(anonymous).SubmitApplicationAsync(new SubmitApplicationRequest { Application = new Application { Id = "auth" } }));
        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    [Fact]
    public async Task Error_status_and_percent_encoded_unicode_message_arrive()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            Client.SubmitApplicationAsync(new SubmitApplicationRequest { Application = new Application { Id = "fail" } }));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("bad application: қате / ошибка 100%", ex.Status.Detail);

        var notFound = await Assert.ThrowsAsync<RpcException>(() => Client.GetApplicationAsync(new GetApplicationRequest { Id = "missing" }));
        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
    }

    [Fact]
    public async Task Deadline_exceeded_and_timeout_header_reaches_the_server()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(() =>
            Client.GetApplicationAsync(new GetApplicationRequest { Id = "slow" }, new CallOptions(Timeout: TimeSpan.FromMilliseconds(300))));
        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);

        var seen = await Client.GetApplicationAsync(new GetApplicationRequest { Id = "deadline" }, new CallOptions(Timeout: TimeSpan.FromSeconds(5)));
        var leftMs = int.Parse(seen.CadastralNumber, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(leftMs, 3000, 5000);
    }

    [Fact]
    public async Task Message_size_limits_give_resource_exhausted_on_both_ends()
    {
        // The node server accepts at most 64 KiB.
        var big = await Assert.ThrowsAsync<RpcException>(() => Client.GetApplicationAsync(new GetApplicationRequest { Id = new string('x', 100 * 1024) }));
        Assert.Equal(StatusCode.ResourceExhausted, big.StatusCode);

        using var small = new GrpcClient(node.Address, new GrpcClientOptions { MaxReceiveMessageSize = 1024, BearerToken = InteropRegistry.Token });
        var request = new SubmitApplicationRequest { Application = new Application { Id = "big-reply", CadastralNumber = new string('7', 4000) } };
        var tooBig = await Assert.ThrowsAsync<RpcException>(() => new RealEstateRegistryClient(small).SubmitApplicationAsync(request));
        Assert.Equal(StatusCode.ResourceExhausted, tooBig.StatusCode);

        using var limited = new GrpcClient(node.Address, new GrpcClientOptions { MaxSendMessageSize = 100 });
        var notSent = await Assert.ThrowsAsync<RpcException>(() => new RealEstateRegistryClient(limited).GetApplicationAsync(new GetApplicationRequest { Id = new string('y', 200) }));
        Assert.Equal(StatusCode.ResourceExhausted, notSent.StatusCode);
    }

    [Fact]
    public async Task Unknown_method_is_unimplemented()
    {
        var method = RealEstateRegistryMethods.GetApplication with { Name = "NoSuchMethod" };
        var ex = await Assert.ThrowsAsync<RpcException>(() => transport.UnaryAsync(method, new GetApplicationRequest { Id = "a" }));
        Assert.Equal(StatusCode.Unimplemented, ex.StatusCode);
    }

    [Fact]
    public async Task Server_streaming_resumes_after_a_sequence()
    {
        await using var call = Client.WatchApplication(new WatchApplicationRequest { Id = "stream-5", AfterSequence = 2 });
        var seqs = new List<ulong>();
        await foreach (var e in call.ReadAllAsync())
        {
            seqs.Add(e.Sequence);
        }

        Assert.Equal([3UL, 4, 5, 6, 7], seqs);
    }

    [Fact]
    public async Task Server_streaming_error_arrives_after_the_messages()
    {
        await using var call = Client.WatchApplication(new WatchApplicationRequest { Id = "stream-fail" });
        var seqs = new List<ulong>();
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var e in call.ReadAllAsync())
            {
                seqs.Add(e.Sequence);
            }
        });
        Assert.Equal(StatusCode.Aborted, ex.StatusCode);
        Assert.Equal("stream aborted on purpose", ex.Status.Detail);
        Assert.Equal([1UL, 2], seqs);
    }

    [Fact]
    public async Task Server_streaming_deadline_exceeded()
    {
        await using var call = Client.WatchApplication(new WatchApplicationRequest { Id = "stream-slow" }, new CallOptions(Timeout: TimeSpan.FromMilliseconds(1000)));
        var count = 0;
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var unused in call.ReadAllAsync())
            {
                count++;
            }
        });
        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);
        Assert.True(count > 0);
    }

    [Fact]
    public async Task Cancelling_a_stream_stops_it()
    {
        using var cts = new CancellationTokenSource();
        await using var call = Client.WatchApplication(new WatchApplicationRequest { Id = "stream-slow" }, new CallOptions(CancellationToken: cts.Token));
        var count = 0;
        await Assert.ThrowsAnyAsync<OperationCanceledException>(async () =>
        {
            await foreach (var unused in call.ReadAllAsync(cts.Token))
            {
                if (++count == 2)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Unreachable_server_is_unavailable()
    {
        using var listener = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        listener.Start();
        var port = ((System.Net.IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        using var dead = new GrpcClient(new Uri($"http://127.0.0.1:{port}"));
        var ex = await Assert.ThrowsAsync<RpcException>(() => new RealEstateRegistryClient(dead).GetApplicationAsync(new GetApplicationRequest { Id = "a" }));
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
    }
}

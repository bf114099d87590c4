using Grpc.Core;
using Grpc.Net.Client;
using RentToOwn.Kadastr.Protocol.Calls;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Protocol.Tests.GrpcJs;

/// <summary>Interop, direction 1: our Grpc.Net.Client channel (<see cref="KadastrChannel"/>) against a real @grpc/grpc-js server.</summary>
public sealed class OurClientNodeServerTests(NodeServerFixture node) : IClassFixture<NodeServerFixture>, IDisposable
{
    private readonly GrpcChannel channel = KadastrChannel.Create(node.Address, new KadastrChannelOptions { BearerToken = InteropRegistry.Token, AllowTokenOverPlaintext = true });

    private RealEstateRegistry.RealEstateRegistryClient Client => new(channel);

    public void Dispose() => channel.Dispose();

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

        using var call = Client.SubmitApplicationAsync(request, md, CallDeadline.After(TimeSpan.FromSeconds(10)));
        var reply = await call;
        var headers = await call.ResponseHeadersAsync;

        Assert.Equal("app-1", reply.Id);
        Assert.Equal(ApplicationStatus.Received, reply.Status);
        Assert.Equal(ApplicationKind.LeaseEncumbranceRegistration, reply.Kind);
        Assert.Equal("900101300123", reply.Parties[0].Iin);
        Assert.Equal("Bearer secret-token", headers.GetValue("x-echo-token"));
        Assert.Equal(new byte[] { 9, 8, 7 }, headers.GetValueBytes("x-echo-bin"));
        Assert.Equal("trailer-value", call.GetTrailers().GetValue("x-trailer"));
        Assert.Equal(new byte[] { 1, 2, 3, 250 }, call.GetTrailers().GetValueBytes("x-data-bin"));
    }

    [Fact]
    public async Task Missing_token_gives_unauthenticated()
    {
        using var anonymous = KadastrChannel.Create(node.Address);
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await new RealEstateRegistry.RealEstateRegistryClient(anonymous).SubmitApplicationAsync(new SubmitApplicationRequest { Application = new Application { Id = "auth" } }));
        Assert.Equal(StatusCode.Unauthenticated, ex.StatusCode);
    }

    [Fact]
    public async Task Trailers_only_error_status_and_percent_encoded_unicode_message_arrive()
    {
        // grpc-js answers an error before any message as a trailers-only response (HEADERS with END_STREAM).
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client.SubmitApplicationAsync(new SubmitApplicationRequest { Application = new Application { Id = "fail" } }));
        Assert.Equal(StatusCode.InvalidArgument, ex.StatusCode);
        Assert.Equal("bad application: қате / ошибка 100%", ex.Status.Detail);

        var notFound = await Assert.ThrowsAsync<RpcException>(async () => await Client.GetApplicationAsync(new GetApplicationRequest { Id = "missing" }));
        Assert.Equal(StatusCode.NotFound, notFound.StatusCode);
        Assert.Equal("application missing not found", notFound.Status.Detail);
    }

    [Fact]
    public async Task Deadline_exceeded_and_timeout_header_reaches_the_server()
    {
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client.GetApplicationAsync(new GetApplicationRequest { Id = "slow" }, deadline: CallDeadline.After(TimeSpan.FromMilliseconds(300))));
        Assert.Equal(StatusCode.DeadlineExceeded, ex.StatusCode);

        var seen = await Client.GetApplicationAsync(new GetApplicationRequest { Id = "deadline" }, deadline: CallDeadline.After(TimeSpan.FromSeconds(5)));
        var leftMs = int.Parse(seen.CadastralNumber, System.Globalization.CultureInfo.InvariantCulture);
        Assert.InRange(leftMs, 3000, 5000);
    }

    [Fact]
    public async Task Cancelling_a_unary_call_gives_cancelled()
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(200));
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await Client.GetApplicationAsync(new GetApplicationRequest { Id = "slow" }, cancellationToken: cts.Token));
        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
    }

    [Fact]
    public async Task Message_size_limits_give_resource_exhausted_on_both_ends()
    {
        // The node server accepts at most 64 KiB.
        var big = await Assert.ThrowsAsync<RpcException>(async () => await Client.GetApplicationAsync(new GetApplicationRequest { Id = new string('x', 100 * 1024) }));
        Assert.Equal(StatusCode.ResourceExhausted, big.StatusCode);

        using var small = KadastrChannel.Create(node.Address, new KadastrChannelOptions { MaxReceiveMessageSize = 1024, BearerToken = InteropRegistry.Token, AllowTokenOverPlaintext = true });
        var request = new SubmitApplicationRequest { Application = new Application { Id = "big-reply", CadastralNumber = new string('7', 4000) } };
        var tooBig = await Assert.ThrowsAsync<RpcException>(async () => await new RealEstateRegistry.RealEstateRegistryClient(small).SubmitApplicationAsync(request));
        Assert.Equal(StatusCode.ResourceExhausted, tooBig.StatusCode);

        using var limited = KadastrChannel.Create(node.Address, new KadastrChannelOptions { MaxSendMessageSize = 100 });
        var notSent = await Assert.ThrowsAsync<RpcException>(async () =>
            await new RealEstateRegistry.RealEstateRegistryClient(limited).GetApplicationAsync(new GetApplicationRequest { Id = new string('y', 200) }));
        Assert.Equal(StatusCode.ResourceExhausted, notSent.StatusCode);
    }

    [Fact]
    public async Task Unknown_method_is_unimplemented()
    {
        var method = new Method<GetApplicationRequest, Application>(MethodType.Unary, "rto.kadastr.v1.RealEstateRegistry", "NoSuchMethod",
            Marshallers.Create(m => Google.Protobuf.MessageExtensions.ToByteArray(m), GetApplicationRequest.Parser.ParseFrom),
            Marshallers.Create(m => Google.Protobuf.MessageExtensions.ToByteArray(m), Application.Parser.ParseFrom));
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
            await channel.CreateCallInvoker().AsyncUnaryCall(method, null, default, new GetApplicationRequest { Id = "a" }));
        Assert.Equal(StatusCode.Unimplemented, ex.StatusCode);
    }

    [Fact]
    public async Task Server_streaming_resumes_after_a_sequence()
    {
        using var call = Client.WatchApplication(new WatchApplicationRequest { Id = "stream-5", AfterSequence = 2 });
        var seqs = new List<ulong>();
        await foreach (var e in call.ResponseStream.ReadAllAsync())
        {
            seqs.Add(e.Sequence);
        }

        Assert.Equal([3UL, 4, 5, 6, 7], seqs);
        Assert.Equal(StatusCode.OK, call.GetStatus().StatusCode);
    }

    [Fact]
    public async Task Server_streaming_error_arrives_after_the_messages()
    {
        using var call = Client.WatchApplication(new WatchApplicationRequest { Id = "stream-fail" });
        var seqs = new List<ulong>();
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var e in call.ResponseStream.ReadAllAsync())
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
        using var call = Client.WatchApplication(new WatchApplicationRequest { Id = "stream-slow" }, deadline: CallDeadline.After(TimeSpan.FromMilliseconds(1000)));
        var count = 0;
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var unused in call.ResponseStream.ReadAllAsync())
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
        using var call = Client.WatchApplication(new WatchApplicationRequest { Id = "stream-slow" }, cancellationToken: cts.Token);
        var count = 0;
        var ex = await Assert.ThrowsAsync<RpcException>(async () =>
        {
            await foreach (var unused in call.ResponseStream.ReadAllAsync())
            {
                if (++count == 2)
                {
                    await cts.CancelAsync();
                }
            }
        });
        Assert.Equal(StatusCode.Cancelled, ex.StatusCode);
        Assert.Equal(2, count);
    }

    [Fact]
    public async Task Unreachable_server_is_unavailable()
    {
        using var closed = new ClosedPort();
        using var dead = KadastrChannel.Create(closed.Url);
        var ex = await Assert.ThrowsAsync<RpcException>(async () => await new RealEstateRegistry.RealEstateRegistryClient(dead).GetApplicationAsync(new GetApplicationRequest { Id = "a" }));
        Assert.Equal(StatusCode.Unavailable, ex.StatusCode);
    }
}

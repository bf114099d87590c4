using System.Net;
using RentToOwn.Kadastr.Protocol.Registry;
using RentToOwn.Kadastr.Protocol.Server;
using RentToOwn.Kadastr.Protocol.Tests.GrpcJs;
using RentToOwn.Kadastr.Protocol.Transport;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Protocol.Tests.Transport;

/// <summary>Malformed requests written by hand reach the server and get the right status.</summary>
public sealed class RawRequestTests : IAsyncLifetime
{
    private GrpcServerHost host = null!;
    private readonly HttpClient http = new(new SocketsHttpHandler());

    public async Task InitializeAsync() => host = await GrpcServerHost.StartAsync([new InteropRegistry(TimeProvider.System).Bind()]);

    public async Task DisposeAsync()
    {
        http.Dispose();
        await host.DisposeAsync();
    }

    [Fact]
    public async Task Malformed_grpc_timeout_is_internal() =>
        Assert.Equal(StatusCode.Internal, await SendAsync(Frame("a"), ("grpc-timeout", "soon")));

    [Fact]
    public async Task Compressed_encoding_is_unimplemented() =>
        Assert.Equal(StatusCode.Unimplemented, await SendAsync(Frame("a"), ("grpc-encoding", "gzip")));

    [Fact]
    public async Task Unary_request_without_a_message_is_internal() =>
        Assert.Equal(StatusCode.Internal, await SendAsync([]));

    [Fact]
    public async Task Unary_request_with_two_messages_is_internal() =>
        Assert.Equal(StatusCode.Internal, await SendAsync([.. Frame("a"), .. Frame("b")]));

    [Fact]
    public async Task Truncated_frame_is_internal() =>
        Assert.Equal(StatusCode.Internal, await SendAsync(Frame("abcdef")[..7]));

    [Fact]
    public async Task Well_formed_request_with_grpc_proto_content_type_is_ok() =>
        Assert.Equal(StatusCode.OK, await SendAsync(Frame("a"), ("grpc-timeout", "10S")));

    private static byte[] Frame(string id) => GrpcFraming.Frame(new GetApplicationRequest { Id = id }, int.MaxValue);

    private async Task<StatusCode> SendAsync(byte[] body, params (string Key, string Value)[] headers)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(host.Address, RealEstateRegistryMethods.GetApplication.FullName))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.TryAddWithoutValidation("content-type", "application/grpc+proto");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (k, v) in headers)
        {
            request.Headers.TryAddWithoutValidation(k, v);
        }

        using var response = await http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        await response.Content.ReadAsByteArrayAsync();
        var raw = response.Headers.TryGetValues("grpc-status", out var h) ? h.First() : response.TrailingHeaders.GetValues("grpc-status").First();
        return (StatusCode)int.Parse(raw, System.Globalization.CultureInfo.InvariantCulture);
    }
}

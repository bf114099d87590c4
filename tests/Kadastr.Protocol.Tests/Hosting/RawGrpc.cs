using System.Buffers.Binary;
using System.Net;
using Google.Protobuf;

namespace RentToOwn.Kadastr.Protocol.Tests.Hosting;

/// <summary>A gRPC call written by hand on HttpClient, to see the wire (gRPC over HTTP/2, PROTOCOL-HTTP2.md in grpc/grpc).</summary>
public static class RawGrpc
{
    /// <summary>What came back: the HTTP status, grpc-status from headers or trailers, and whether it was trailers-only.</summary>
    public sealed record Reply(HttpStatusCode HttpStatus, int GrpcStatus, bool TrailersOnly, int BodyBytes);

    /// <summary>Posts one length-prefixed message (flag 0, 4-byte big-endian length) to <c>/service/method</c>.</summary>
    public static async Task<Reply> CallAsync(Uri server, string path, IMessage message, params (string Key, string Value)[] headers)
    {
        var payload = message.ToByteArray();
        var body = new byte[5 + payload.Length];
        BinaryPrimitives.WriteUInt32BigEndian(body.AsSpan(1), (uint)payload.Length);
        payload.CopyTo(body, 5);
        using var http = new HttpClient(new SocketsHttpHandler());
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri(server, path))
        {
            Version = HttpVersion.Version20,
            VersionPolicy = HttpVersionPolicy.RequestVersionExact,
            Content = new ByteArrayContent(body),
        };
        request.Content.Headers.TryAddWithoutValidation("content-type", "application/grpc");
        request.Headers.TryAddWithoutValidation("te", "trailers");
        foreach (var (k, v) in headers)
        {
            request.Headers.TryAddWithoutValidation(k, v);
        }

        using var response = await http.SendAsync(request);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        // Trailers-only: grpc-status travels in the one HEADERS frame, which ends the stream.
        var inHeaders = response.Headers.TryGetValues("grpc-status", out var h);
        var raw = inHeaders ? h!.First() : response.TrailingHeaders.GetValues("grpc-status").First();
        return new Reply(response.StatusCode, int.Parse(raw, System.Globalization.CultureInfo.InvariantCulture), inHeaders, bytes.Length);
    }
}

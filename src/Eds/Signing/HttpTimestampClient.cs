using System.Net.Http.Headers;

namespace RentToOwn.Eds.Signing;

/// <summary>RFC 3161 over HTTP (POST application/timestamp-query), as NCA's TSA and the local stand-in speak it.</summary>
public sealed class HttpTimestampClient(HttpClient http, Uri url) : ITimestampClient
{
    /// <inheritdoc />
    public byte[] Exchange(byte[] timeStampRequest)
    {
        try
        {
            using var content = new ByteArrayContent(timeStampRequest);
            content.Headers.ContentType = new MediaTypeHeaderValue("application/timestamp-query");
            using var request = new HttpRequestMessage(HttpMethod.Post, url) { Content = content };
            using var response = http.Send(request);
            response.EnsureSuccessStatusCode();
            using var stream = response.Content.ReadAsStream();
            using var buffer = new MemoryStream();
            stream.CopyTo(buffer);
            return buffer.ToArray();
        }
        catch (Exception e) when (e is HttpRequestException or IOException or TaskCanceledException)
        {
            throw new TimestampException($"TSA {url} unreachable: {e.Message}", e);
        }
    }
}

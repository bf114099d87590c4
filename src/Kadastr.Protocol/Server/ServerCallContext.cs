using Microsoft.AspNetCore.Http;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>What a server handler knows about its call: metadata, deadline, cancellation.</summary>
public sealed class ServerCallContext
{
    internal ServerCallContext(HttpContext http, string method, Metadata requestHeaders, DateTimeOffset? deadline, CancellationToken ct)
    {
        HttpContext = http;
        Method = method;
        RequestHeaders = requestHeaders;
        Deadline = deadline;
        CancellationToken = ct;
    }

    /// <summary>The method path, e.g. <c>/rto.kadastr.v1.RealEstateRegistry/GetApplication</c>.</summary>
    public string Method { get; }

    /// <summary>The request metadata.</summary>
    public Metadata RequestHeaders { get; }

    /// <summary>Metadata sent in the response headers (set before the first message).</summary>
    public Metadata ResponseHeaders { get; } = new();

    /// <summary>Metadata sent in the trailers with the status.</summary>
    public Metadata ResponseTrailers { get; } = new();

    /// <summary>The call's deadline from <c>grpc-timeout</c>, if the client set one.</summary>
    public DateTimeOffset? Deadline { get; }

    /// <summary>Cancelled when the client cancels or the deadline passes.</summary>
    public CancellationToken CancellationToken { get; }

    /// <summary>The remote address.</summary>
    public string Peer => $"{HttpContext.Connection.RemoteIpAddress}:{HttpContext.Connection.RemotePort}";

    /// <summary>The bearer token of the <c>authorization</c> header, or null.</summary>
    public string? BearerToken
    {
        get
        {
            var v = RequestHeaders.GetValue(Metadata.AuthorizationKey);
            const string prefix = "Bearer ";
            return v is not null && v.StartsWith(prefix, StringComparison.OrdinalIgnoreCase) ? v[prefix.Length..].Trim() : null;
        }
    }

    /// <summary>The underlying HTTP context.</summary>
    public HttpContext HttpContext { get; }
}

using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Primitives;
using Google.Protobuf;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Server;

/// <summary>
/// The response side of one server call. Serialises writes, sends headers before the first
/// message, and ends the call exactly once: with trailers, or trailers-only when nothing was sent.
/// </summary>
internal sealed class CallResponse
{
    private readonly HttpContext http;
    private readonly ServerCallContext call;
    private readonly int maxSend;
    private readonly SemaphoreSlim gate = new(1, 1);
    private bool completed;

    public CallResponse(HttpContext http, ServerCallContext call, int maxSend)
    {
        this.http = http;
        this.call = call;
        this.maxSend = maxSend;
    }

    public async Task WriteAsync(IMessage message, CancellationToken ct)
    {
        await gate.WaitAsync(ct).ConfigureAwait(false);
        try
        {
            if (completed)
            {
                throw new InvalidOperationException("The call is already complete.");
            }

            EnsureHeaders();
            GrpcFraming.Write(http.Response.BodyWriter, message, maxSend);
            await http.Response.BodyWriter.FlushAsync(ct).ConfigureAwait(false);
        }
        finally
        {
            gate.Release();
        }
    }

    /// <summary>Ends the call with a status; later calls do nothing.</summary>
    public async Task CompleteAsync(Status status, Metadata? extraTrailers = null)
    {
        await gate.WaitAsync().ConfigureAwait(false);
        try
        {
            if (completed)
            {
                return;
            }

            completed = true;
            var trailersOnly = !http.Response.HasStarted;
            if (trailersOnly)
            {
                EnsureHeaders();
            }

            void Put(string key, string value)
            {
                if (trailersOnly)
                {
                    http.Response.Headers.Append(key, value);
                }
                else
                {
                    http.Response.AppendTrailer(key, new StringValues(value));
                }
            }

            Put(GrpcProtocol.StatusHeader, ((int)status.Code).ToString(System.Globalization.CultureInfo.InvariantCulture));
            if (!string.IsNullOrEmpty(status.Detail))
            {
                Put(GrpcProtocol.MessageHeader, GrpcMessageEncoding.Encode(status.Detail));
            }

            foreach (var e in call.ResponseTrailers.Concat(extraTrailers ?? []))
            {
                Put(e.Key, e.WireValue);
            }
        }
        finally
        {
            gate.Release();
        }
    }

    private void EnsureHeaders()
    {
        if (http.Response.HasStarted)
        {
            return;
        }

        var r = http.Response;
        r.StatusCode = StatusCodes.Status200OK;
        r.ContentType = GrpcProtocol.ContentType;
        r.Headers[GrpcProtocol.AcceptEncodingHeader] = "identity";
        foreach (var e in call.ResponseHeaders)
        {
            r.Headers.Append(e.Key, e.WireValue);
        }
    }
}

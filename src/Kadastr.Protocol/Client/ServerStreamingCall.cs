using System.Runtime.CompilerServices;
using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Client;

/// <summary>A running server-streaming call. Dispose it to cancel a call that is not read to the end.</summary>
/// <typeparam name="T">The response message.</typeparam>
public sealed class ServerStreamingCall<T> : IAsyncDisposable, IDisposable
    where T : class, Google.Protobuf.IMessage<T>
{
    private readonly ClientCall<T> call;
    private readonly Task started;

    internal ServerStreamingCall(ClientCall<T> call, Task started)
    {
        this.call = call;
        this.started = started;
    }

    /// <summary>The response headers, once the server sent them.</summary>
    public async Task<Metadata> ResponseHeadersAsync()
    {
        await started.ConfigureAwait(false);
        return call.ResponseHeaders;
    }

    /// <summary>The trailers; complete after the stream was read to the end.</summary>
    public Metadata Trailers => call.Trailers;

    /// <summary>Reads every message; throws <see cref="RpcException"/> if the call ends with a non-OK status.</summary>
    public async IAsyncEnumerable<T> ReadAllAsync([EnumeratorCancellation] CancellationToken ct = default)
    {
        await started.ConfigureAwait(false);
        using var reg = ct.Register(static s => ((ClientCall<T>)s!).Cancel(), call);
        while (true)
        {
            T? next;
            try
            {
                next = await call.ReadNextAsync().ConfigureAwait(false);
            }
            catch (RpcException ex) when (ex.StatusCode == StatusCode.Cancelled && ct.IsCancellationRequested)
            {
                throw new OperationCanceledException(ex.Message, ex, ct);
            }

            if (next is null)
            {
                yield break;
            }

            yield return next;
        }
    }

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        try
        {
            await started.ConfigureAwait(false);
        }
        catch (RpcException)
        {
            // The failure was or will be observed through ReadAllAsync.
        }

        await call.DisposeAsync().ConfigureAwait(false);
    }

    /// <inheritdoc />
    public void Dispose() => DisposeAsync().AsTask().GetAwaiter().GetResult();
}

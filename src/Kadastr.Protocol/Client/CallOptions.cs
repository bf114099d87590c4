using RentToOwn.Kadastr.Protocol.Transport;

namespace RentToOwn.Kadastr.Protocol.Client;

/// <summary>Per-call options: metadata, timeout (sent as <c>grpc-timeout</c>) and cancellation.</summary>
/// <param name="Headers">Request metadata (e.g. the auth token); null for none.</param>
/// <param name="Timeout">The deadline relative to the call's start; null for none.</param>
/// <param name="CancellationToken">Cancels the call (the server sees RST_STREAM, the caller CANCELLED).</param>
public readonly record struct CallOptions(
    Metadata? Headers = null,
    TimeSpan? Timeout = null,
    CancellationToken CancellationToken = default);

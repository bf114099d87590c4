using Grpc.Core;

namespace RentToOwn.Kadastr.Gateway.Delivery;

/// <summary>Which gRPC failures are worth retrying: the request may not have been processed, or may succeed later.</summary>
public static class TransientFailures
{
    /// <summary>True for UNAVAILABLE, DEADLINE_EXCEEDED, ABORTED, INTERNAL, UNKNOWN and CANCELLED (not by us).</summary>
    public static bool IsTransient(StatusCode code) => code is StatusCode.Unavailable or StatusCode.DeadlineExceeded
        or StatusCode.Aborted or StatusCode.Internal or StatusCode.Unknown or StatusCode.Cancelled;
}

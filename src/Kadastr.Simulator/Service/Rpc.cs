using Grpc.Core;

namespace RentToOwn.Kadastr.Simulator.Service;

/// <summary>gRPC errors the simulator answers with (Grpc.AspNetCore turns them into the call's status).</summary>
internal static class Rpc
{
    /// <summary>An error status with its detail text.</summary>
    public static RpcException Error(StatusCode code, string detail) => new(new Status(code, detail));
}

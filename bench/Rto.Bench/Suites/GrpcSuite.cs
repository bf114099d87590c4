using System.Text.Json.Nodes;

namespace RentToOwn.Bench.Suites;

/// <summary>Suite <c>grpc</c>; its issue fills it in.</summary>
public sealed class GrpcSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "grpc";

    /// <inheritdoc />
    public Task<JsonObject> RunAsync(bool quick) =>
        throw new NotSupportedException("suite 'grpc' is not written yet");
}

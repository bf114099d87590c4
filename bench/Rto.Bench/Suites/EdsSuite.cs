using System.Text.Json.Nodes;

namespace RentToOwn.Bench.Suites;

/// <summary>Suite <c>eds</c>; its issue fills it in.</summary>
public sealed class EdsSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "eds";

    /// <inheritdoc />
    public Task<JsonObject> RunAsync(bool quick) =>
        throw new NotSupportedException("suite 'eds' is not written yet");
}

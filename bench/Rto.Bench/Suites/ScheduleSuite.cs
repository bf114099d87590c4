using System.Text.Json.Nodes;

namespace RentToOwn.Bench.Suites;

/// <summary>Suite <c>schedule</c>; its issue fills it in.</summary>
public sealed class ScheduleSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "schedule";

    /// <inheritdoc />
    public Task<JsonObject> RunAsync(bool quick) =>
        throw new NotSupportedException("suite 'schedule' is not written yet");
}

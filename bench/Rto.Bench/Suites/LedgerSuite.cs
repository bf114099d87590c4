using System.Text.Json.Nodes;

namespace RentToOwn.Bench.Suites;

/// <summary>Suite <c>ledger</c>; its issue fills it in.</summary>
public sealed class LedgerSuite : IBenchSuite
{
    /// <inheritdoc />
    public string Name => "ledger";

    /// <inheritdoc />
    public Task<JsonObject> RunAsync(bool quick) =>
        throw new NotSupportedException("suite 'ledger' is not written yet");
}

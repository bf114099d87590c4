using System.Text.Json.Nodes;

namespace RentToOwn.Bench;

/// <summary>One benchmark suite. Figures measured side by side in one run go into one JSON object.</summary>
public interface IBenchSuite
{
    /// <summary>The suite's name on the command line.</summary>
    string Name { get; }

    /// <summary>Runs the suite; <paramref name="quick"/> shortens it for smoke runs.</summary>
    Task<JsonObject> RunAsync(bool quick);

    /// <summary>Runs the suite with its own options (<paramref name="args"/> after the suite name).</summary>
    Task<JsonObject> RunAsync(bool quick, IReadOnlyList<string> args) => RunAsync(quick);
}

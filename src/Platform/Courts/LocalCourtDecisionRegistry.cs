using System.Text.Json;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Courts;

/// <summary>
/// STAND-IN for the court-records service (the real one cannot be reached from here): decisions are kept in a JSON file
/// (<c>Courts:DecisionsFile</c>, default <c>court-decisions.json</c> in the data directory), read on every look-up. An
/// empty list is written on first start; <see cref="PublishAsync"/> plays the court registering a decision. A broken
/// file makes the look-up unavailable (the termination is refused with the reason), never a 500.
/// Production cannot start on it (<c>Courts:LocalRegistry:Enabled</c>, Security/StandIn).
/// </summary>
public sealed class LocalCourtDecisionRegistry : ICourtDecisionRegistry
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { WriteIndented = true };
    private readonly SemaphoreSlim _write = new(1, 1);

    /// <summary>Resolves the file and writes an empty list when there is none.</summary>
    public LocalCourtDecisionRegistry(IOptions<CourtsOptions> options, DataDirectory data)
    {
        Path = System.IO.Path.Combine(data.Path, options.Value.DecisionsFile);
        if (!File.Exists(Path))
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.WriteAllText(Path, "[]");
        }
    }

    /// <summary>Absolute path of the file.</summary>
    public string Path { get; }

    /// <inheritdoc />
    public async Task<CourtDecision?> FindAsync(string courtName, string caseNumber, CancellationToken ct) =>
        (await ReadAsync(ct)).FirstOrDefault(d => Same(d.CaseNumber, caseNumber) && Same(d.CourtName, courtName));

    /// <summary>The court registers (or replaces) a decision.</summary>
    public async Task PublishAsync(CourtDecision decision, CancellationToken ct)
    {
        await _write.WaitAsync(ct);
        try
        {
            var all = (await ReadAsync(ct)).Where(d => !(Same(d.CaseNumber, decision.CaseNumber) && Same(d.CourtName, decision.CourtName))).Append(decision).ToList();
            await File.WriteAllTextAsync(Path, JsonSerializer.Serialize(all, Json), ct);
        }
        finally
        {
            _write.Release();
        }
    }

    private async Task<List<CourtDecision>> ReadAsync(CancellationToken ct)
    {
        try
        {
            await using var s = File.OpenRead(Path);
            return await JsonSerializer.DeserializeAsync<List<CourtDecision>>(s, Json, ct) ?? [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or JsonException)
        {
            throw new CourtRecordsUnavailableException($"{System.IO.Path.GetFileName(Path)} cannot be read: {e.Message}", e);
        }
    }

    private static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}

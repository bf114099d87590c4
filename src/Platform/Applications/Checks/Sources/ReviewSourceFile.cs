using System.Text.Json;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>
/// STAND-IN: the JSON file (<c>ReviewChecks:SourcesFile</c>, default <c>review-sources.json</c> in the data directory)
/// that the local credit bureau, court records and affiliate list answer from. Written with
/// <see cref="ReviewSourceDefaults.Json"/> on first start; read on every look-up, so an edit takes effect at once.
/// A missing or broken file makes the checks Unavailable with the reason, never a 500.
/// </summary>
public sealed class ReviewSourceFile
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true };

    /// <summary>Resolves the path and writes the default file when there is none.</summary>
    public ReviewSourceFile(IOptions<ReviewCheckOptions> options, DataDirectory data)
    {
        Path = System.IO.Path.Combine(data.Path, options.Value.SourcesFile);
        if (!File.Exists(Path))
        {
            Directory.CreateDirectory(System.IO.Path.GetDirectoryName(Path)!);
            File.WriteAllText(Path, ReviewSourceDefaults.Json);
        }
    }

    /// <summary>Absolute path of the file.</summary>
    public string Path { get; }

    /// <summary>Reads and parses the file.</summary>
    /// <exception cref="ReviewSourceUnavailableException">Missing, unreadable or not valid.</exception>
    public async Task<ReviewSourceSeed> ReadAsync(CancellationToken ct)
    {
        var name = System.IO.Path.GetFileName(Path);
        ReviewSourceSeed? seed;
        try
        {
            await using var s = File.OpenRead(Path);
            seed = await JsonSerializer.DeserializeAsync<ReviewSourceSeed>(s, Json, ct);
        }
        catch (IOException ex)
        {
            throw new ReviewSourceUnavailableException($"{name} cannot be read: {ex.Message}", ex);
        }
        catch (UnauthorizedAccessException ex)
        {
            throw new ReviewSourceUnavailableException($"{name} cannot be read: {ex.Message}", ex);
        }
        catch (JsonException ex)
        {
            throw new ReviewSourceUnavailableException($"{name} is not valid JSON: {ex.Message}", ex);
        }

        return seed ?? throw new ReviewSourceUnavailableException($"{name} is empty (null).");
    }
}

using System.Text.Json;

namespace RentToOwn.Kadastr.Simulator.Seed;

/// <summary>Reads seed files; the default seed ships inside the assembly.</summary>
public static class SeedLoader
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web) { ReadCommentHandling = JsonCommentHandling.Skip };

    /// <summary>The built-in seed (Seed/default-seed.json).</summary>
    public static SeedData Default()
    {
        using var s = typeof(SeedLoader).Assembly.GetManifestResourceStream("RentToOwn.Kadastr.Simulator.Seed.default-seed.json")
            ?? throw new InvalidOperationException("default seed resource missing");
        return Parse(s, "default-seed.json");
    }

    /// <summary>Reads a seed file.</summary>
    /// <exception cref="InvalidDataException">The file is not a valid seed.</exception>
    public static SeedData FromFile(string path)
    {
        using var s = File.OpenRead(path);
        return Parse(s, path);
    }

    /// <summary>Parses seed JSON.</summary>
    /// <exception cref="InvalidDataException">The JSON is not a valid seed.</exception>
    public static SeedData Parse(Stream json, string source)
    {
        SeedData? data;
        try
        {
            data = JsonSerializer.Deserialize<SeedData>(json, Json);
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"Seed {source} is not valid JSON: {ex.Message}", ex);
        }

        if (data?.Persons is null || data.LegalEntities is null || data.Marriages is null || data.SanctionsList is null || data.Properties is null)
        {
            throw new InvalidDataException($"Seed {source} must have persons, legalEntities, marriages, sanctionsList and properties.");
        }

        return data;
    }
}

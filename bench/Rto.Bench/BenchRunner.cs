using System.Text.Json;
using System.Text.Json.Nodes;

namespace RentToOwn.Bench;

/// <summary>Runs one suite, prints its figures as JSON and writes them to bench/results/SUITE.json.</summary>
public static class BenchRunner
{
    /// <summary>Usage: <c>SUITE [--quick] [suite options]</c>.</summary>
    public static async Task<int> RunAsync(string[] args)
    {
        var suites = BenchSuites.All().ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        if (args.Length == 0 || !suites.TryGetValue(args[0], out var suite))
        {
            Console.Error.WriteLine($"usage: Rto.Bench SUITE [--quick]; suites: {string.Join(", ", suites.Keys)}");
            return 2;
        }

        var quick = args.Contains("--quick");
        JsonObject figures;
        try
        {
            figures = await suite.RunAsync(quick, args[1..]);
        }
        catch (ArgumentException e)
        {
            Console.Error.WriteLine(e.Message);
            return 2;
        }

        var result = new JsonObject
        {
            ["suite"] = suite.Name,
            ["quick"] = quick,
            ["machine"] = new JsonObject
            {
                ["processors"] = Environment.ProcessorCount,
                ["os"] = System.Runtime.InteropServices.RuntimeInformation.OSDescription,
                ["runtime"] = System.Runtime.InteropServices.RuntimeInformation.FrameworkDescription,
            },
            ["measuredAt"] = DateTimeOffset.UtcNow.ToString("O"),
            ["figures"] = figures,
        };
        var json = result.ToJsonString(new JsonSerializerOptions { WriteIndented = true });
        Console.WriteLine(json);

        var dir = Path.Combine(RepositoryRoot(), "bench", "results");
        Directory.CreateDirectory(dir);
        await File.WriteAllTextAsync(Path.Combine(dir, $"{suite.Name}.json"), json);
        return 0;
    }

    /// <summary>The folder holding RentToOwn.sln, found by walking up from the current directory.</summary>
    public static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(Directory.GetCurrentDirectory()); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "RentToOwn.sln")))
            {
                return dir.FullName;
            }
        }

        return Directory.GetCurrentDirectory();
    }
}

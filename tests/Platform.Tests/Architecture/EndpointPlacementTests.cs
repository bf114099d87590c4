using System.Text.RegularExpressions;

namespace RentToOwn.Platform.Tests.Architecture;

/// <summary>
/// Issue 11: every <c>Map…</c> of an HTTP route in src/Platform lives in the same kind of place — a static <c>&lt;Area&gt;Api.cs</c>
/// in its area folder — besides the composition (<c>Program.cs</c>, <c>PlatformApp.cs</c>) and Razor pages.
/// </summary>
public sealed class EndpointPlacementTests
{
    // Route-mapping calls: minimal APIs, groups, hubs, fallbacks and the libraries' own endpoint maps.
    private static readonly Regex MapCall = new(
        @"\.(Map(Get|Post|Put|Delete|Patch|Methods|Group|Hub|Fallback\w*|PrometheusScrapingEndpoint|OpenApi|ScalarApiReference|HealthChecks|RazorPages|Controllers)|Map)\s*(<[^>()]*>)?\s*\(",
        RegexOptions.Compiled);

    [Fact]
    public void Every_route_map_in_src_Platform_is_in_an_Api_file_or_the_composition()
    {
        var platform = Path.Combine(RouteListTests.RepositoryRoot(), "src", "Platform");
        var offenders = SourceFiles(platform)
            .Where(f => !Allowed(Path.GetRelativePath(platform, f)))
            .SelectMany(f => MapCalls(File.ReadAllText(f)).Select(line => $"{Path.GetRelativePath(platform, f)}:{line}"))
            .ToList();

        Assert.True(offenders.Count == 0, "map these in the area's *Api.cs:\n  " + string.Join("\n  ", offenders));
        Assert.Contains(SourceFiles(platform), f => f.EndsWith("TermApi.cs", StringComparison.Ordinal) && MapCalls(File.ReadAllText(f)).Count > 20);
    }

    [Theory]
    [InlineData("app.MapGet(\"/x\", H);", 1)]
    [InlineData("g.MapPost(\"/x\", H).RequireAuthorization();", 1)]
    [InlineData("app.MapGroup(\"/api/x\")", 1)]
    [InlineData("app.MapHub<Hub>(\"/hub\");", 1)]
    [InlineData("app.Map(\"/test-login\", b => b.Run(h));", 1)]
    [InlineData("app.MapPrometheusScrapingEndpoint(\"/metrics\");", 1)]
    [InlineData("var x = ApplicationMapper.Map(app); await MapAsync(app, ct); Mapper.MapFrom(y);", 0)]
    public void The_scan_finds_route_maps_and_not_other_methods_called_Map(string code, int expected) =>
        Assert.Equal(expected, MapCalls(code).Count);

    private static List<int> MapCalls(string code)
    {
        var lines = new List<int>();
        foreach (Match m in MapCall.Matches(code))
        {
            // A receiver that is a type (ApplicationMapper.Map) or ends in "Mapper" is a mapping helper, not a route.
            var before = code[..m.Index];
            var receiver = Regex.Match(before, @"([A-Za-z_][A-Za-z0-9_]*)\s*$").Groups[1].Value;
            if (m.Groups[1].Value == "Map" && (receiver.EndsWith("Mapper", StringComparison.Ordinal) || receiver.Length > 0 && char.IsUpper(receiver[0]))) continue;
            lines.Add(before.Count(c => c == '\n') + 1);
        }

        return lines;
    }

    private static bool Allowed(string relative) =>
        relative.EndsWith("Api.cs", StringComparison.Ordinal)
        || relative is "Program.cs" or "PlatformApp.cs"
        || relative.StartsWith("Pages" + Path.DirectorySeparatorChar, StringComparison.Ordinal);

    private static IEnumerable<string> SourceFiles(string platform) =>
        Directory.EnumerateFiles(platform, "*.cs", SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(platform, f).Split(Path.DirectorySeparatorChar)
                .Any(part => part is "bin" or "obj" or "node_modules" or "ClientApp" or "wwwroot"));
}

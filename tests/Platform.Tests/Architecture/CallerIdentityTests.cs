using System.Text.RegularExpressions;

namespace RentToOwn.Platform.Tests.Architecture;

/// <summary>
/// Issue 11 §2: the caller comes from one helper. Handlers in <c>*Api.cs</c> take <c>Identity/CurrentUser</c> (bound once per
/// request, required by every policy) instead of reading claims; and nowhere is a missing account turned into
/// <c>Guid.Empty</c>, which would silently match nothing instead of refusing.
/// </summary>
public sealed class CallerIdentityTests
{
    // AuthApi builds the session: it reads the principal it has just issued.
    private static readonly string[] BuildsTheSession = ["AuthApi.cs"];

    [Fact]
    public void Api_handlers_take_the_caller_as_CurrentUser_not_from_claims()
    {
        var offenders = Files("*Api.cs").Where(f => !BuildsTheSession.Contains(Path.GetFileName(f)))
            .SelectMany(f => Matches(f, @"PlatformClaims\.(AccountOf|IinOf|HeadOfBin)\(|\bhttp\.User\b")).ToList();
        Assert.True(offenders.Count == 0, "take CurrentUser (or the area's [AsParameters] record) instead:\n  " + string.Join("\n  ", offenders));
    }

    [Fact]
    public void No_missing_account_becomes_Guid_Empty()
    {
        var offenders = Files("*.cs").SelectMany(f => Matches(f, @"AccountOf\([^;]*\?\?\s*Guid\.Empty")).ToList();
        Assert.True(offenders.Count == 0, "use PlatformClaims.Current(user).AccountId (refuses) instead of ?? Guid.Empty:\n  " + string.Join("\n  ", offenders));
    }

    [Theory]
    [InlineData("var a = PlatformClaims.AccountOf(http.User) ?? Guid.Empty;", true)]
    [InlineData("Pay(lease, (PlatformClaims.AccountOf(User) ?? Guid.Empty), ct);", true)]
    [InlineData("var a = PlatformClaims.Current(User).AccountId;", false)]
    [InlineData("if (request.RegistrarAccountId == Guid.Empty) return Refused();", false)]
    public void The_Guid_Empty_scan_finds_the_fallback_and_nothing_else(string line, bool found) =>
        Assert.Equal(found, Regex.IsMatch(line, @"AccountOf\([^;]*\?\?\s*Guid\.Empty"));

    private static IEnumerable<string> Matches(string file, string pattern)
    {
        var lines = File.ReadAllLines(file);
        for (var i = 0; i < lines.Length; i++)
        {
            if (Regex.IsMatch(lines[i], pattern)) yield return $"{Path.GetRelativePath(RouteListTests.RepositoryRoot(), file)}:{i + 1}: {lines[i].Trim()}";
        }
    }

    private static List<string> Files(string pattern)
    {
        var platform = Path.Combine(RouteListTests.RepositoryRoot(), "src", "Platform");
        var files = Directory.EnumerateFiles(platform, pattern, SearchOption.AllDirectories)
            .Where(f => !Path.GetRelativePath(platform, f).Split(Path.DirectorySeparatorChar).Any(p => p is "bin" or "obj" or "node_modules" or "ClientApp"))
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }
}

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
            .SelectMany(f => Matches(f, @"PlatformClaims\.(AccountOf|IinOf|HeadOfBin)\(|\bhttp\.User\b|FindFirst|ClaimTypes\.|System\.Security\.Claims")).ToList();
        Assert.True(offenders.Count == 0, "take CurrentUser (or the area's [AsParameters] record) instead:\n  " + string.Join("\n  ", offenders));
    }

    // Issue 11 §2: pages and hubs read the caller through the same helper (this.Caller(), Context.Caller()), never a claim.
    private const string ClaimRead = @"PlatformClaims\.(AccountOf|IinOf|HeadOfBin|Current|CurrentOf)\(|FindFirst|ClaimTypes\.|System\.Security\.Claims";

    [Fact]
    public void Pages_and_hubs_take_the_caller_from_the_one_helper()
    {
        var platform = Path.Combine(RouteListTests.RepositoryRoot(), "src", "Platform");
        var scanned = Files("*.cs").Where(f => Path.GetRelativePath(platform, f).StartsWith("Pages" + Path.DirectorySeparatorChar, StringComparison.Ordinal)
            || f.EndsWith("Hub.cs", StringComparison.Ordinal)).ToList();
        Assert.Contains(scanned, f => f.EndsWith("VideoSessionHub.cs", StringComparison.Ordinal));
        Assert.Contains(scanned, f => f.EndsWith("Checkout.cshtml.cs", StringComparison.Ordinal));
        var offenders = scanned.SelectMany(f => Matches(f, ClaimRead)).ToList();
        Assert.True(offenders.Count == 0, "use this.Caller() / this.CallerOrNull() (pages) or Context.Caller() (hubs) instead:\n  " + string.Join("\n  ", offenders));
    }

    [Theory]
    [InlineData("var iin = PlatformClaims.IinOf(User)!;", true)]
    [InlineData("var me = PlatformClaims.Current(User).AccountId;", true)]
    [InlineData("var id = User.FindFirstValue(\"rto:account\");", true)]
    [InlineData("using System.Security.Claims;", true)]
    [InlineData("var me = this.Caller().AccountId;", false)]
    [InlineData("Context.Caller()?.AccountId ?? throw new HubException(\"…\");", false)]
    public void The_claim_read_scan_finds_claim_reads_and_nothing_else(string line, bool found) =>
        Assert.Equal(found, Regex.IsMatch(line, ClaimRead));

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

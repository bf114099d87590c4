using System.Text.RegularExpressions;

namespace RentToOwn.Platform.Tests.Architecture;

/// <summary>
/// Issue 11: one way to accept a signature. In src/Platform only <c>Signing/</c> calls the Eds verifier
/// (<c>Signing/SignatureVerifier</c>), and only <c>Signing/</c> and the ledger composition (<c>Ledger/</c>) append to the
/// LedgerAdapter's ledger (<c>ISigningLedger.AppendAsync</c>); areas append through <c>Signing/LedgerRecorder</c>.
/// </summary>
public sealed class SignaturePlacementTests
{
    private const string Verifier = @"\bCadesVerifier\b";

    // What reaches the adapter's ledger: PlatformLedger.LedgerAsync (an ISigningLedger) or an adapter ledger type.
    private const string AdapterLedger = @"\.LedgerAsync\(|\b(ISigningLedger|EmbeddedLedger|RemoteLedger|RecordingLedger)\b";

    private const string Append = @"\bAppendAsync\s*\(";

    [Fact]
    public void Only_Signing_calls_the_Eds_verifier()
    {
        var offenders = Outside("Signing").SelectMany(f => Matches(f.Path, f.Text, Verifier)).ToList();
        Assert.True(offenders.Count == 0, "verify through Signing/SignatureVerifier (or SignatureAcceptance) instead:\n  " + string.Join("\n  ", offenders));
    }

    [Fact]
    public void Only_Signing_and_Ledger_append_to_the_adapter_ledger()
    {
        var files = Outside("Signing", "Ledger").ToList();
        // The scan sees the areas that append through LedgerRecorder, and the readers of the adapter's ledger.
        Assert.Contains(files, f => f.Path.EndsWith("PaymentCallbackProcessor.cs", StringComparison.Ordinal) && Regex.IsMatch(f.Text, Append));
        Assert.Contains(files, f => f.Path.EndsWith("PublicVerifier.cs", StringComparison.Ordinal) && Regex.IsMatch(f.Text, AdapterLedger));
        var offenders = files.SelectMany(f => DirectAppends(f.Path, f.Text)).ToList();
        Assert.True(offenders.Count == 0, "append through Signing/LedgerRecorder.AppendAsync instead:\n  " + string.Join("\n  ", offenders));
    }

    [Theory]
    [InlineData("var receipt = await ledger.AppendAsync(record, ct);", 0)]
    [InlineData("var entry = await (await ledger.LedgerAsync(ct)).GetAsync(leaf, ct);", 0)]
    [InlineData("var r = await (await ledger.LedgerAsync(ct)).AppendAsync(record, ct);", 1)]
    [InlineData("var log = await platform.LedgerAsync(ct);\nvar r = await log.AppendAsync(record, ct);", 1)]
    [InlineData("ISigningLedger log = Open();\nawait log.AppendAsync(record, ct);", 1)]
    [InlineData("sealed class Logged(ISigningLedger inner) : RecordingLedger(inner) { }", 0)]
    public void The_append_scan_finds_appends_to_the_adapter_ledger_and_not_LedgerRecorder(string code, int expected) =>
        Assert.Equal(expected, DirectAppends("X.cs", code).Count());

    [Theory]
    [InlineData("CadesVerifier verifier,", true)]
    [InlineData("new Eds.Verification.CadesVerifier().Verify(d, c, p)", true)]
    [InlineData("SignatureVerifier signatures, CadesVerifierOptions options", false)]
    public void The_verifier_scan_finds_the_Eds_verifier_and_nothing_else(string line, bool found) =>
        Assert.Equal(found, Regex.IsMatch(line, Verifier));

    // A file that reaches the adapter's ledger may read it; any append in it is direct.
    private static IEnumerable<string> DirectAppends(string path, string text) =>
        Regex.IsMatch(text, AdapterLedger) ? Matches(path, text, Append) : [];

    private static IEnumerable<string> Matches(string path, string text, string pattern)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            if (Regex.IsMatch(lines[i], pattern)) yield return $"{path}:{i + 1}: {lines[i].Trim()}";
        }
    }

    // The .cs files of src/Platform outside the given top-level folders, with their paths relative to the repository.
    private static IEnumerable<(string Path, string Text)> Outside(params string[] allowed)
    {
        var root = RouteListTests.RepositoryRoot();
        var platform = Path.Combine(root, "src", "Platform");
        var files = Directory.EnumerateFiles(platform, "*.cs", SearchOption.AllDirectories)
            .Select(f => (Full: f, Parts: Path.GetRelativePath(platform, f).Split(Path.DirectorySeparatorChar)))
            .Where(f => !f.Parts.Any(p => p is "bin" or "obj" or "node_modules" or "ClientApp") && !(f.Parts.Length > 1 && allowed.Contains(f.Parts[0])))
            .Select(f => (Path.GetRelativePath(root, f.Full), File.ReadAllText(f.Full)))
            .ToList();
        Assert.NotEmpty(files);
        return files;
    }
}

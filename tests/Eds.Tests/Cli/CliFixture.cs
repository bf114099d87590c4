using RentToOwn.Eds.Pki;

namespace RentToOwn.Eds.Tests.Cli;

/// <summary>One `rto pki init` folder shared by the CLI tests (deleted afterwards).</summary>
public sealed class CliFixture : IDisposable
{
    public CliFixture()
    {
        Directory = Path.Combine(Path.GetTempPath(), "rto-eds-cli-" + Guid.NewGuid().ToString("N"));
        Assert.Equal(0, Rto.Run("pki", "init", "--out", Directory));
        Manifest = PkiDirectory.ReadManifest(Directory);
    }

    public string Directory { get; }

    public PkiManifest Manifest { get; }

    public string Trust => Path.Combine(Directory, Manifest.TrustDirectory);

    public ManifestKey Key(string role, string algorithm, string purpose = "sign") =>
        Manifest.Parties.Single(p => p.Role == role).Keys.Single(k => k.Algorithm == algorithm && k.Purpose == purpose);

    public string PathOf(ManifestKey key) => Path.Combine(Directory, key.Path);

    public string File(string name) => Path.Combine(Directory, name);

    public void Dispose() => System.IO.Directory.Delete(Directory, recursive: true);
}

using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Pki;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>The demo parties' test keys from a PKI folder.</summary>
internal static class DemoKeys
{
    public static ManifestParty Party(string pkiDir, string role) =>
        PkiDirectory.ReadManifest(pkiDir).Parties.Single(p => p.Role == role);

    public static string PathOf(string pkiDir, string role, string purpose = "auth", string algorithm = "rsa") =>
        Path.Combine(pkiDir, Party(pkiDir, role).Keys.Single(k => k.Purpose == purpose && k.Algorithm == algorithm).Path);

    public static Pkcs12Key Load(string pkiDir, string role, string purpose = "auth", string algorithm = "rsa") =>
        Pkcs12Key.Load(File.ReadAllBytes(PathOf(pkiDir, role, purpose, algorithm)), PkiDirectory.KeyPassword);
}

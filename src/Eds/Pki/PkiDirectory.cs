using System.Text.Json;
using System.Text.Json.Serialization;
using Org.BouncyCastle.X509;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.Pki;

/// <summary>
/// Stores a <see cref="TestPki"/> in a folder: ca/*.p12 (CA and TSA keys), trust/*.cer + trust/*.crl,
/// keys/&lt;role&gt;/*.p12, state.json (issued serials, revocations) and manifest.json. TEST KEYS ONLY.
/// </summary>
public static class PkiDirectory
{
    /// <summary>Password of every demo .p12 (NCA's test keys use the same one).</summary>
    public const string KeyPassword = "Qwerty12";

    private const string CaPassword = "test-ca-only";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        DefaultIgnoreCondition = JsonIgnoreCondition.WhenWritingNull,
    };

    /// <summary>Creates the PKI and demo parties in <paramref name="directory"/> and returns the manifest.</summary>
    public static PkiManifest Init(string directory, TimeProvider time)
    {
        var pki = TestPki.Create(time);
        Directory.CreateDirectory(directory);
        var parties = new List<ManifestParty>();
        foreach (var group in pki.IssueDemoKeys().GroupBy(k => k.Party))
        {
            var party = group.Key;
            var keys = group.Select(k => WriteKey(directory, k)).ToArray();
            parties.Add(new ManifestParty(party.Role, party.CommonName, party.Iin.Value, party.Bin?.Value, party.Organization, party.RoleOids, keys));
        }

        SaveAuthorities(directory, pki);
        var manifest = new PkiManifest(
            "trust",
            ["trust/root.cer"],
            ["trust/rsa-ca.cer", "trust/gost-ca.cer"],
            ["trust/root.crl", "trust/rsa-ca.crl", "trust/gost-ca.crl"],
            "ca/tsa.cer",
            parties);
        File.WriteAllText(Path.Combine(directory, "manifest.json"), JsonSerializer.Serialize(manifest, Json));
        return manifest;
    }

    /// <summary>Loads the CAs, TSA and state from a folder made by <see cref="Init"/>.</summary>
    public static TestPki Load(string directory, TimeProvider time)
    {
        var statePath = Path.Combine(directory, "state.json");
        if (!File.Exists(statePath))
        {
            throw new InvalidDataException($"{directory} is not a PKI folder (no state.json); run `rto pki init --out {directory}`");
        }

        var state = JsonSerializer.Deserialize<PkiState>(File.ReadAllText(statePath), Json) ?? throw new InvalidDataException("empty state.json");
        CertificateAuthority LoadCa(string name)
        {
            var key = Pkcs12Key.Load(File.ReadAllBytes(Path.Combine(directory, "ca", name + ".p12")), CaPassword);
            var ca = state.Authorities.First(a => a.Name == name);
            return new CertificateAuthority(name, key.PrivateKey, key.Certificate,
                ca.Revocations, ca.Issued, ca.CrlNumber);
        }

        var tsa = Pkcs12Key.Load(File.ReadAllBytes(Path.Combine(directory, "ca", "tsa.p12")), CaPassword);
        return new TestPki(LoadCa("root"), LoadCa("rsa-ca"), LoadCa("gost-ca"), tsa, time);
    }

    /// <summary>Writes CA keys, certificates, fresh CRLs and state.json.</summary>
    public static void SaveAuthorities(string directory, TestPki pki)
    {
        Directory.CreateDirectory(Path.Combine(directory, "ca"));
        Directory.CreateDirectory(Path.Combine(directory, "trust"));
        foreach (var ca in pki.Authorities)
        {
            var chain = ca == pki.Root ? Array.Empty<X509Certificate>() : [pki.Root.Certificate];
            WriteSecret(Path.Combine(directory, "ca", ca.Name + ".p12"), new Pkcs12Key(ca.PrivateKey, ca.Certificate, chain).Save(CaPassword));
            File.WriteAllBytes(Path.Combine(directory, "trust", ca.Name + ".cer"), ca.Certificate.GetEncoded());
            File.WriteAllBytes(Path.Combine(directory, "trust", ca.Name + ".crl"), pki.PublishCrl(ca));
        }

        WriteSecret(Path.Combine(directory, "ca", "tsa.p12"), pki.TsaKey.Save(CaPassword));
        File.WriteAllBytes(Path.Combine(directory, "ca", "tsa.cer"), pki.TsaKey.Certificate.GetEncoded());
        var state = new PkiState(pki.Authorities.Select(a => new AuthorityState(a.Name, a.Issued.ToArray(), a.Revocations.ToArray(), a.CrlNumber)).ToArray());
        File.WriteAllText(Path.Combine(directory, "state.json"), JsonSerializer.Serialize(state, Json));
    }

    /// <summary>Writes an issued key as keys/&lt;role&gt;/&lt;NCA file name&gt; and returns its manifest entry.</summary>
    public static ManifestKey WriteKey(string directory, IssuedKey key, string password = KeyPassword)
    {
        var relative = Path.Combine("keys", key.Party.Role, key.FileName);
        var full = Path.Combine(directory, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        WriteSecret(full, key.Key.Save(password));
        return new ManifestKey(
            key.Algorithm == KeyAlgorithm.Rsa ? "rsa" : "gost",
            key.Purpose == KeyPurpose.Signing ? "sign" : "auth",
            relative.Replace('\\', '/'),
            password,
            key.SerialHex,
            new DateTimeOffset(key.Key.Certificate.NotAfter, TimeSpan.Zero));
    }

    /// <summary>Reads DIR/manifest.json.</summary>
    public static PkiManifest ReadManifest(string directory) =>
        JsonSerializer.Deserialize<PkiManifest>(File.ReadAllText(Path.Combine(directory, "manifest.json")), Json)
        ?? throw new InvalidDataException("empty manifest.json");

    private sealed record PkiState(IReadOnlyList<AuthorityState> Authorities);

    private sealed record AuthorityState(string Name, IReadOnlyList<string> Issued, IReadOnlyList<Revocation> Revocations, long CrlNumber);

    // Private keys: owner read/write only (0600), also when the file already existed.
    private static void WriteSecret(string path, byte[] bytes)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var stream = new FileStream(path, options)) stream.Write(bytes);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }
}

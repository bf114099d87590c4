using System.Text.Json;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Certificates;

namespace RentToOwn.Eds.NcaLayer;

/// <summary>
/// The keys the local signer holds, and how it picks one without a person at the keyboard:
/// (1) purpose from the request (keyType SIGNATURE/AUTHENTICATION, or EKU 1.3.6.1.5.5.7.3.4 / .2 in
/// extKeyUsageOids); (2) every other OID of extKeyUsageOids (e.g. a role 1.2.398.3.3.4.1.2.1) must be in the
/// certificate's EKU; (3) the configured <see cref="KeyChoice"/> (IIN, algorithm); (4) GOST before RSA, then
/// the certificate valid longest; ties by file name.
/// </summary>
public sealed class KeyRing(IReadOnlyList<SignerKey> keys, KeyChoice choice)
{
    /// <summary>All keys.</summary>
    public IReadOnlyList<SignerKey> Keys { get; } = keys;

    /// <summary>
    /// Loads every *.p12 under <paramref name="directory"/>. Passwords come from a manifest.json found in the
    /// folder or a parent (as <c>rto pki init</c> writes), else <paramref name="password"/>. Files that do not open are skipped.
    /// </summary>
    public static KeyRing Load(string directory, string? password, KeyChoice choice, IList<string>? skipped = null)
    {
        var passwords = ManifestPasswords(directory);
        var keys = new List<SignerKey>();
        foreach (var file in Directory.EnumerateFiles(directory, "*.p12", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
        {
            var full = Path.GetFullPath(file);
            var pass = passwords.TryGetValue(full, out var p) ? p : password;
            if (pass is null)
            {
                skipped?.Add($"{file}: no password");
                continue;
            }

            try
            {
                var key = Pkcs12Key.Load(File.ReadAllBytes(file), pass);
                KeyPurpose? purpose = NcaCertificates.Allows(key.Certificate, KeyPurpose.Signing) ? KeyPurpose.Signing
                    : NcaCertificates.Allows(key.Certificate, KeyPurpose.Authentication) ? KeyPurpose.Authentication : null;
                keys.Add(new SignerKey(key, Signatures.AlgorithmOf(key.PrivateKey), purpose, NcaCertificates.Subject(key.Certificate), full));
            }
            catch (Exception e) when (e is InvalidDataException or NotSupportedException)
            {
                skipped?.Add($"{file}: {e.Message}");
            }
        }

        return new KeyRing(keys, choice);
    }

    /// <summary>Picks a key, or null with nothing matching.</summary>
    public SignerKey? Choose(KeyPurpose? purpose, IReadOnlyCollection<string> requiredEkuOids, DateTimeOffset now) =>
        Keys.Where(k => purpose is null || k.Purpose == purpose)
            .Where(k => requiredEkuOids.All(o => NcaCertificates.ExtendedKeyUsages(k.Key.Certificate).Contains(o)))
            .Where(k => choice.Iin is null || choice.Iin == k.Subject.Iin)
            .Where(k => choice.Algorithm is null || choice.Algorithm == k.Algorithm)
            .Where(k => k.Key.Certificate.NotBefore <= now.UtcDateTime && now.UtcDateTime <= k.Key.Certificate.NotAfter)
            .OrderBy(k => k.Algorithm == KeyAlgorithm.Gost ? 0 : 1)
            .ThenByDescending(k => k.Key.Certificate.NotAfter)
            .ThenBy(k => k.Path, StringComparer.Ordinal)
            .FirstOrDefault();

    private static Dictionary<string, string> ManifestPasswords(string directory)
    {
        var result = new Dictionary<string, string>();
        for (var dir = new DirectoryInfo(Path.GetFullPath(directory)); dir is not null; dir = dir.Parent)
        {
            var manifest = Path.Combine(dir.FullName, "manifest.json");
            if (!File.Exists(manifest))
            {
                continue;
            }

            try
            {
                using var doc = JsonDocument.Parse(File.ReadAllText(manifest));
                foreach (var party in doc.RootElement.GetProperty("parties").EnumerateArray())
                {
                    foreach (var key in party.GetProperty("keys").EnumerateArray())
                    {
                        result[Path.GetFullPath(Path.Combine(dir.FullName, key.GetProperty("path").GetString()!))] = key.GetProperty("password").GetString()!;
                    }
                }
            }
            catch (Exception e) when (e is JsonException or KeyNotFoundException or InvalidOperationException)
            {
                // Not a PKI manifest: fall back to the --password.
            }

            break;
        }

        return result;
    }
}

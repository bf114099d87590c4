using System.Security.Cryptography;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Payments.Sandbox;

/// <summary>
/// The sandbox acquirer's callback-signing key: an ECDSA P-256 TEST key generated into the data directory
/// on first start (file name says TEST-KEY). A real acquirer keeps its key; the platform only gets the public half.
/// </summary>
public sealed class SandboxAcquirerKey : IDisposable
{
    private readonly ECDsa _key;

    /// <summary>Loads the key, creating it on first start.</summary>
    public SandboxAcquirerKey(DataDirectory data, IOptions<PaymentsOptions> options)
    {
        var path = Path.GetFullPath(options.Value.Sandbox.KeyFile, data.Path);
        _key = ECDsa.Create();
        if (File.Exists(path))
        {
            _key.ImportFromPem(File.ReadAllText(path));
        }
        else
        {
            _key.GenerateKey(ECCurve.NamedCurves.nistP256);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var pem = "# RentToOwn SANDBOX acquirer TEST KEY: signs sandbox payment callbacks only. Never use in production.\n"
                + _key.ExportPkcs8PrivateKeyPem() + "\n";
            var tmp = path + ".tmp";
            KeyFiles.WriteAllText(tmp, pem);
            File.Move(tmp, path, overwrite: false);
        }

        PublicKeyPem = _key.ExportSubjectPublicKeyInfoPem();
        KeyId = "sandbox-test-" + Convert.ToHexStringLower(SHA256.HashData(_key.ExportSubjectPublicKeyInfo()))[..16];
    }

    /// <summary>The public key (SubjectPublicKeyInfo PEM) a platform configures to trust this acquirer.</summary>
    public string PublicKeyPem { get; }

    /// <summary>Key id sent with each callback.</summary>
    public string KeyId { get; }

    /// <summary>ECDSA P-256 / SHA-256 over <paramref name="data"/>, IEEE P1363 (r‖s).</summary>
    public byte[] Sign(ReadOnlySpan<byte> data) => _key.SignData(data, HashAlgorithmName.SHA256);

    /// <inheritdoc />
    public void Dispose() => _key.Dispose();
}

using System.Security.Cryptography;
using System.Text;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Eds.Certificates;
using RentToOwn.Eds.Signing;
using RentToOwn.LedgerAdapter;
using RentToOwn.LedgerAdapter.Records;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Signing;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Tests.Verification;

/// <summary>
/// Test contracts: a small PDF signed with the demo parties' test signing keys (RSA .p12), and the ledger record the
/// platform appends for each accepted signature (A.17–A.18: SignatureAdded, subject = contract id, document and CMS
/// hashes, HMAC signer reference, certificate fingerprint, role).
/// </summary>
internal static class SignedContract
{
    public static byte[] Pdf(string text) => Encoding.ASCII.GetBytes(
        "%PDF-1.4\n1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n2 0 obj << /Type /Pages /Kids [] /Count 0 >> endobj\n"
        + $"% {text}\ntrailer << /Root 1 0 R >>\n%%EOF\n");

    /// <summary>The clock the app runs on.</summary>
    public static TimeProvider Clock(PlatformFactory app) => app.UseSystemClock ? TimeProvider.System : app.Time;

    public static Pkcs12Key SigningKey(PlatformFactory app, string role) => DemoKeys.Load(app.PkiDirectory, role, "sign");

    public static byte[] Sign(PlatformFactory app, byte[] document, string role, bool attached = false) =>
        new CadesSigner(Clock(app)).Sign(document, SigningKey(app, role), new CadesSignOptions(Attached: attached));

    /// <summary>Appends the record of one signature through the platform's <see cref="LedgerRecorder"/> (receipt stored), and returns its leaf.</summary>
    public static async Task<LedgerEntry> AppendAsync(PlatformFactory app, string contractId, byte[] document, byte[] cms, string role)
    {
        using var scope = app.Services.CreateScope();
        var recorder = scope.ServiceProvider.GetRequiredService<LedgerRecorder>();
        var stored = await recorder.AppendAsync(new SigningRecord(RecordKind.SignatureAdded, contractId, Sha256Digest.Of(document), Sha256Digest.Of(cms),
            await recorder.ReferenceAsync(DemoKeys.Party(app.PkiDirectory, role).Iin, default), null, role, Clock(app).GetUtcNow()), default);
        await scope.ServiceProvider.GetRequiredService<PlatformDbContext>().SaveChangesAsync();
        var ledger = await app.Services.GetRequiredService<PlatformLedger>().LedgerAsync(default);
        return (await ledger.GetAsync(stored.LeafIndex))!;
    }

    /// <summary>Appends a record that also carries the signer's certificate fingerprint (for parallel signatures in one CMS).</summary>
    public static async Task<LedgerEntry> AppendWithCertificateAsync(PlatformFactory app, string contractId, byte[] document, byte[] cms, string role)
    {
        var platform = app.Services.GetRequiredService<PlatformLedger>();
        var key = SigningKey(app, role);
        var record = new SigningRecord(
            RecordKind.SignatureAdded, contractId, Sha256Digest.Of(document), Sha256Digest.Of(cms),
            await platform.ReferenceAsync(DemoKeys.Party(app.PkiDirectory, role).Iin, default),
            Sha256Digest.FromBytes(SHA256.HashData(key.Certificate.GetEncoded())), role, Clock(app).GetUtcNow());
        var receipt = await (await platform.LedgerAsync(default)).AppendAsync(record);
        return new LedgerEntry(receipt.Index, receipt.Record, receipt.LeafHash);
    }
}

using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Tests.Persistence;

/// <summary>
/// Issue 11, A.18: every stored fact that went to the ledger links its receipt the same way — a GUID <c>…ReceiptId</c> to
/// <c>ledger_receipts</c> — and none keeps a bare leaf index or a copy of the receipt JSON (on both providers' models).
/// </summary>
public sealed class ReceiptLinkModelTests
{
    // Each kind and the column that links its receipt.
    private static readonly string[] Links =
    [
        "ClosingSignature.ReceiptId", // A.39: closing letter and transfer act signatures
        "ContractSignature.ReceiptId", // A.18: contract signatures
        "GuarantorInvitation.ReceiptId", // A.12: the guarantor's signature
        "PaymentRecord.ReceiptId", // A.22: the acquirer's confirmation
        "PersonalDataConsent.ReceiptId", // A.9: the signed consent form
        "PersonalDataConsent.WithdrawalReceiptId", // Appendix: the signed withdrawal
        "RegistrarVerdict.ReceiptId", // A.21: the registrar's verdict
        "RegistrationApplication.FormReceiptId", // A.20, A.31: the applicant's signed form
        "RegistrationApplication.KtkFormReceiptId", // A.22: KTK's certification of the form
        "RegistrationEvent.ReceiptId", // A.25–A.28: cadastre results, and the signed steps on the timeline
        "TenantApplication.ApprovalReceiptId", // A.16: the officer's approval
        "TenantApplication.RefusalReceiptId", // A.16: the head's refusal
        "TenantApplication.SpouseReceiptId", // A.12: the spouse's signature
        "TermAdjustment.ReceiptId", // the adjustment decision
        "TermAdjustment.RefundReceiptId", // the provider's refund
        "TerminationRecord.ReceiptId", // court decision accepted
    ];

    public static TheoryData<string> Providers => new() { "Sqlite", "PostgreSql" };

    private static PlatformDbContext Context(string provider) => provider == "Sqlite"
        ? new SqlitePlatformDbContext(new DbContextOptionsBuilder<SqlitePlatformDbContext>().UseSqlite("Data Source=:memory:").Options)
        : new PostgreSqlPlatformDbContext(new DbContextOptionsBuilder<PostgreSqlPlatformDbContext>().UseNpgsql("Host=unused").Options);

    [Theory]
    [MemberData(nameof(Providers))]
    public void A18_every_ledger_backed_row_links_its_receipt_by_a_guid_receipt_id(string provider)
    {
        using var db = Context(provider);
        var entities = db.Model.GetEntityTypes().Where(t => t.ClrType != typeof(StoredReceipt)).ToList();
        var links = entities.SelectMany(t => t.GetProperties().Where(p => p.Name.EndsWith("ReceiptId", StringComparison.Ordinal))
            .Select(p => (Name: $"{t.ClrType.Name}.{p.Name}", p.ClrType))).ToList();
        Assert.Equal(Links, links.Select(l => l.Name).Order(StringComparer.Ordinal));
        Assert.All(links, l => Assert.True(l.ClrType == typeof(Guid) || l.ClrType == typeof(Guid?), $"{l.Name} is {l.ClrType.Name}, not a GUID"));

        // The other representations are gone: no leaf index, no receipt JSON outside ledger_receipts.
        var others = entities.SelectMany(t => t.GetProperties()
            .Where(p => p.Name.Contains("LeafIndex", StringComparison.Ordinal) || p.Name.Contains("LedgerIndex", StringComparison.Ordinal)
                || p.Name is "LedgerReceipt" or "ReceiptJson")
            .Select(p => $"{t.ClrType.Name}.{p.Name}")).ToList();
        Assert.Empty(others);
    }

    // Rows that keep a copy of a signature accepted (and linked) elsewhere, or one not accepted yet.
    private static readonly string[] Copies =
    [
        "EgovMobileProcedure.Cms", // the QR procedure's pending signature, accepted through its area
        "RegistrationApplication.CourtDecisionCms", // the termination record's certification
        "RegistrationApplication.VerdictCms", // the registrar's verdict
        "RegistrationBasisSignature.Cms", // a basis document's signatures, as filed
    ];

    [Theory]
    [MemberData(nameof(Providers))]
    public void Every_stored_signature_links_its_receipt_beside_it(string provider)
    {
        // Issue 11: X…Cms (or X…SignatureCms) sits beside X…ReceiptId, whatever the kind.
        using var db = Context(provider);
        var missing = db.Model.GetEntityTypes().SelectMany(t => t.GetProperties()
                .Where(p => p.ClrType == typeof(byte[]) && p.Name.EndsWith("Cms", StringComparison.Ordinal))
                .Where(p => !Copies.Contains($"{t.ClrType.Name}.{p.Name}"))
                .Where(p => t.FindProperty(p.Name.Replace("SignatureCms", "Cms", StringComparison.Ordinal)[..^3] + "ReceiptId") is null)
                .Select(p => $"{t.ClrType.Name}.{p.Name}"))
            .ToList();
        Assert.Empty(missing);
    }
}

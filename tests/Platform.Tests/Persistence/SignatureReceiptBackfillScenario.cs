using System.Data.Common;
using System.Security.Cryptography;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Tests.Persistence;

/// <summary>
/// Issues 11 and 17 §3: the SignatureReplayLinks migration on a database at the migration before it. Stored receipts get
/// their signature's SHA-256 from the receipt JSON (a record without a signature keeps none); then the start-up backfill links
/// the A.12 guarantor and spouse signatures, the A.16 approval and refusal and the A.20–A.22 registration forms to their
/// receipts by subject, kind and that hash, and a second run links nothing more.
/// </summary>
internal static class SignatureReceiptBackfillScenario
{
    private const string Migration = "SignatureReplayLinks";
    private static readonly Guid Approved = Guid.NewGuid(), Refused = Guid.NewGuid(), Guarantor = Guid.NewGuid(), Registration = Guid.NewGuid();
    private static readonly byte[] GuarantorCms = [1, 1], SpouseCms = [2, 2], ApprovalCms = [3, 3], RefusalCms = [4, 4], FormCms = [5, 5], KtkFormCms = [6, 6];

    /// <summary>Runs the scenario on a fresh database <paramref name="open"/> reaches; see <see cref="ReceiptLinkBackfill.RunAsync"/>.</summary>
    public static async Task RunAsync(Func<PlatformDbContext> open, Func<DbConnection, Task> withoutForeignKeys, bool postgres)
    {
        var receipts = new Dictionary<string, Guid>();
        await using (var db = open())
        {
            var all = db.Database.GetMigrations().ToList();
            var at = all.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal));
            Assert.True(at > 0, "the SignatureReplayLinks migration exists");
            await db.GetService<IMigrator>().MigrateAsync(all[at - 1]);

            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            await withoutForeignKeys(conn);
            var insert = new ReceiptLinkBackfill.Inserter(conn, postgres);
            var leaf = 0;
            async Task ReceiptAsync(string name, string kind, LedgerSubject subject, byte[]? cms)
            {
                var id = Guid.NewGuid();
                receipts[name] = id;
                var signature = cms is null ? "null" : $"\"{Convert.ToHexStringLower(SHA256.HashData(cms))}\"";
                var json = $"{{\"index\":{leaf},\"record\":{{\"kind\":\"{kind}\",\"subjectId\":\"{subject.Id}\",\"signatureSha256\":{signature}}}}}";
                await insert.RowAsync("ledger_receipts", new()
                {
                    ["Id"] = insert.Guid(id), ["Kind"] = Literal(kind), ["SubjectId"] = Literal(subject.Id), ["LeafIndex"] = (leaf++).ToString(System.Globalization.CultureInfo.InvariantCulture),
                    ["ReceiptJson"] = Literal(json), ["CreatedAt"] = "'2026-12-01 10:00:00+00:00'",
                });
            }

            // Two ApplicationSigned records of one application (guarantor, spouse) told apart by the signature's hash only.
            await ReceiptAsync("guarantor", "ApplicationSigned", LedgerSubject.Application(Approved), GuarantorCms);
            await ReceiptAsync("spouse", "ApplicationSigned", LedgerSubject.Application(Approved), SpouseCms);
            await ReceiptAsync("approval", "ApprovalSigned", LedgerSubject.Application(Approved), ApprovalCms);
            await ReceiptAsync("refusal", "RefusalSigned", LedgerSubject.Application(Refused), RefusalCms);
            await ReceiptAsync("form", "ApplicationSigned", LedgerSubject.Registration(Registration), FormCms);
            await ReceiptAsync("ktk-form", "ApplicationSigned", LedgerSubject.Registration(Registration), KtkFormCms);
            await ReceiptAsync("payment", "PaymentConfirmed", LedgerSubject.Payment(Guid.NewGuid()), null);
            // The same spouse bytes on another application's subject must not be taken for this one's.
            await ReceiptAsync("elsewhere", "ApplicationSigned", LedgerSubject.Application(Guid.NewGuid()), SpouseCms);

            await insert.RowAsync("applications", new()
            {
                ["Id"] = insert.Guid(Approved), ["SpouseSignatureCms"] = insert.Bytes(SpouseCms), ["ApprovalSignatureCms"] = insert.Bytes(ApprovalCms),
            });
            await insert.RowAsync("applications", new() { ["Id"] = insert.Guid(Refused), ["RefusalSignatureCms"] = insert.Bytes(RefusalCms) });
            await insert.RowAsync("guarantor_invitations", new()
            {
                ["Id"] = insert.Guid(Guarantor), ["ApplicationId"] = insert.Guid(Approved), ["SignatureCms"] = insert.Bytes(GuarantorCms),
            });
            await insert.RowAsync("registration_applications", new()
            {
                ["Id"] = insert.Guid(Registration), ["FormCms"] = insert.Bytes(FormCms), ["KtkFormCms"] = insert.Bytes(KtkFormCms),
            });
            await conn.CloseAsync();
        }

        await using (var db = open())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());
            var hashes = await db.LedgerReceipts.ToDictionaryAsync(r => r.Id, r => r.SignatureSha256);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(SpouseCms)), hashes[receipts["spouse"]]);
            Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(KtkFormCms)), hashes[receipts["ktk-form"]]);
            Assert.Null(hashes[receipts["payment"]]);

            Assert.Equal(6, await SignatureReceiptBackfill.RunAsync(db, default));
            Assert.Equal(0, await SignatureReceiptBackfill.RunAsync(db, default)); // linked rows are left alone
        }

        await using (var db = open())
        {
            // Projections: the placeholder values of the other columns need not read back as the model's types.
            var apps = await db.Applications.Select(a => new { a.Id, a.SpouseReceiptId, a.ApprovalReceiptId, a.RefusalReceiptId }).ToDictionaryAsync(a => a.Id);
            Assert.Equal(receipts["spouse"], apps[Approved].SpouseReceiptId);
            Assert.Equal(receipts["approval"], apps[Approved].ApprovalReceiptId);
            Assert.Equal(receipts["refusal"], apps[Refused].RefusalReceiptId);
            Assert.Null(apps[Refused].SpouseReceiptId);
            Assert.Equal(receipts["guarantor"], await db.GuarantorInvitations.Where(g => g.Id == Guarantor).Select(g => g.ReceiptId).SingleAsync());
            var form = await db.Set<RegistrationApplication>().Where(a => a.Id == Registration).Select(a => new { a.FormReceiptId, a.KtkFormReceiptId }).SingleAsync();
            Assert.Equal((receipts["form"], receipts["ktk-form"]), (form.FormReceiptId, form.KtkFormReceiptId));
        }
    }

    private static string Literal(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";
}

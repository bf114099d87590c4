using System.Data.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Infrastructure;
using Microsoft.EntityFrameworkCore.Migrations;
using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Payments;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Registration.Model;
using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.Tests.Persistence;

/// <summary>
/// Issue 11, A.18: the UniformReceiptLinks migration on a database at the migration before it, holding rows linked the old
/// ways (a bare leaf index; a verdict's receipt JSON with and without a ledger_receipts row): after migrating, every row
/// links its receipt by ReceiptId, and the verdict whose receipt was only JSON has it as a ledger_receipts row.
/// </summary>
internal static class ReceiptLinkBackfill
{
    private const string Migration = "UniformReceiptLinks";
    private static readonly Guid WithdrawalReceipt = Guid.Parse("0d5ab0a1-0000-4000-8000-000000000001");
    private static readonly Guid PaymentReceipt = Guid.Parse("0d5ab0a1-0000-4000-8000-000000000002");
    private static readonly Guid ResultReceipt = Guid.Parse("0d5ab0a1-0000-4000-8000-000000000003");
    private static readonly Guid VerdictReceipt = Guid.Parse("0d5ab0a1-0000-4000-8000-000000000004");
    private static readonly Guid WithdrawnConsent = Guid.Parse("c0c0c0c0-0000-4000-8000-000000000001");
    private static readonly Guid LiveConsent = Guid.NewGuid(); // any GUID: its subject id is computed in SQL
    private static readonly Guid WithdrawnGrantReceipt = Guid.Parse("0d5ab0a1-0000-4000-8000-000000000005");
    private static readonly Guid LiveGrantReceipt = Guid.Parse("0d5ab0a1-0000-4000-8000-000000000006");
    private static readonly Guid PaidPayment = Guid.Parse("9a9a9a9a-0000-4000-8000-000000000001");
    private static readonly Guid PendingPayment = Guid.Parse("9a9a9a9a-0000-4000-8000-000000000002");
    private static readonly Guid CadastreEvent = Guid.Parse("e0e0e0e0-0000-4000-8000-000000000001");
    private static readonly Guid PlatformEvent = Guid.Parse("e0e0e0e0-0000-4000-8000-000000000002");
    private static readonly Guid JsonOnlyVerdict = Guid.Parse("7e7e7e7e-0000-4000-8000-000000000001");
    private static readonly Guid LinkedVerdict = Guid.Parse("7e7e7e7e-0000-4000-8000-000000000002");
    private static readonly Guid Session = Guid.Parse("5e5e5e5e-0000-4000-8000-000000000001");
    private const string JsonReceipt = """{"index":9,"leafHash":"ab","record":{"kind":"RegistrarVerdict","subjectId":"registration:AAAA"},"checkpoint":"log\n10\nroot\n","inclusionProof":[]}""";

    /// <summary>
    /// Creates the database at the migration before UniformReceiptLinks, inserts old-style rows through
    /// a connection that <paramref name="withoutForeignKeys"/> stops enforcing foreign keys (the parents do not matter here),
    /// migrates and checks every link.
    /// </summary>
    public static async Task RunAsync(Func<PlatformDbContext> open, Func<DbConnection, Task> withoutForeignKeys, bool postgres)
    {
        await using (var db = open())
        {
            var all = db.Database.GetMigrations().ToList();
            var at = all.FindIndex(m => m.EndsWith("_" + Migration, StringComparison.Ordinal));
            Assert.True(at > 0, "the UniformReceiptLinks migration exists");
            await db.GetService<IMigrator>().MigrateAsync(all[at - 1]);
            Assert.Contains(all[at], await db.Database.GetPendingMigrationsAsync());

            var conn = db.Database.GetDbConnection();
            await conn.OpenAsync();
            await withoutForeignKeys(conn);
            var insert = new Inserter(conn, postgres);
            // Receipts LedgerRecorder kept: the withdrawal's (leaf 5), the payment's (6), a cadastre result's (7), a verdict's (8).
            await insert.RowAsync("ledger_receipts", Receipt(insert, WithdrawalReceipt, "ConsentWithdrawn", 5));
            await insert.RowAsync("ledger_receipts", Receipt(insert, PaymentReceipt, "PaymentConfirmed", 6));
            await insert.RowAsync("ledger_receipts", Receipt(insert, ResultReceipt, "RegistrationResult", 7));
            await insert.RowAsync("ledger_receipts", Receipt(insert, VerdictReceipt, "RegistrarVerdict", 8));
            // A.9: the signed consent forms' receipts, found before only by their subject (consent:<base64url id>).
            await insert.RowAsync("ledger_receipts", Receipt(insert, WithdrawnGrantReceipt, "ConsentGiven", 3, LedgerSubjects.For("consent", WithdrawnConsent)));
            await insert.RowAsync("ledger_receipts", Receipt(insert, LiveGrantReceipt, "ConsentGiven", 4, LedgerSubjects.For("consent", LiveConsent)));
            await insert.RowAsync("consents", new() { ["Id"] = insert.Guid(WithdrawnConsent), ["WithdrawalLeafIndex"] = "5" });
            await insert.RowAsync("consents", new() { ["Id"] = insert.Guid(LiveConsent) });
            await insert.RowAsync("payments", new() { ["Id"] = insert.Guid(PaidPayment), ["LedgerIndex"] = "6", ["ProviderReference"] = "'ref-1'" });
            await insert.RowAsync("payments", new() { ["Id"] = insert.Guid(PendingPayment), ["ProviderReference"] = "'ref-2'" });
            await insert.RowAsync("registration_events", new() { ["Id"] = insert.Guid(CadastreEvent), ["LedgerIndex"] = "7", ["CadastreId"] = "'c-1'", ["Sequence"] = "1" });
            await insert.RowAsync("registration_events", new() { ["Id"] = insert.Guid(PlatformEvent), ["LedgerIndex"] = "5", ["CadastreId"] = "'c-1'", ["Sequence"] = "2" });
            await insert.RowAsync("video_sessions", new() { ["Id"] = insert.Guid(Session), ["SubjectId"] = "'registration:AAAA'" });
            // A.21: a verdict recorded before LedgerRecorder (its receipt only as JSON, leaf 9), and one also in ledger_receipts (leaf 8).
            await insert.RowAsync("registrar_verdicts", new()
            {
                ["Id"] = insert.Guid(JsonOnlyVerdict), ["SessionId"] = insert.Guid(Session), ["LedgerIndex"] = "9",
                ["LedgerReceipt"] = Literal(JsonReceipt), ["CertificateFingerprint"] = Literal(new string('f', 64)), ["RecordedAt"] = At,
            });
            await insert.RowAsync("registrar_verdicts", new()
            {
                ["Id"] = insert.Guid(LinkedVerdict), ["SessionId"] = insert.Guid(Guid.NewGuid()), ["LedgerIndex"] = "8", ["LedgerReceipt"] = Literal("{\"index\":8}"), ["RecordedAt"] = At,
            });
            await conn.CloseAsync();
        }

        await using (var db = open())
        {
            await db.Database.MigrateAsync();
            Assert.Empty(await db.Database.GetPendingMigrationsAsync());

            var consents = await db.Consents.Select(c => new { c.Id, c.WithdrawalReceiptId }).ToDictionaryAsync(c => c.Id, c => c.WithdrawalReceiptId);
            Assert.Equal(WithdrawalReceipt, consents[WithdrawnConsent]);
            Assert.Null(consents[LiveConsent]);
            var grants = await db.Consents.Select(c => new { c.Id, c.ReceiptId }).ToDictionaryAsync(c => c.Id, c => c.ReceiptId);
            Assert.Equal(WithdrawnGrantReceipt, grants[WithdrawnConsent]);
            Assert.Equal(LiveGrantReceipt, grants[LiveConsent]);
            var payments = await db.Set<PaymentRecord>().Select(p => new { p.Id, p.ReceiptId }).ToDictionaryAsync(p => p.Id, p => p.ReceiptId);
            Assert.Equal(PaymentReceipt, payments[PaidPayment]);
            Assert.Null(payments[PendingPayment]);
            var events = await db.Set<RegistrationEvent>().Select(e => new { e.Id, e.ReceiptId }).ToDictionaryAsync(e => e.Id, e => e.ReceiptId);
            Assert.Equal(ResultReceipt, events[CadastreEvent]);
            Assert.Equal(WithdrawalReceipt, events[PlatformEvent]); // a platform step links the receipt of the step it names
            var verdicts = await db.Set<RegistrarVerdict>().Select(v => new { v.Id, v.ReceiptId }).ToDictionaryAsync(v => v.Id, v => v.ReceiptId);
            Assert.Equal(VerdictReceipt, verdicts[LinkedVerdict]);
            Assert.Equal(JsonOnlyVerdict, verdicts[JsonOnlyVerdict]);

            // The JSON-only receipt is now a ledger_receipts row, read through the one lookup like every other.
            var created = await db.ReceiptAsync(verdicts[JsonOnlyVerdict], default);
            Assert.NotNull(created);
            Assert.Equal(("RegistrarVerdict", 9L, JsonReceipt, "registration:AAAA", new string('f', 64)),
                (created.Kind, created.LeafIndex, created.ReceiptJson, created.SubjectId, created.CertificateSha256));
            var linked = await db.ReceiptsAsync(new Guid?[]
                { grants[WithdrawnConsent], grants[LiveConsent], consents[WithdrawnConsent], payments[PaidPayment], events[CadastreEvent], verdicts[LinkedVerdict] }, default);
            Assert.Equal(new long[] { 3, 4, 5, 6, 7, 8 }, linked.Values.Select(r => r.LeafIndex).Order());
            Assert.Equal(7, await db.LedgerReceipts.CountAsync()); // one created, none duplicated (leaf 8 had its row)
        }
    }

    private static Dictionary<string, string> Receipt(Inserter insert, Guid id, string kind, long leaf, string subject = "subject") => new()
    {
        ["Id"] = insert.Guid(id), ["Kind"] = Literal(kind), ["SubjectId"] = Literal(subject), ["LeafIndex"] = leaf.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["ReceiptJson"] = Literal($"{{\"index\":{leaf}}}"), ["CreatedAt"] = At,
    };

    private const string At = "'2026-12-01 10:00:00+00:00'";

    private static string Literal(string s) => "'" + s.Replace("'", "''", StringComparison.Ordinal) + "'";

    // Inserts a row the old way: the given columns, every other NOT NULL column without a default a placeholder of its type.
    internal sealed class Inserter(DbConnection conn, bool postgres)
    {
        // As EF writes a GUID: SQLite TEXT in upper case.
        public string Guid(Guid id) => postgres ? $"'{id}'" : $"'{id.ToString().ToUpperInvariant()}'";

        public async Task RowAsync(string table, Dictionary<string, string> values)
        {
            foreach (var (column, type) in await RequiredColumnsAsync(table))
            {
                values.TryAdd(column, Placeholder(type));
            }

            await using var cmd = conn.CreateCommand();
            cmd.CommandText = $"INSERT INTO {table} ({string.Join(", ", values.Keys.Select(k => $"\"{k}\""))}) VALUES ({string.Join(", ", values.Values)})";
            await cmd.ExecuteNonQueryAsync();
        }

        private async Task<List<(string Column, string Type)>> RequiredColumnsAsync(string table)
        {
            await using var cmd = conn.CreateCommand();
            cmd.CommandText = postgres
                ? $"SELECT column_name, data_type FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = '{table}' AND is_nullable = 'NO' AND column_default IS NULL AND is_identity = 'NO'"
                : $"SELECT name, type FROM pragma_table_info('{table}') WHERE \"notnull\" = 1 AND dflt_value IS NULL";
            var list = new List<(string, string)>();
            await using var r = await cmd.ExecuteReaderAsync();
            while (await r.ReadAsync())
            {
                list.Add((r.GetString(0), r.GetString(1)));
            }

            return list;
        }

        /// <summary>A blob literal of <paramref name="bytes"/>.</summary>
        public string Bytes(byte[] bytes) => postgres ? $"'\\x{Convert.ToHexStringLower(bytes)}'::bytea" : $"x'{Convert.ToHexStringLower(bytes)}'";

        private string Placeholder(string type) => type.ToLowerInvariant() switch
        {
            "uuid" => $"'{System.Guid.NewGuid()}'",
            "integer" or "bigint" or "smallint" or "real" or "numeric" or "double precision" => "0",
            "boolean" => "false",
            "bytea" => "'\\x00'::bytea",
            "blob" => "x'00'",
            "timestamp with time zone" or "timestamp without time zone" => "'2026-12-01 10:00:00+00'",
            "date" => "'2026-12-01'",
            "interval" => "'0'",
            "jsonb" or "json" => "'{}'",
            _ when postgres => "'x'",
            // SQLite: TEXT holds GUIDs, times and strings alike.
            _ => $"'{System.Guid.NewGuid().ToString().ToUpperInvariant()}'",
        };
    }
}

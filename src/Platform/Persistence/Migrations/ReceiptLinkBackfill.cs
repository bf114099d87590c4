namespace RentToOwn.Platform.Persistence.Migrations;

/// <summary>
/// The data step of the UniformReceiptLinks migrations (the same SQL on SQLite and PostgreSQL): rows that pointed at their
/// ledger receipt by a bare leaf index, or kept a copy of the receipt JSON, get the id of their <c>ledger_receipts</c> row.
/// A verdict's JSON receipt with no row at its leaf becomes a row first (the verdict's id as the receipt's), so no receipt
/// is lost. Part of applied migrations: never change these statements, add a migration instead.
/// </summary>
internal static class ReceiptLinkBackfill
{
    // The oldest receipt at a leaf of a kind (a leaf holds one record; ORDER BY only makes a duplicated row harmless).
    private static string At(string leaf, string kind) =>
        $"""(SELECT r."Id" FROM ledger_receipts r WHERE r."LeafIndex" = {leaf} AND r."Kind" = '{kind}' ORDER BY r."CreatedAt", r."Id" LIMIT 1)""";

    private static string AtAnyKind(string leaf) =>
        $"""(SELECT r."Id" FROM ledger_receipts r WHERE r."LeafIndex" = {leaf} ORDER BY r."CreatedAt", r."Id" LIMIT 1)""";

    /// <summary>
    /// The ledger subject id of GUID column <paramref name="column"/> in SQL, as <c>LedgerSubjects.For</c> writes it: the
    /// kind prefix, then base64url (no padding) of <c>Guid.ToByteArray()</c> — its first three groups little-endian.
    /// </summary>
    public static string SubjectSql(string kind, string column, bool postgres)
    {
        const string alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var text = postgres ? $"{column}::text" : column;
        // Hex digit k of the GUID's 32 (its text has dashes after 8, 12, 16 and 20 digits), in ToByteArray() order.
        int[] order = [6, 7, 4, 5, 2, 3, 0, 1, 10, 11, 8, 9, 14, 15, 12, 13, .. Enumerable.Range(16, 16)];
        string Digit(int k)
        {
            var at = k + 1 + (k >= 8 ? 1 : 0) + (k >= 12 ? 1 : 0) + (k >= 16 ? 1 : 0) + (k >= 20 ? 1 : 0);
            var find = postgres ? "strpos" : "instr";
            return $"({find}('0123456789ABCDEF', upper(substr({text}, {at}, 1))) - 1)";
        }

        string Char(string sixBits) => $"substr('{alphabet}', {sixBits} + 1, 1)";
        var chars = new List<string>();
        for (var i = 0; i < 30; i += 3)
        {
            var (a, b, c) = (Digit(order[i]), Digit(order[i + 1]), Digit(order[i + 2]));
            chars.Add(Char($"{a} * 4 + {b} / 4"));
            chars.Add(Char($"({b} % 4) * 16 + {c}"));
        }

        chars.Add(Char($"{Digit(order[30])} * 4 + {Digit(order[31])} / 4"));
        chars.Add(Char($"({Digit(order[31])} % 4) * 16"));
        return $"'{kind}:' || " + string.Join(" || ", chars);
    }

    /// <summary>Up: after the ReceiptId columns are added, before the old columns are dropped.</summary>
    public static string[] Up(bool postgres) =>
    [
        // A.21: verdicts recorded before LedgerRecorder kept their receipt only as JSON: it becomes the ledger_receipts row.
        """
        INSERT INTO ledger_receipts ("Id", "Kind", "SubjectId", "LeafIndex", "ReceiptJson", "CertificateSha256", "CreatedAt")
        SELECT v."Id", 'RegistrarVerdict', substr(COALESCE(s."SubjectId", ''), 1, 80), v."LedgerIndex", v."LedgerReceipt", v."CertificateFingerprint", v."RecordedAt"
        FROM registrar_verdicts v LEFT JOIN video_sessions s ON s."Id" = v."SessionId"
        WHERE v."LedgerReceipt" <> '' AND NOT EXISTS
            (SELECT 1 FROM ledger_receipts r WHERE r."LeafIndex" = v."LedgerIndex" AND r."Kind" = 'RegistrarVerdict')
        """,
        $"""UPDATE registrar_verdicts SET "ReceiptId" = {At("registrar_verdicts.\"LedgerIndex\"", "RegistrarVerdict")} WHERE {At("registrar_verdicts.\"LedgerIndex\"", "RegistrarVerdict")} IS NOT NULL""",
        $"""UPDATE consents SET "WithdrawalReceiptId" = {At("consents.\"WithdrawalLeafIndex\"", "ConsentWithdrawn")} WHERE "WithdrawalLeafIndex" IS NOT NULL""",
        $"""UPDATE payments SET "ReceiptId" = {At("payments.\"LedgerIndex\"", "PaymentConfirmed")} WHERE "LedgerIndex" IS NOT NULL""",
        // Cadastre events link their own RegistrationResult record; platform steps the receipt of the step they name.
        $"""UPDATE registration_events SET "ReceiptId" = {AtAnyKind("registration_events.\"LedgerIndex\"")} WHERE "LedgerIndex" IS NOT NULL""",
        // A.9: a signed consent form's receipt was found by its subject only (ConsentGiven under consent:<id>).
        $"""
        UPDATE consents SET "ReceiptId" = (SELECT r."Id" FROM ledger_receipts r
            WHERE r."Kind" = 'ConsentGiven' AND r."SubjectId" = {SubjectSql("consent", "consents.\"Id\"", postgres)} ORDER BY r."CreatedAt", r."Id" LIMIT 1)
        """,
    ];

    /// <summary>Down: after the old columns are added back, before the ReceiptId columns are dropped.</summary>
    public static string[] Down =>
    [
        """UPDATE registrar_verdicts SET "LedgerIndex" = r."LeafIndex", "LedgerReceipt" = r."ReceiptJson" FROM ledger_receipts r WHERE r."Id" = registrar_verdicts."ReceiptId" """,
        """UPDATE consents SET "WithdrawalLeafIndex" = (SELECT r."LeafIndex" FROM ledger_receipts r WHERE r."Id" = consents."WithdrawalReceiptId")""",
        """UPDATE payments SET "LedgerIndex" = (SELECT r."LeafIndex" FROM ledger_receipts r WHERE r."Id" = payments."ReceiptId")""",
        """UPDATE registration_events SET "LedgerIndex" = (SELECT r."LeafIndex" FROM ledger_receipts r WHERE r."Id" = registration_events."ReceiptId")""",
    ];
}

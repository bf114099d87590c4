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

    /// <summary>Up: after the ReceiptId columns are added, before the old columns are dropped.</summary>
    public static readonly string[] Up =
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
    ];

    /// <summary>Down: after the old columns are added back, before the ReceiptId columns are dropped.</summary>
    public static readonly string[] Down =
    [
        """UPDATE registrar_verdicts SET "LedgerIndex" = r."LeafIndex", "LedgerReceipt" = r."ReceiptJson" FROM ledger_receipts r WHERE r."Id" = registrar_verdicts."ReceiptId" """,
        """UPDATE consents SET "WithdrawalLeafIndex" = (SELECT r."LeafIndex" FROM ledger_receipts r WHERE r."Id" = consents."WithdrawalReceiptId")""",
        """UPDATE payments SET "LedgerIndex" = (SELECT r."LeafIndex" FROM ledger_receipts r WHERE r."Id" = payments."ReceiptId")""",
        """UPDATE registration_events SET "LedgerIndex" = (SELECT r."LeafIndex" FROM ledger_receipts r WHERE r."Id" = registration_events."ReceiptId")""",
    ];
}

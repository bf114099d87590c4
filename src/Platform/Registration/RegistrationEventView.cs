using RentToOwn.Platform.Ledger;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration;

/// <summary>One timeline entry.</summary>
/// <param name="At">When.</param>
/// <param name="Kind">Platform, Status or Notice.</param>
/// <param name="Code">Status name or step code.</param>
/// <param name="ReasonCode">Reason code.</param>
/// <param name="LegalBasis">Legal basis.</param>
/// <param name="TextKk">Kazakh text.</param>
/// <param name="TextRu">Russian text.</param>
/// <param name="NoticeInbox">Notices: the inbox.</param>
/// <param name="CadastreId">The cadastre id (cadastre events).</param>
/// <param name="Sequence">The cadastre sequence.</param>
/// <param name="LedgerIndex">Its ledger leaf (from its linked receipt).</param>
/// <param name="MessageSha256">Cadastre events: SHA-256 of the kept event message (its verification sheet: <c>/api/sheets/{sha256}</c>).</param>
public sealed record RegistrationEventView(DateTimeOffset At, string Kind, string Code, string? ReasonCode, string? LegalBasis, string? TextKk, string? TextRu,
    string? NoticeInbox, string? CadastreId, long Sequence, long? LedgerIndex, string? MessageSha256 = null)
{
    /// <summary>Builds the view.</summary>
    public static RegistrationEventView From(RegistrationEvent e, StoredReceipt? receipt) =>
        new(e.At, e.Kind.ToString(), e.Code, e.ReasonCode, e.LegalBasis, e.TextKk, e.TextRu, e.NoticeInbox, e.CadastreId, e.Sequence, receipt?.LeafIndex,
            e.Message is { } m ? Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(m)) : null);
}

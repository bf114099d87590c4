using RentToOwn.Platform.Localization;

namespace RentToOwn.Platform.Verification.Texts;

/// <summary>
/// The verifier page's texts (one file per language beside this one), in the one store (<see cref="UiText"/>) under
/// <c>verify.…</c> keys. A ledger record kind is shown with <c>UiText.Label("verify.kind.", kind)</c>.
/// </summary>
public static class VerifierText
{
    /// <summary>These texts in the one store, under <c>verify.…</c> keys.</summary>
    public static TextTable Table { get; } = new("verify", VerifierTextsKk.All, VerifierTextsRu.All, VerifierTextsEn.All);
}

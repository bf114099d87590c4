namespace RentToOwn.Platform.Localization;

/// <summary>
/// Every area's text table, in one list: the store (<see cref="UiText"/>) is built from these. A new area adds its
/// table here; its keys are then <c>area.key</c>. Two tables defining the same key stop the application at start.
/// </summary>
public static class TextCatalog
{
    /// <summary>The tables.</summary>
    public static IReadOnlyList<TextTable> Tables { get; } =
    [
        CoreTexts.Table,
        Applications.PartyTexts.Table,
        Applications.GuarantorTexts.Table,
        Applications.Checks.ReviewCheckTexts.Table,
        Payments.PaymentTexts.Table,
        Registration.RegistrationTexts.Table,
        Scheduling.SchedulingTexts.Table,
        Term.TermTexts.Table,
        Verification.Texts.VerifierText.Table,
        Verification.Sheets.SheetTexts.Table,
        VideoSessions.VideoSessionTexts.Table,

        // Why the services refuse (Outcome codes, area.refused.…).
        Applications.ApplicationRefusals.Table,
        Consents.ConsentRefusals.Table,
        Courts.CourtMismatchTexts.Table,
        Csv.CsvRefusals.Table,
        Contracts.ContractRefusals.Table,
        Housing.HousingRefusals.Table,
        InputRefusals.Table,
        Identity.IdentityRefusals.Table,
        Registration.RegistrationRefusals.Table,
        Signing.SigningRefusals.Table,
        Signing.EgovMobile.EgovMobileRefusals.Table,
        Term.TermRefusals.Table,
        VideoSessions.VideoSessionRefusals.Table,
    ];
}

namespace RentToOwn.Platform.Signing.EgovMobile;

/// <summary>Configuration section <c>EgovMobile</c>: the service side of eGov mobile QR signing.</summary>
public sealed class EgovMobileOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "EgovMobile";

    /// <summary>Life of a procedure (the integrators' examples use 180 s).</summary>
    public int ProcedureSeconds { get; set; } = 180;

    /// <summary>Largest document a procedure carries (bytes).</summary>
    public int MaxDocumentBytes { get; set; } = 8 * 1024 * 1024;

    /// <summary>Largest body the phone may put back (bytes).</summary>
    public int MaxSignedBodyBytes { get; set; } = 16 * 1024 * 1024;

    /// <summary>The public origin the phone reaches (e.g. https://rto.example.kz); empty: the request's own origin.</summary>
    public string PublicBaseUrl { get; set; } = "";

    /// <summary>The organisation the phone names (KTK), kk/ru/en.</summary>
    public string OrganisationKz { get; set; } = "«Қазақстанның тұрғын үй компаниясы» АҚ";

    /// <summary>Russian name.</summary>
    public string OrganisationRu { get; set; } = "АО «Жилищная компания Казахстана»";

    /// <summary>English name.</summary>
    public string OrganisationEn { get; set; } = "Housing Company of Kazakhstan JSC";
}

namespace RentToOwn.Platform.Verification.Sheets;

/// <summary>Configuration section <c>VerificationSheet</c>.</summary>
public sealed class SheetOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "VerificationSheet";

    /// <summary>The public origin printed in the QR link (e.g. https://rto.example.kz); empty: the request's own origin.</summary>
    public string PublicBaseUrl { get; set; } = "";
}

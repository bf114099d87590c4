namespace RentToOwn.Platform.Signing.EgovMobile;

/// <summary>
/// One eGov mobile QR signing procedure (table <c>egov_mobile_procedures</c>): one pending signing step's document,
/// who opened it, and — once the phone has put it back — the CMS. One-time and expiring; tokens are stored as SHA-256 only.
/// </summary>
public sealed class EgovMobileProcedure
{
    /// <summary>Public id (in the QR's URL).</summary>
    public Guid Id { get; set; }

    /// <summary>SHA-256 of the phone's token (the QR's URL and the Bearer token of the documents URI).</summary>
    public required byte[] PhoneTokenHash { get; set; }

    /// <summary>SHA-256 of the page's token (the page polls with it).</summary>
    public required byte[] PageTokenHash { get; set; }

    /// <summary>The account that opened it (a signing step), or null for a login.</summary>
    public Guid? AccountId { get; set; }

    /// <summary>The login nonce it signs (bound to the browser's pre-login cookie), or null for a signing step.</summary>
    public string? LoginNonce { get; set; }

    /// <summary>What the phone shows (document name, cleaned: <see cref="EgovMobilePurposes.CleanName"/>).</summary>
    public required string Name { get; set; }

    /// <summary>What the signature is for: a key of <see cref="EgovMobilePurposes"/> (sign-in, contract, consent, …).</summary>
    public string Purpose { get; set; } = EgovMobilePurposes.Document;

    /// <summary>The exact bytes to sign (the same bytes the signing widget signs).</summary>
    public required byte[] Document { get; set; }

    /// <summary>When it was opened.</summary>
    public DateTimeOffset CreatedAt { get; set; }

    /// <summary>After this the phone is refused.</summary>
    public DateTimeOffset ExpiresAt { get; set; }

    /// <summary>When the phone put the CMS back (the procedure is used).</summary>
    public DateTimeOffset? SignedAt { get; set; }

    /// <summary>The CMS the phone put back.</summary>
    public byte[]? Cms { get; set; }
}

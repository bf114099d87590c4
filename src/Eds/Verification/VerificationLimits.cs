namespace RentToOwn.Eds.Verification;

/// <summary>
/// Bounds on the work one verification may do (issue 15, resource exhaustion). The counts are checked while the
/// CMS is read, before any certificate is parsed or anything is hashed; the time budget between steps.
/// </summary>
public sealed record VerificationLimits
{
    /// <summary>16 SignerInfos, 32 certificates, 10 seconds.</summary>
    public static VerificationLimits Default { get; } = new();

    /// <summary>Most SignerInfos in one CMS. An <see cref="Certificates.KeyPurpose.Authentication"/> policy always allows exactly one.</summary>
    public int MaxSigners { get; init; } = 16;

    /// <summary>Most certificates in one CMS (and in a timestamp token inside it).</summary>
    public int MaxCertificates { get; init; } = 32;

    /// <summary>Wall time (policy clock) after which the remaining steps answer INDETERMINATE / TRY_LATER.</summary>
    public TimeSpan MaxDuration { get; init; } = TimeSpan.FromSeconds(10);
}

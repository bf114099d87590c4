namespace RentToOwn.Platform.Consents;

/// <summary>
/// A ДҚБ (personal-data access control service) consent: the subject allows KTK to collect and
/// process the Appendix's list of data for the service period (A.9, A.20).
/// </summary>
public sealed class PersonalDataConsent
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The data subject's IIN.</summary>
    public required string SubjectIin { get; set; }

    /// <summary>What the consent is for (e.g. <c>application</c>, <c>registration</c>).</summary>
    public required string Purpose { get; set; }

    /// <summary>Version of the Appendix form the subject read.</summary>
    public required string FormVersion { get; set; }

    /// <summary>When it was granted.</summary>
    public DateTimeOffset GrantedAt { get; set; }

    /// <summary>End of validity (the service period).</summary>
    public DateTimeOffset ValidUntil { get; set; }

    /// <summary>When it was revoked, if it was.</summary>
    public DateTimeOffset? RevokedAt { get; set; }

    /// <summary>The subject's CAdES signature over the form, when signed with EDS.</summary>
    public byte[]? SignatureCms { get; set; }

    /// <summary>Whether the consent is live at <paramref name="now"/>.</summary>
    public bool IsLiveAt(DateTimeOffset now) => RevokedAt is null && GrantedAt <= now && now < ValidUntil;
}

namespace RentToOwn.Platform.VideoSessions.Identity;

/// <summary>What the registrar sees of one participant (A.21): the EDS-authenticated identity.</summary>
/// <param name="ParticipantId">The participant.</param>
/// <param name="Role">Their part in the session.</param>
/// <param name="FullName">Name from the platform directory (the EDS login matched their certificate's IIN to it).</param>
/// <param name="MaskedIin">IIN with its middle hidden.</param>
/// <param name="IdentityConfirmedAt">When they signed this session's identity challenge with their AUTH key, if they did.</param>
/// <param name="CertificateSubject">Subject of that certificate.</param>
/// <param name="CertificateIssuer">Issuer of that certificate.</param>
/// <param name="CertificateSerial">Serial number (hex).</param>
/// <param name="CertificateNotAfter">End of validity.</param>
/// <param name="Photos">Photo data in the certificate (usually none for NCA certificates).</param>
/// <param name="Present">Whether they are in the room now.</param>
public sealed record ParticipantIdentity(
    Guid ParticipantId,
    string Role,
    string FullName,
    string MaskedIin,
    DateTimeOffset? IdentityConfirmedAt,
    string? CertificateSubject,
    string? CertificateIssuer,
    string? CertificateSerial,
    DateTimeOffset? CertificateNotAfter,
    IReadOnlyList<CertificatePhoto> Photos,
    bool Present);

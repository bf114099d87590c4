namespace RentToOwn.Platform.Identity.Sessions;

/// <summary>Whether a login certificate has been revoked since (NCA's revocation: the CRLs of the trust folder, the OCSP stand-in).</summary>
public interface ILoginCertificateStatus
{
    /// <summary>True when revoked; false when good or when no source can tell (the session goes on, checked again later).</summary>
    bool IsRevoked(byte[] certificate, DateTimeOffset now);
}

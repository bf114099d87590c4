namespace RentToOwn.Platform.VideoSessions.Identity;

/// <summary>
/// Photo data a certificate carries in its RFC 3739 biometricInfo extension (type "picture"): the
/// hash of the photo, where it may be fetched, and the image itself when the source is an inline
/// <c>data:image/…</c> URI whose hash matches. NCA certificates usually carry none.
/// </summary>
/// <param name="HashAlgorithm">OID of the hash algorithm.</param>
/// <param name="HashHex">The photo's hash.</param>
/// <param name="SourceUri">sourceDataUri when it is not inline data, else null.</param>
/// <param name="InlineImage">A <c>data:image/…</c> URI whose content matches the hash, else null.</param>
/// <param name="InlineImageMismatch">True when an inline image was present but its hash did not match.</param>
public sealed record CertificatePhoto(string HashAlgorithm, string HashHex, string? SourceUri, string? InlineImage, bool InlineImageMismatch);

namespace RentToOwn.Eds.Pki;

/// <summary>One key file in the manifest.</summary>
/// <param name="Algorithm">rsa or gost.</param>
/// <param name="Purpose">sign or auth.</param>
/// <param name="Path">.p12 path relative to the PKI folder.</param>
/// <param name="Password">.p12 password (test keys only).</param>
/// <param name="Serial">Certificate serial (hex), for <c>rto pki revoke</c>.</param>
/// <param name="NotAfter">Certificate expiry.</param>
public sealed record ManifestKey(string Algorithm, string Purpose, string Path, string Password, string Serial, DateTimeOffset NotAfter);

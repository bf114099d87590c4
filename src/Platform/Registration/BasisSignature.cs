namespace RentToOwn.Platform.Registration;

/// <summary>A verified detached CMS over a basis document.</summary>
/// <param name="Cms">The CAdES signature.</param>
/// <param name="Role">The signer's role.</param>
/// <param name="ExpectedSigner">The IIN or BIN the certificate's subject must be.</param>
public sealed record BasisSignature(byte[] Cms, BasisSignerRole Role, string ExpectedSigner);

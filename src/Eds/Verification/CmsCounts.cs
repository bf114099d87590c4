namespace RentToOwn.Eds.Verification;

/// <summary>How many SignerInfos and certificates a CMS SignedData holds (see <see cref="CmsPrecheck"/>).</summary>
/// <param name="Signers">SignerInfo entries.</param>
/// <param name="Certificates">Entries of the certificates field (any format).</param>
public readonly record struct CmsCounts(int Signers, int Certificates);

namespace RentToOwn.Eds.Verification;

/// <summary>The CMS holds more SignerInfos or certificates than the <see cref="VerificationLimits"/> allow.</summary>
internal sealed class CmsLimitException(string message) : FormatException(message);

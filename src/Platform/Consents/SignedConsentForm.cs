namespace RentToOwn.Platform.Consents;

/// <summary>A consent form as signed: its purpose, version (with language), the exact bytes, their form number (salt) and the CAdES.</summary>
public sealed record SignedConsentForm(string Purpose, string FormVersion, byte[] Form, string Salt, byte[] Cms);

namespace RentToOwn.Platform.Pages.Shared;

/// <summary>What the signing widget signs and where it sends the CMS.</summary>
/// <param name="DocumentBase64">The exact bytes to sign, base64.</param>
/// <param name="SubmitUrl">JSON endpoint receiving <c>{language, cms}</c>.</param>
/// <param name="Redirect">Where to go after success.</param>
/// <param name="NcaLayerUrls">NCALayer URLs to try.</param>
public sealed record SignWidgetModel(string DocumentBase64, string SubmitUrl, string Redirect, IReadOnlyList<string> NcaLayerUrls)
{
    /// <summary>What eGov mobile shows the signature is for, decided by the server from the step's endpoint.</summary>
    public string Purpose => RentToOwn.Platform.Signing.EgovMobile.EgovMobilePurposes.ForSubmitUrl(SubmitUrl);
}

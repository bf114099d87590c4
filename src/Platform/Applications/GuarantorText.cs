using System.Globalization;
using System.Text;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.12: what a guarantor signs — the submitted application (<see cref="ApplicationText"/>) and, after it, the guarantor's
/// own part: who guarantees (IIN, or BIN and the acting head), their questionnaire and the SHA-256 of their documents
/// (A.8–A.10). Deterministic, so the signature can be verified again from the stored rows (A.14).
/// </summary>
public static class GuarantorText
{
    /// <summary>The text <paramref name="guarantor"/> signs over <paramref name="app"/>.</summary>
    public static string Render(TenantApplication app, GuarantorInvitation guarantor)
    {
        var sb = new StringBuilder(ApplicationText.Render(app));
        sb.Append(CultureInfo.InvariantCulture, $"--- guarantor {guarantor.Order} / кепілгер / поручитель ---\n");
        if (guarantor.GuarantorBin is { } bin)
        {
            sb.Append(CultureInfo.InvariantCulture, $"legal entity BIN: {bin}\nname: {guarantor.Employer}\nsigned for it by the head, IIN: {guarantor.GuarantorIin}\n");
        }
        else
        {
            sb.Append(CultureInfo.InvariantCulture, $"IIN: {guarantor.GuarantorIin}\nemployer: {guarantor.Employer}\nposition: {guarantor.Position}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"monthly income KZT: {guarantor.MonthlyIncomeTiyn / 100m:0.00}\n");
        sb.Append(CultureInfo.InvariantCulture, $"monthly obligations KZT: {guarantor.MonthlyObligationsTiyn / 100m:0.00}\n");
        foreach (var d in guarantor.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Sha256, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"document {d.Kind}: sha256 {d.Sha256}\n");
        }

        return sb.ToString();
    }

    /// <summary>The bytes signed.</summary>
    public static byte[] Bytes(TenantApplication app, GuarantorInvitation guarantor) => Encoding.UTF8.GetBytes(Render(app, guarantor));
}

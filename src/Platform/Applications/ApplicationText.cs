using System.Globalization;
using System.Text;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// The submitted application as the text a guarantor signs (A.12): deterministic, so the bytes can be
/// rebuilt from the stored application to verify the signature at any time.
/// </summary>
public static class ApplicationText
{
    /// <summary>The text of <paramref name="app"/>.</summary>
    public static string Render(TenantApplication app)
    {
        var sb = new StringBuilder();
        sb.Append("RentToOwn application / Өтінім / Заявка\n");
        sb.Append(CultureInfo.InvariantCulture, $"id: {app.Id}\n");
        sb.Append(CultureInfo.InvariantCulture, $"tenant IIN: {app.TenantIin}\n");
        sb.Append(CultureInfo.InvariantCulture, $"employer: {app.Employer}\nposition: {app.Position}\n");
        sb.Append(CultureInfo.InvariantCulture, $"monthly income KZT: {app.MonthlyIncomeTiyn / 100m:0.00}\n");
        sb.Append(CultureInfo.InvariantCulture, $"family members: {app.FamilyMembers}\nmarried: {(app.Married ? "yes" : "no")}\n");
        if (app.SpouseIin is not null) sb.Append(CultureInfo.InvariantCulture, $"spouse IIN: {app.SpouseIin}\n");
        // A.10 (added later; written only when set, so texts signed before stay the same)
        if (app.Children > 0) sb.Append(CultureInfo.InvariantCulture, $"children: {app.Children}\n");
        if (app.PreviouslyMarried) sb.Append("previously married: yes\n");
        // A.15 incomes and expenses (added later; written only when set, as above)
        if (app.MonthlyObligationsTiyn > 0) sb.Append(CultureInfo.InvariantCulture, $"monthly obligations KZT: {app.MonthlyObligationsTiyn / 100m:0.00}\n");
        if (app.MonthlyExpensesTiyn > 0) sb.Append(CultureInfo.InvariantCulture, $"monthly expenses KZT: {app.MonthlyExpensesTiyn / 100m:0.00}\n");
        foreach (var g in app.Guarantors.OrderBy(g => g.Order))
        {
            // A.2.9: a legal entity is named by its BIN (its acting head signs their own text, GuarantorText).
            sb.Append(CultureInfo.InvariantCulture, $"guarantor {g.Order}: {(g.GuarantorBin is { } bin ? $"BIN {bin}" : g.GuarantorIin)}\n");
        }

        foreach (var d in app.Documents.OrderBy(d => d.Kind).ThenBy(d => d.Sha256, StringComparer.Ordinal))
        {
            sb.Append(CultureInfo.InvariantCulture, $"document {d.Kind}: sha256 {d.Sha256}\n");
        }

        sb.Append(CultureInfo.InvariantCulture, $"submitted: {app.SubmittedAt?.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\n");
        return sb.ToString();
    }

    /// <summary>The bytes signed.</summary>
    public static byte[] Bytes(TenantApplication app) => Encoding.UTF8.GetBytes(Render(app));
}

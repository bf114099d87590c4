using System.Globalization;
using System.Text;
using RentToOwn.Platform.Applications.Checks;

namespace RentToOwn.Platform.Applications;

/// <summary>
/// A.16–A.17: KTK's approval of an application as the text the deciding officer signs with their EDS. Deterministic (rebuilt
/// from the stored application and the latest run of the checks to verify) and without any IIN or name: it names the
/// application, the decision, the run of checks it rests on, the failed checks the officer reviewed and the Unavailable checks
/// the officer overrode with their reasons (A.15).
/// </summary>
public static class ApprovalText
{
    /// <summary>The approval of <paramref name="app"/> on <paramref name="latestChecks"/> (the latest run, in display order).</summary>
    public static string Render(TenantApplication app, IReadOnlyList<ReviewCheck> latestChecks)
    {
        var sb = new StringBuilder();
        sb.Append("KTK approval / ҚТК мақұлдауы / Одобрение КЖК (A.16–A.17)\n");
        sb.Append(CultureInfo.InvariantCulture, $"application: {app.Id}\n");
        sb.Append("decision: approved\n");
        sb.Append(CultureInfo.InvariantCulture, $"submitted: {app.SubmittedAt?.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\n");
        if (latestChecks.Count > 0)
        {
            sb.Append(CultureInfo.InvariantCulture, $"checks run: {latestChecks.Max(c => c.CheckedAt).UtcDateTime:yyyy-MM-ddTHH:mm:ss.fffZ}\n");
        }

        sb.Append(CultureInfo.InvariantCulture,
            $"checks: {Count(latestChecks, CheckOutcome.Passed)} passed, {Count(latestChecks, CheckOutcome.Failed)} failed, {Count(latestChecks, CheckOutcome.Unavailable)} unavailable\n");
        var failed = latestChecks.Where(c => c.Outcome == CheckOutcome.Failed).ToList();
        if (failed.Count > 0)
        {
            sb.Append("failed checks reviewed by the officer (A.15):\n");
            foreach (var c in failed) sb.Append(CultureInfo.InvariantCulture, $"- {c.SubjectRole}: {c.Kind} ({c.ReasonKey})\n");
        }

        var overridden = latestChecks.Where(c => c.Outcome == CheckOutcome.Unavailable && c.OverriddenAt is not null).ToList();
        if (overridden.Count > 0)
        {
            sb.Append("unavailable checks overridden by the officer (A.15):\n");
            foreach (var c in overridden)
            {
                sb.Append(CultureInfo.InvariantCulture, $"- {c.SubjectRole}: {c.Kind} ({c.ReasonKey}), {c.OverriddenAt!.Value.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}: {c.OverrideReason}\n");
            }
        }

        sb.Append("offer: 3.1 % a year, no down payment (A.17)\n");
        return sb.ToString();
    }

    /// <summary>The bytes signed.</summary>
    public static byte[] Bytes(TenantApplication app, IReadOnlyList<ReviewCheck> latestChecks) => Encoding.UTF8.GetBytes(Render(app, latestChecks));

    private static int Count(IReadOnlyList<ReviewCheck> checks, CheckOutcome outcome) => checks.Count(c => c.Outcome == outcome);
}

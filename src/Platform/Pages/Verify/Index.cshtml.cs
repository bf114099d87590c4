using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Security;
using RentToOwn.Platform.Verification;
using RentToOwn.Platform.Verification.Reports;
using RentToOwn.Platform.Verification.Sheets;

namespace RentToOwn.Platform.Pages.Verify;

/// <summary>
/// A.18: the public verifier page (no login, rate limited, anti-forgery on the form). Shows the same report as
/// <c>POST /api/verify</c>.
/// </summary>
[EnableRateLimiting(RateLimitPolicies.Verifier)]
public sealed class IndexModel(UploadReader reader, PublicVerifier verifier, StoredVerification stored, IOptions<VerifierOptions> options) : PageModel
{
    /// <summary>The report after a post.</summary>
    public VerifyReport? Report { get; private set; }

    /// <summary>Largest file in MiB, for the hint.</summary>
    public double MaxFileMiB => options.Value.MaxFileBytes / 1048576.0;

    /// <summary>Shows the form; with <c>?doc=&amp;entry=</c> (a verification sheet's QR link) the report of that stored document.</summary>
    public async Task<IActionResult> OnGetAsync(string? doc, long? entry, CancellationToken ct)
    {
        if (doc is null && entry is null)
        {
            return Page();
        }

        Report = entry is { } e ? await stored.VerifyAsync(doc, e, ct) : null;
        return Report is null ? NotFound() : Page();
    }

    /// <summary>Verifies the uploaded files and shows the report.</summary>
    public async Task OnPostAsync(CancellationToken ct)
    {
        Report = await verifier.VerifyAsync(await reader.ReadAsync(Request.Form.Files, ct), ct);
        if (Report.Refused)
        {
            Response.StatusCode = Report.Problems.All(p => p.Code == "too_large") ? StatusCodes.Status413PayloadTooLarge : StatusCodes.Status400BadRequest;
        }
    }
}

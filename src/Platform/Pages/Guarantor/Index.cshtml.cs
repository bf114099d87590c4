using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Guarantor;

/// <summary>A.12: the applications this person is invited to guarantee, and the signature of the first unsigned one.</summary>
public sealed class IndexModel(GuarantorSignatures signatures, EdsTrust trust, IConsentService consents, PersonalDataAccess access) : PageModel
{
    /// <summary>Whether the guarantor's A.9 consent is live (the A.15 checks need it).</summary>
    public bool ConsentLive { get; private set; }

    /// <summary>The guarantor's IIN.</summary>
    public string Iin => PlatformClaims.IinOf(User)!;

    /// <summary>Invitations.</summary>
    public IReadOnlyList<TenantApplication> Invitations { get; private set; } = [];

    /// <summary>Signing widget for the first submitted, unsigned application.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>Shows the invitations.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        // Issue 15 §2: the tenant's application is shown only under the tenant's live consent, each read audited.
        var readable = new List<TenantApplication>();
        foreach (var a in await signatures.InvitedAsync(Iin, ct))
        {
            if (await access.TryReadAsync(Iin, a.TenantIin, "read:application:guarantor", $"application/{a.Id}", ct)) readable.Add(a);
        }

        Invitations = readable;
        ConsentLive = await consents.LiveConsentAsync(Iin, ConsentPurposes.Application, ct) is not null;
        var next = Invitations.FirstOrDefault(a => a.Status == ApplicationStatus.Submitted && a.Guarantors.Any(g => g.GuarantorIin == Iin && g.SignedAt == null));
        if (next is not null)
        {
            Widget = new SignWidgetModel(Convert.ToBase64String(ApplicationText.Bytes(next)),
                $"/api/guarantor/applications/{next.Id}/signature", "/Guarantor", trust.Options.NcaLayerUrls);
        }
    }
}

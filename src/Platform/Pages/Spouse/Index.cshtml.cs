using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Spouse;

/// <summary>
/// Spouse cabinet: the applications naming this person as the tenant's spouse (signed here, like a guarantor's A.12)
/// and the contracts they are a party of (signed on /Contracts after the tenant, A.17–A.18).
/// </summary>
public sealed class IndexModel(SpouseSignatures signatures, ContractSigning contracts, IConsentService consents, PersonalDataAccess access, EdsTrust trust) : PageModel
{
    /// <summary>The spouse's IIN.</summary>
    public string Iin => this.Caller().Iin;

    /// <summary>Applications naming the spouse.</summary>
    public IReadOnlyList<TenantApplication> Applications { get; private set; } = [];

    /// <summary>Contracts the spouse is a party of.</summary>
    public IReadOnlyList<LeaseRecord> Contracts { get; private set; } = [];

    /// <summary>Whether the spouse's A.9 consent is live (the A.15 checks need it).</summary>
    public bool ConsentLive { get; private set; }

    /// <summary>Signing widget for the first submitted, unsigned application.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>Shows the cabinet.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        // Issue 15 §2: the tenant's application is shown only under the tenant's live consent, each read audited.
        var readable = new List<TenantApplication>();
        foreach (var a in await signatures.ApplicationsAsync(Iin, ct))
        {
            if (await access.TryReadAsync(Iin, a.TenantIin, "read:application:spouse", $"application/{a.Id}", ct)) readable.Add(a);
        }

        Applications = readable;
        Contracts = (await contracts.MineAsync(Iin, false, ct)).Where(l => l.SpouseIin == Iin).ToList();
        ConsentLive = await consents.HasLiveConsentAsync(Iin, ConsentPurposes.Application, ct);
        var next = Applications.FirstOrDefault(a => a.Status == ApplicationStatus.Submitted && a.SpouseSignedAt is null);
        if (next is not null)
        {
            Widget = new SignWidgetModel(Convert.ToBase64String(ApplicationText.Bytes(next)),
                $"/api/spouse/applications/{next.Id}/signature", "/Spouse", trust.Options.NcaLayerUrls);
        }
    }
}

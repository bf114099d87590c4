using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Consents;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Pages.Shared;
using RentToOwn.Platform.Signing;

namespace RentToOwn.Platform.Pages.Guarantor;

/// <summary>
/// A.11–A.12: the applications this person (or, as its head, their organisation) is invited to guarantee; the link to the
/// guarantor's own questionnaire and documents, and the signature of the first unsigned one once they are given.
/// </summary>
public sealed class IndexModel(GuarantorSignatures signatures, EdsTrust trust, IConsentService consents, PersonalDataAccess access) : PageModel
{
    /// <summary>Whether the guarantor's A.9 consent is live (the A.15 checks need it).</summary>
    public bool ConsentLive { get; private set; }

    /// <summary>The session as a co-signer (IIN, and the BIN it heads).</summary>
    public CoSigner Who => CoSigner.Of(this.Caller());

    /// <summary>Invitations.</summary>
    public IReadOnlyList<TenantApplication> Invitations { get; private set; } = [];

    /// <summary>Signing widget for the first submitted, unsigned application whose questionnaire and documents are given.</summary>
    public SignWidgetModel? Widget { get; private set; }

    /// <summary>The session's invitation in <paramref name="app"/>.</summary>
    public GuarantorInvitation Mine(TenantApplication app) => GuarantorSignatures.InvitationOf(app, Who)!;

    /// <summary>Shows the invitations.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        var who = Who;
        // Issue 15 §2: the tenant's application is shown only under the tenant's live consent, each read audited.
        var readable = new List<TenantApplication>();
        foreach (var a in await signatures.InvitedAsync(who, ct))
        {
            if (await access.TryReadAsync(who.Iin, a.TenantIin, "read:application:guarantor", $"application/{a.Id}", ct)) readable.Add(a);
        }

        Invitations = readable;
        ConsentLive = await consents.HasLiveConsentAsync(who.Iin, ConsentPurposes.Application, ct);
        var next = ConsentLive ? Invitations.FirstOrDefault(a => a.Status == ApplicationStatus.Submitted && Mine(a) is { SignedAt: null } g
            && GuarantorProfiles.Missing(g).Count == 0) : null;
        if (next is not null)
        {
            Widget = new SignWidgetModel(Convert.ToBase64String(GuarantorText.Bytes(next, Mine(next))),
                $"/api/guarantor/applications/{next.Id}/signature", "/Guarantor", trust.Options.NcaLayerUrls);
        }
    }
}

using Microsoft.AspNetCore.Mvc.RazorPages;
using RentToOwn.Platform.Applications;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Registration;
using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Pages.Officer;

/// <summary>The officer's dashboard (issue 14): work queues with counts, overdue first.</summary>
public sealed class IndexModel(ReviewQueue queue, RegistrationSteps registrations) : PageModel
{
    /// <summary>Applications awaiting the officer's decision (A.13), overdue first, then by deadline.</summary>
    public IReadOnlyList<ReviewItem> Review { get; private set; } = [];

    /// <summary>Registration applications not yet decided by the cadastre.</summary>
    public int OpenRegistrations { get; private set; }

    /// <summary>Loads the queues.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Review = [.. (await queue.ForOfficerAsync(this.Caller().Iin, ct)).OrderByDescending(i => i.Overdue).ThenBy(i => i.DecisionDeadline)];
        OpenRegistrations = (await registrations.ListAsync(this.Caller(), ct)).Count(r => r.Status != RegistrationStatus.Registered && r.Status != RegistrationStatus.Refused);
    }
}

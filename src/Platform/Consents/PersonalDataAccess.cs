using RentToOwn.Platform.Auditing;

namespace RentToOwn.Platform.Consents;

/// <summary>
/// The gate in front of every read of a person's data (A.9, order point 4): allowed only with a live
/// ДҚБ consent of that person, and every attempt — allowed or refused — goes to the audit log.
/// </summary>
public sealed class PersonalDataAccess(IConsentService consents, PersonalDataAudit audit)
{
    /// <summary>True when <paramref name="actor"/> may read <paramref name="subjectIin"/>'s data now; audited either way.</summary>
    public async Task<bool> TryReadAsync(string actor, string subjectIin, string action, string resource, CancellationToken ct)
    {
        var live = await consents.HasLiveConsentAsync(subjectIin, ConsentPurposes.Application, ct);
        await audit.RecordAsync(actor, [subjectIin], action, resource, allowed: live, ct);
        return live;
    }
}

using Google.Protobuf.WellKnownTypes;
using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Simulator.Registration;

/// <summary>A.28, A.37: composes the notices of a decision for each inbox that must receive one.</summary>
internal sealed class NoticeComposer
{
    private readonly SimulatorOptions options;

    /// <summary>Creates the composer; the First Credit Bureau's BIN comes from <paramref name="options"/>.</summary>
    public NoticeComposer(SimulatorOptions options)
    {
        this.options = options;
    }

    /// <summary>A.28: the recipient's eGov cabinet and the platform cabinet; A.37: also the First Credit Bureau.</summary>
    public IEnumerable<Notice> NoticesFor(Application app, DateTimeOffset now)
    {
        var recipient = app.Parties.FirstOrDefault(p => p.Role == PartyRole.Recipient)?.Iin;
        var ktk = app.Parties.FirstOrDefault(p => p.Role == PartyRole.Ktk)?.Bin;
        Notice Make(NoticeInbox inbox, string to) => new()
        {
            Id = $"{app.Id}:{app.LastSequence}:{inbox}",
            Inbox = inbox,
            Recipient = to,
            ApplicationId = app.Id,
            Outcome = app.Status,
            Reason = app.Reason,
            SentAt = Timestamp.FromDateTimeOffset(now),
        };

        if (!string.IsNullOrEmpty(recipient))
        {
            yield return Make(NoticeInbox.EgovCabinet, recipient);
        }

        if (!string.IsNullOrEmpty(ktk))
        {
            yield return Make(NoticeInbox.PlatformCabinet, ktk);
        }

        if (app.Kind is ApplicationKind.LeaseEncumbranceTermination or ApplicationKind.OwnershipRegistration)
        {
            yield return Make(NoticeInbox.FirstCreditBureau, options.FirstCreditBureauBin);
        }
    }
}

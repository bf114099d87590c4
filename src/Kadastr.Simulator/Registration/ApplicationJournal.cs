using Google.Protobuf.WellKnownTypes;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Kadastr.Simulator.Registration;

/// <summary>
/// Records an application's status changes and notices as numbered events in the store.
/// The caller holds the gate and an open store transaction.
/// </summary>
internal sealed class ApplicationJournal
{
    private readonly SimulatorStore store;

    /// <summary>Creates the journal over the simulator's store.</summary>
    public ApplicationJournal(SimulatorStore store)
    {
        this.store = store;
    }

    /// <summary>
    /// Sets the status and reason, saves the application (inserting it with its submitted
    /// <paramref name="insert"/> bytes when given) and appends the status event.
    /// </summary>
    public void SetStatus(Application app, ApplicationStatus status, StatusReason reason, DateTimeOffset now, byte[]? insert = null)
    {
        app.Status = status;
        app.Reason = reason;
        var e = NextEvent(app, now);
        e.Status = status;
        e.Reason = reason;
        if (status == ApplicationStatus.Registered)
        {
            e.Entry = app.Entry;
        }

        if (insert is not null)
        {
            store.InsertApplication(app, insert);
        }
        else
        {
            store.UpdateApplication(app);
        }

        store.AppendEvent(e);
    }

    /// <summary>A.28, A.37: appends the event that delivers <paramref name="notice"/>.</summary>
    public void AppendNotice(Application app, DateTimeOffset now, Notice notice)
    {
        var e = NextEvent(app, now);
        e.Status = app.Status;
        e.Notice = notice;
        store.AppendEvent(e);
    }

    private static ApplicationEvent NextEvent(Application app, DateTimeOffset now) => new()
    {
        ApplicationId = app.Id,
        Sequence = ++app.LastSequence,
        At = Timestamp.FromDateTimeOffset(now),
    };
}

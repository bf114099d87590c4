using Google.Protobuf.WellKnownTypes;
using RentToOwn.Kadastr.Protocol.V1;
using RentToOwn.Kadastr.Simulator.State;

namespace RentToOwn.Kadastr.Simulator.Registration;

/// <summary>A.25, A.34: writes a registered application onto its property's registration sheet.</summary>
internal sealed class RegistrationSheetWriter
{
    private readonly SimulatorStore store;

    /// <summary>Creates the writer over the simulator's store.</summary>
    public RegistrationSheetWriter(SimulatorStore store)
    {
        this.store = store;
    }

    /// <summary>
    /// A.25, A.34: adds the registration-sheet entry (and closes the entries it ends).
    /// The caller holds the gate and an open store transaction.
    /// </summary>
    public RegistrationEntry Register(Application app, DateTimeOffset now)
    {
        var recipient = app.Parties.First(p => p.Role == PartyRole.Recipient).Iin;
        var ktk = app.Parties.First(p => p.Role == PartyRole.Ktk).Bin;
        var active = store.EntriesOf(app.CadastralNumber).Where(e => e.Entry.Active).Select(e => e.Entry).ToList();
        var entry = new RegistrationEntry
        {
            CadastralNumber = app.CadastralNumber,
            ApplicationId = app.Id,
            RegisteredAt = Timestamp.FromDateTimeOffset(now),
            Active = true,
        };
        switch (app.Kind)
        {
            case ApplicationKind.LeaseEncumbranceRegistration:
                // A.25: the lease encumbrance, held by the recipient and the KTK.
                entry.Kind = RegistrationEntryKind.LeaseEncumbrance;
                entry.Holders.Add(recipient);
                entry.Holders.Add(ktk);
                break;
            case ApplicationKind.LeaseEncumbranceTermination:
                // A.34: the termination closes the active lease encumbrance.
                var lease = active.First(e => e.Kind == RegistrationEntryKind.LeaseEncumbrance);
                store.CloseEntry(lease.EntryNumber);
                entry.Kind = RegistrationEntryKind.LeaseEncumbranceTerminated;
                entry.TerminatesEntryNumber = lease.EntryNumber;
                entry.Holders.Add(recipient);
                entry.Holders.Add(ktk);
                break;
            default:
                // A.34: the tenant's ownership replaces the previous owner's.
                foreach (var owner in active.Where(e => e.Kind == RegistrationEntryKind.Ownership))
                {
                    store.CloseEntry(owner.EntryNumber);
                    entry.TerminatesEntryNumber = owner.EntryNumber;
                }

                entry.Kind = RegistrationEntryKind.Ownership;
                entry.Holders.Add(recipient);
                break;
        }

        return store.AddEntry(entry);
    }
}

using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Simulator.State;

/// <summary>A registration sheet entry with the simulator's own flag of whether it blocks a lease.</summary>
/// <param name="Entry">The entry as the API shows it.</param>
/// <param name="Blocking">True when it blocks registration (arrests; mortgages without the pledgee's consent).</param>
/// <param name="Basis">The document it rests on.</param>
public sealed record SheetEntry(RegistrationEntry Entry, bool Blocking, string? Basis);

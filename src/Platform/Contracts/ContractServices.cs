using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Leases;

namespace RentToOwn.Platform.Contracts;

/// <summary>What the contract endpoints need, bound with <c>[AsParameters]</c>; the caller's contracts only.</summary>
/// <param name="Signing">The contracts and their signing.</param>
/// <param name="Schedules">The A.17 schedules.</param>
/// <param name="Time">The clock.</param>
/// <param name="User">The caller.</param>
public sealed record ContractServices(ContractSigning Signing, ContractSchedules Schedules, TimeProvider Time, CurrentUser User)
{
    /// <summary>The caller's IIN.</summary>
    public string Iin => User.Iin;

    /// <summary>Whether the caller holds the head cabinet (KTK's head sees every contract).</summary>
    public bool IsHead => User.IsHead;

    /// <summary>The contract <paramref name="id"/> if the caller is a party of it (or KTK's head); else null.</summary>
    public Task<LeaseRecord?> FindAsync(Guid id, CancellationToken ct) => Signing.FindAsync(Iin, IsHead, id, ct);
}

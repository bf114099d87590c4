using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Applications;

/// <summary>A.12: one kind of co-signer of a submitted application (guarantor, spouse), found by their own session.</summary>
public interface IApplicationCoSigner
{
    /// <summary>The application if <paramref name="who"/> co-signs it in this role; otherwise null (as if it did not exist).</summary>
    Task<TenantApplication?> FindAsync(CoSigner who, Guid applicationId, CancellationToken ct);

    /// <summary>Verifies and stores the signature; the error says why not (a conflict when signed already).</summary>
    Task<Outcome> SignAsync(CoSigner who, Guid applicationId, byte[] cms, CancellationToken ct);
}

/// <summary>The session of a co-signer: their IIN and, when the login certificate carries the head role, the organisation's BIN (A.11).</summary>
/// <param name="Iin">The person's own IIN.</param>
/// <param name="HeadOfBin">The BIN they are the head of, or null.</param>
public readonly record struct CoSigner(string Iin, string? HeadOfBin = null)
{
    /// <summary>The co-signer of <paramref name="user"/>'s session.</summary>
    public static CoSigner Of(CurrentUser user) => new(user.Iin, user.HeadOfBin);
}

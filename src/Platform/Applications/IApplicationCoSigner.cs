namespace RentToOwn.Platform.Applications;

/// <summary>A.12: one kind of co-signer of a submitted application (guarantor, spouse), found by their own IIN.</summary>
public interface IApplicationCoSigner
{
    /// <summary>The application if <paramref name="iin"/> co-signs it in this role; otherwise null (as if it did not exist).</summary>
    Task<TenantApplication?> FindAsync(string iin, Guid applicationId, CancellationToken ct);

    /// <summary>Verifies and stores the signature; the error says why not (a conflict when signed already).</summary>
    Task<Outcome> SignAsync(string iin, Guid applicationId, byte[] cms, CancellationToken ct);
}

namespace RentToOwn.Domain.Leases;

/// <summary>Lease input is invalid; <see cref="Problems"/> lists every problem found, and the message joins them.</summary>
public sealed class LeaseValidationException : ArgumentException
{
    /// <summary>Creates the exception.</summary>
    public LeaseValidationException(IReadOnlyList<string> problems)
        : base(string.Join("; ", problems))
    {
        Problems = problems;
    }

    /// <summary>Each problem in one sentence.</summary>
    public IReadOnlyList<string> Problems { get; }
}

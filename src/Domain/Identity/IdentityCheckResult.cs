namespace RentToOwn.Domain.Identity;

/// <summary>Outcome of <see cref="IdentityNumbers.Check"/>: exactly one of <see cref="Iin"/>, <see cref="Bin"/>, <see cref="Error"/> is set.</summary>
/// <param name="Kind">What the number is.</param>
/// <param name="Iin">The parsed IIN when <paramref name="Kind"/> is <see cref="IdentityKind.Iin"/>.</param>
/// <param name="Bin">The parsed BIN when <paramref name="Kind"/> is <see cref="IdentityKind.Bin"/>.</param>
/// <param name="Error">What is wrong when <paramref name="Kind"/> is <see cref="IdentityKind.Invalid"/>.</param>
/// <param name="ErrorKind">The kind of defect when invalid.</param>
public sealed record IdentityCheckResult(IdentityKind Kind, Iin? Iin, Bin? Bin, string? Error, IdentityError? ErrorKind)
{
    /// <summary>True when the number is a valid IIN or BIN.</summary>
    public bool IsValid => Kind != IdentityKind.Invalid;
}

namespace RentToOwn.Platform.Applications.Checks.Sources;

/// <summary>One person on KTK's affiliate list.</summary>
/// <param name="Iin">IIN.</param>
/// <param name="Basis">Why the person is affiliated (e.g. member of the board).</param>
public sealed record AffiliateEntry(string Iin, string Basis);

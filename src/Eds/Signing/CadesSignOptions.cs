namespace RentToOwn.Eds.Signing;

/// <summary>How to sign.</summary>
/// <param name="Attached">Encapsulate the document in the CMS (attached) instead of a detached signature.</param>
/// <param name="Timestamp">Add a signature timestamp from the TSA (CAdES-T); needs a TSA client.</param>
public sealed record CadesSignOptions(bool Attached = false, bool Timestamp = false)
{
    /// <summary>Detached CAdES-BES.</summary>
    public static CadesSignOptions Detached { get; } = new();
}

namespace RentToOwn.LedgerAdapter;

/// <summary>Marker type for the LedgerAdapter assembly.</summary>
public static class AssemblyMarker
{
}

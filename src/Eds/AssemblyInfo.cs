namespace RentToOwn.Eds;

/// <summary>Marker type for the Eds assembly.</summary>
public static class AssemblyMarker
{
}

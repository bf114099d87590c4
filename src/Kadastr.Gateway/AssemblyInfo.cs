namespace RentToOwn.Kadastr.Gateway;

/// <summary>Marker type for the Kadastr.Gateway assembly.</summary>
public static class AssemblyMarker
{
}

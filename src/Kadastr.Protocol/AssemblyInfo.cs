namespace RentToOwn.Kadastr.Protocol;

/// <summary>Marker type for the Kadastr.Protocol assembly.</summary>
public static class AssemblyMarker
{
}

using System.Runtime.CompilerServices;

[assembly: InternalsVisibleTo("RentToOwn.Eds.Tests")]

namespace RentToOwn.Eds;

/// <summary>Marker type for the Eds assembly.</summary>
public static class AssemblyMarker
{
}

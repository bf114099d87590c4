using RentToOwn.Domain.Identity;
using RentToOwn.Eds.Algorithms;

namespace RentToOwn.Eds.NcaLayer;

/// <summary>
/// The configured key choice that stands in for the person picking a key in NCALayer's dialog.
/// Every field narrows the candidates; null means "any".
/// </summary>
/// <param name="Iin">Only keys of this IIN.</param>
/// <param name="Algorithm">Only this key family; when null GOST is preferred over RSA.</param>
public sealed record KeyChoice(Iin? Iin = null, KeyAlgorithm? Algorithm = null);

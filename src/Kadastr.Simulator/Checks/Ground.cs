using RentToOwn.Kadastr.Protocol.V1;

namespace RentToOwn.Kadastr.Simulator.Checks;

/// <summary>A ground for a status: machine code, legal basis, Kazakh and Russian text.</summary>
/// <param name="Code">Machine-readable code.</param>
/// <param name="LegalBasis">Article of the Law on state registration of rights to real estate (or Algorithm point).</param>
/// <param name="Kazakh">Text in Kazakh.</param>
/// <param name="Russian">Text in Russian.</param>
public sealed record Ground(string Code, string LegalBasis, string Kazakh, string Russian)
{
    /// <summary>The reason message, with an optional detail (e.g. which IIN) appended to both texts.</summary>
    public StatusReason ToReason(string? detail = null) => new()
    {
        Code = Code,
        LegalBasis = LegalBasis,
        TextKk = detail is null ? Kazakh : $"{Kazakh}: {detail}",
        TextRu = detail is null ? Russian : $"{Russian}: {detail}",
    };
}

using System.Collections.Concurrent;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Contracts;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Bench.Platform;

/// <summary>
/// Distinct flats for the benchmark's leases while the platform offers one flat per configuration (A.17,
/// <see cref="ContractOffer"/>): KTK's offer as configured, except that the flat is the one assigned to the officer who
/// approves (each benchmark lease has its own officer). To be replaced by the housing stock's flat offers when they land:
/// then the benchmark offers each tenant a flat from the stock and this class goes.
/// </summary>
public sealed class BenchFlats(ContractOffer configured, IHttpContextAccessor http) : IOptions<ContractOffer>
{
    private readonly ConcurrentDictionary<string, ContractOffer> _byOfficer = new(StringComparer.Ordinal);

    /// <summary>Assigns <paramref name="cadastralNumber"/> to leases approved by the officer with <paramref name="officerIin"/>.</summary>
    public void Assign(string officerIin, string cadastralNumber, string address) =>
        _byOfficer[officerIin] = new ContractOffer
        {
            City = configured.City, LessorName = configured.LessorName, CadastralNumber = cadastralNumber, Address = address,
            TotalArea = configured.TotalArea, LivingArea = configured.LivingArea, Rooms = configured.Rooms,
            PriceKzt = configured.PriceKzt, TermMonths = configured.TermMonths,
        };

    /// <inheritdoc />
    public ContractOffer Value =>
        http.HttpContext?.User is { } user && PlatformClaims.IinOf(user) is { } iin && _byOfficer.TryGetValue(iin, out var offer) ? offer : configured;
}

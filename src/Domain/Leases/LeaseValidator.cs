using System.Text.RegularExpressions;
using RentToOwn.Domain.Identity;

namespace RentToOwn.Domain.Leases;

/// <summary>Checks a whole <see cref="Lease"/>: terms, flat, parties, and guarantor eligibility (A.2.9).</summary>
public sealed partial class LeaseValidator
{
    private readonly GuarantorEligibility _guarantors;

    /// <summary>Creates the validator.</summary>
    public LeaseValidator(GuarantorEligibility guarantors)
    {
        ArgumentNullException.ThrowIfNull(guarantors);
        _guarantors = guarantors;
    }

    /// <summary>Every problem with <paramref name="lease"/> (empty when valid).</summary>
    public IReadOnlyList<string> Problems(Lease lease)
    {
        ArgumentNullException.ThrowIfNull(lease);
        var problems = new List<string>(lease.Terms.Problems());
        if (string.IsNullOrWhiteSpace(lease.Number))
        {
            problems.Add("contract number is empty");
        }

        problems.AddRange(FlatProblems(lease.Flat));
        problems.AddRange(PartyProblems(lease));
        return problems;
    }

    /// <summary>Throws <see cref="LeaseValidationException"/> listing every problem, if any.</summary>
    public Lease EnsureValid(Lease lease)
    {
        var problems = Problems(lease);
        return problems.Count == 0 ? lease : throw new LeaseValidationException(problems);
    }

    /// <summary>Problems with the flat alone.</summary>
    public static IEnumerable<string> FlatProblems(Flat flat)
    {
        if (!CadastralPattern().IsMatch(flat.CadastralNumber ?? string.Empty))
        {
            yield return $"cadastral number '{flat.CadastralNumber}' must be digit groups separated by ':' (e.g. 20:317:037:092:1:45)";
        }

        if (string.IsNullOrWhiteSpace(flat.Address))
        {
            yield return "flat address is empty";
        }

        if (flat.TotalArea <= 0)
        {
            yield return $"total area must be positive, got {flat.TotalArea} m²";
        }

        if (flat.LivingArea <= 0 || flat.LivingArea > flat.TotalArea)
        {
            yield return $"living area must be positive and at most the total area {flat.TotalArea} m², got {flat.LivingArea} m²";
        }

        if (flat.Rooms is < 1 or > 20)
        {
            yield return $"rooms must be 1 to 20, got {flat.Rooms}";
        }
    }

    private IEnumerable<string> PartyProblems(Lease lease)
    {
        var p = lease.Parties;
        if (string.IsNullOrWhiteSpace(p.Tenant.FullName))
        {
            yield return "tenant name is empty";
        }

        if (p.Spouse is { } spouse && spouse.Iin == p.Tenant.Iin)
        {
            yield return "spouse IIN equals the tenant's";
        }

        if (string.IsNullOrWhiteSpace(p.Lessor.Name))
        {
            yield return "lessor name is empty";
        }

        var seen = new HashSet<string> { p.Tenant.Iin.Value };
        if (p.Spouse is not null)
        {
            seen.Add(p.Spouse.Iin.Value);
        }

        var lastPayment = lease.Terms.StartDate.AddMonths(Math.Clamp(lease.Terms.TermMonths, 1, LeaseTerms.MaxTermMonths));
        for (var i = 0; i < p.Guarantors.Count; i++)
        {
            var g = p.Guarantors[i];
            if ((g.Iin is null) == (g.Bin is null))
            {
                yield return $"guarantor {i + 1} must have exactly one of IIN or BIN";
                continue;
            }

            if (!seen.Add(g.Number))
            {
                yield return $"guarantor {i + 1} ({g.Number}) is the tenant, the spouse or another guarantor";
            }

            if (g.Iin is { } iin)
            {
                // A.2.9: an individual guarantor is over 21 and not past retirement age until the obligations end.
                var verdict = _guarantors.Evaluate(iin, lease.Terms.StartDate, lastPayment);
                if (!verdict.Eligible)
                {
                    yield return $"guarantor {i + 1}: {verdict.Reason}";
                }
            }
        }
    }

    [GeneratedRegex(@"^\d{1,4}(:\d{1,6}){2,6}$")]
    private static partial Regex CadastralPattern();
}

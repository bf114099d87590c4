namespace RentToOwn.Domain.Identity;

/// <summary>
/// A.2.9: an individual guarantor must be older than 21 and not past retirement age at the time the
/// obligations are performed. We read this as: at least <see cref="RetirementAges.MinimumGuarantorAge"/>
/// full years old on the day the guarantee starts, and still below the retirement age for their sex
/// (from the IIN) on the last day of the obligations (the last scheduled payment), so the guarantor
/// stays eligible during the whole term. Sole proprietors and legal entities (BIN) have no age rule.
/// </summary>
public sealed class GuarantorEligibility
{
    private readonly RetirementAges _ages;

    /// <summary>Creates the rule with configured retirement ages.</summary>
    public GuarantorEligibility(RetirementAges ages)
    {
        ArgumentNullException.ThrowIfNull(ages);
        _ages = ages;
    }

    /// <summary>Evaluates an individual guarantor for obligations running from <paramref name="from"/> to <paramref name="until"/> inclusive.</summary>
    public GuarantorVerdict Evaluate(Iin guarantor, DateOnly from, DateOnly until)
    {
        ArgumentNullException.ThrowIfNull(guarantor);
        if (until < from)
        {
            throw new ArgumentException($"obligations end {until:yyyy-MM-dd} before they start {from:yyyy-MM-dd}", nameof(until));
        }

        var ageAtStart = guarantor.AgeOn(from);
        if (ageAtStart < _ages.MinimumGuarantorAge)
        {
            return new GuarantorVerdict(
                false, $"A.2.9: guarantor is {ageAtStart} on {from:yyyy-MM-dd}; must be at least {_ages.MinimumGuarantorAge}");
        }

        var retirement = _ages.For(guarantor.Sex);
        var ageAtEnd = guarantor.AgeOn(until);
        if (ageAtEnd >= retirement)
        {
            var retiresOn = guarantor.BirthDate.AddYears(retirement);
            return new GuarantorVerdict(
                false,
                $"A.2.9: guarantor reaches retirement age {retirement} on {retiresOn:yyyy-MM-dd}, before obligations end {until:yyyy-MM-dd}");
        }

        return new GuarantorVerdict(true, $"A.2.9: aged {ageAtStart} at start, {ageAtEnd} at end; retirement age {retirement}");
    }
}

namespace RentToOwn.Domain.Identity;

/// <summary>
/// Retirement ages used by <see cref="GuarantorEligibility"/> (configuration section <c>Domain:RetirementAges</c>).
/// Defaults: men 63, women 61 (Social Code of the Republic of Kazakhstan, art. 207; the women's age is frozen at 61 until 2028).
/// </summary>
public sealed class RetirementAges
{
    /// <summary>Retirement age of men in whole years.</summary>
    public int Men { get; set; } = 63;

    /// <summary>Retirement age of women in whole years.</summary>
    public int Women { get; set; } = 61;

    /// <summary>Minimum guarantor age in whole years (A.2.9: over 21).</summary>
    public int MinimumGuarantorAge { get; set; } = 21;

    /// <summary>The retirement age for <paramref name="sex"/>.</summary>
    public int For(Sex sex) => sex == Sex.Male ? Men : Women;
}

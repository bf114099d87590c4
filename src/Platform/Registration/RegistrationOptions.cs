namespace RentToOwn.Platform.Registration;

/// <summary>Configuration section <c>Registration</c>.</summary>
public sealed class RegistrationOptions
{
    /// <summary>The section name.</summary>
    public const string Section = "Registration";

    /// <summary>The state registration fee per application in tiyn (default 1 MRP of 2026: 4 325 ₸); set per the tariff in force.</summary>
    public long FeeTiyn { get; set; } = 432_500;

    /// <summary>A.38 monitor: how often the Quartz job checks the one-working-day deadline.</summary>
    public TimeSpan DeadlineCheckInterval { get; set; } = TimeSpan.FromMinutes(15);
}

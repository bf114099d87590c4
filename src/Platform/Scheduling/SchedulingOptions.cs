namespace RentToOwn.Platform.Scheduling;

/// <summary>Configuration section <c>Scheduling</c>: the Quartz scheduler and the reminder jobs.</summary>
public sealed class SchedulingOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Scheduling";

    /// <summary>
    /// The one "scheduling enabled" rule every area's job follows: <c>Scheduling:Enabled</c>, else the older
    /// <c>Jobs:Enabled</c>, else on.
    /// </summary>
    public static bool IsEnabled(IConfiguration configuration) =>
        configuration.GetValue<bool?>($"{Section}:Enabled") ?? configuration.GetValue("Jobs:Enabled", true);

    /// <summary>Job store; <see cref="SchedulingStore.Database"/> unless configured.</summary>
    public SchedulingStore Store { get; set; } = SchedulingStore.Database;

    /// <summary>
    /// Quartz clustering over the shared database (several platform instances, one firing per trigger).
    /// Off by default: one instance runs the jobs. Needs <see cref="SchedulingStore.Database"/> on PostgreSQL.
    /// </summary>
    public bool Clustered { get; set; }

    /// <summary>Prefix of the Quartz tables (<c>QRTZ_JOB_DETAILS</c>, <c>QRTZ_TRIGGERS</c>, …; lower case on PostgreSQL).</summary>
    public string TablePrefix { get; set; } = "QRTZ_";

    /// <summary>
    /// How late (seconds) a firing may be before it counts as missed; a missed firing fires once as soon as the
    /// scheduler is back (after a restart, for instance) and the schedule goes on from there.
    /// </summary>
    public int MisfireThresholdSeconds { get; set; } = 60;

    /// <summary>Quartz instance name (rows of one scheduler are keyed by it).</summary>
    public string InstanceName { get; set; } = "RentToOwn";

    /// <summary>How often the A.7 applicant reminder runs, in minutes.</summary>
    public int ApplicationReminderMinutes { get; set; } = 60;

    /// <summary>How often the A.13 review-queue reminder runs, in minutes.</summary>
    public int ReviewReminderMinutes { get; set; } = 60;

    /// <summary>A.13: remind the officer when this many calendar days (or fewer) remain of the 15.</summary>
    public int ReviewWarningDays { get; set; } = 3;

    /// <summary>How often the video-session reminder sweep runs, in minutes.</summary>
    public int VideoReminderMinutes { get; set; } = 5;

    /// <summary>Hours before a video session when each participant is reminded (A.21, A.30), comma-separated.</summary>
    public string VideoReminderHours { get; set; } = "24,1";

    /// <summary>
    /// <see cref="VideoReminderHours"/> as lead times, longest first; a clear error for anything but positive whole hours.
    /// </summary>
    public IReadOnlyList<TimeSpan> VideoReminderLeads()
    {
        var leads = new List<TimeSpan>();
        foreach (var part in VideoReminderHours.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (!int.TryParse(part, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var h) || h is < 1 or > 24 * 14)
            {
                throw new InvalidOperationException(
                    $"Scheduling:VideoReminderHours must list whole hours between 1 and 336, e.g. \"24,1\"; got \"{VideoReminderHours}\".");
            }

            leads.Add(TimeSpan.FromHours(h));
        }

        return leads.Distinct().OrderDescending().ToList();
    }
}

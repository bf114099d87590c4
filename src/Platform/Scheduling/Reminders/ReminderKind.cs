using System.Text.Json.Serialization;

namespace RentToOwn.Platform.Scheduling.Reminders;

/// <summary>What a <see cref="SentReminder"/> reminded of.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ReminderKind>))]
public enum ReminderKind
{
    /// <summary>A.13: an application in the officer's queue is close to its 15-calendar-day decision deadline.</summary>
    ReviewDueSoon = 1,

    /// <summary>A.13: the decision deadline has passed.</summary>
    ReviewOverdue = 2,

    /// <summary>A video session (A.21, A.30) starts within one of the configured lead times.</summary>
    VideoSession = 3,
}

using System.Text.Json.Serialization;

namespace RentToOwn.Platform.VideoSessions.Model;

/// <summary>Where a video session stands.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VideoSessionStatus>))]
public enum VideoSessionStatus
{
    /// <summary>Scheduled by KTK; nobody has joined yet.</summary>
    Scheduled = 1,

    /// <summary>At least one participant has joined.</summary>
    InProgress = 2,

    /// <summary>The registrar recorded a signed verdict.</summary>
    Completed = 3,
}

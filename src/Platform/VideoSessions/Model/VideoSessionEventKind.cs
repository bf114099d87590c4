using System.Text.Json.Serialization;

namespace RentToOwn.Platform.VideoSessions.Model;

/// <summary>What a log line records.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VideoSessionEventKind>))]
public enum VideoSessionEventKind
{
    /// <summary>The participant's browser joined the room.</summary>
    Joined = 1,

    /// <summary>The participant's browser left (or lost its connection).</summary>
    Left = 2,
}

using System.Text.Json.Serialization;

namespace RentToOwn.Platform.VideoSessions.Model;

/// <summary>Who takes part in a video session (A.21, A.30).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<ParticipantRole>))]
public enum ParticipantRole
{
    /// <summary>KTK's representative.</summary>
    KtkRepresentative = 1,

    /// <summary>The recipient (tenant).</summary>
    Tenant = 2,

    /// <summary>The tenant's spouse (A.23: both spouses take part if married).</summary>
    Spouse = 3,

    /// <summary>The State Corporation's registrar, who runs the session.</summary>
    Registrar = 4,
}

using System.Text.Json.Serialization;

namespace RentToOwn.Platform.VideoSessions.Model;

/// <summary>Why the registrar meets the parties.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<VideoSessionKind>))]
public enum VideoSessionKind
{
    /// <summary>A.21: before the lease encumbrance is registered.</summary>
    Registration = 1,

    /// <summary>A.30: before the termination of the encumbrance and the tenant's ownership are registered.</summary>
    TerminationAndOwnership = 2,
}

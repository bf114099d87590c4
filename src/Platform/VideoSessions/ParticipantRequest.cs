using RentToOwn.Platform.VideoSessions.Model;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>One invited person.</summary>
/// <param name="Role">Their part.</param>
/// <param name="Iin">Their IIN (they must have a platform account).</param>
public sealed record ParticipantRequest(ParticipantRole Role, string Iin);

namespace RentToOwn.Platform.VideoSessions.Identity;

/// <summary>Bytes to sign with the AUTH key, and the sealed token that brings them back.</summary>
/// <param name="Data">Base64 of the text to sign.</param>
/// <param name="Token">Tamper-proof, time-limited token holding the same text.</param>
public sealed record IdentityChallenge(string Data, string Token);

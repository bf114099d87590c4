namespace RentToOwn.Eds.Authentication;

/// <summary>
/// A login challenge: <see cref="Nonce"/> is base64 of 32 random bytes. The browser signs the decoded bytes with
/// its AUTH key (e.g. NCALayer createCAdESFromBase64(…, Nonce, …)) and posts the CMS back.
/// </summary>
/// <param name="Nonce">Base64 nonce; also the challenge's id.</param>
/// <param name="IssuedAt">When it was issued.</param>
/// <param name="ExpiresAt">When it stops being accepted (issued + 5 minutes).</param>
public sealed record LoginChallenge(string Nonce, DateTimeOffset IssuedAt, DateTimeOffset ExpiresAt);

using Microsoft.Extensions.Time.Testing;
using RentToOwn.Eds.Algorithms;
using RentToOwn.Eds.Authentication;
using RentToOwn.Eds.Pki;
using RentToOwn.Eds.Signing;
using RentToOwn.Eds.Tests.Fixtures;
using RentToOwn.Eds.Verification;

namespace RentToOwn.Eds.Tests.Authentication;

[Collection(PkiCollection.Name)]
public sealed class LoginChallengeTests(PkiFixture fx)
{
    private readonly FakeTimeProvider _clock = new(PkiFixture.Start.AddDays(3));
    private readonly InMemoryChallengeStore _store = new();

    private LoginChallengeService Service() =>
        new(_store, new CadesVerifier(), new VerificationPolicy(fx.Trust, [fx.CrlsAt(_clock.GetUtcNow())], _clock), _clock);

    private byte[] SignNonce(LoginChallenge challenge, KeyAlgorithm alg, string key, bool attached = true) =>
        new CadesSigner(_clock).Sign(Convert.FromBase64String(challenge.Nonce), fx.Keys[(alg, key)].Key, new CadesSignOptions(attached));

    [Theory]
    [InlineData(KeyAlgorithm.Rsa)]
    [InlineData(KeyAlgorithm.Gost)]
    public void A_challenge_works_exactly_once(KeyAlgorithm alg)
    {
        var service = Service();
        var challenge = service.Issue();
        var cms = SignNonce(challenge, alg, "tenant-auth");

        var first = service.Complete(challenge.Nonce, cms);
        var replay = service.Complete(challenge.Nonce, cms);

        Assert.True(first.Succeeded, first.Error);
        Assert.Equal(DemoParties.ByRole("tenant").Iin, first.Principal!.Iin);
        Assert.Null(first.Principal.Bin);
        Assert.Contains(KzOids.RoleIndividual, first.Principal.RoleOids);
        Assert.False(replay.Succeeded);
        Assert.Contains("already used", replay.Error);
    }

    [Fact]
    public void Detached_signature_over_the_nonce_also_works()
    {
        var service = Service();
        var challenge = service.Issue();

        var result = service.Complete(challenge.Nonce, SignNonce(challenge, KeyAlgorithm.Gost, "tenant-auth", attached: false));

        Assert.True(result.Succeeded, result.Error);
    }

    [Fact]
    public void An_expired_challenge_is_refused()
    {
        var service = Service();
        var challenge = service.Issue();
        Assert.Equal(challenge.IssuedAt.AddMinutes(5), challenge.ExpiresAt);
        _clock.Advance(TimeSpan.FromMinutes(5) + TimeSpan.FromSeconds(1));
        var cms = SignNonce(challenge, KeyAlgorithm.Rsa, "tenant-auth");

        var result = service.Complete(challenge.Nonce, cms);

        Assert.False(result.Succeeded);
        Assert.Equal("challenge expired", result.Error);
    }

    [Fact]
    public void A_signing_key_cannot_log_in()
    {
        var service = Service();
        var challenge = service.Issue();

        var result = service.Complete(challenge.Nonce, SignNonce(challenge, KeyAlgorithm.Rsa, "tenant"));

        Assert.False(result.Succeeded);
        Assert.Equal(SubIndication.ChainConstraintsFailure, result.Report!.Signatures[0].SubIndication);
    }

    [Fact]
    public void A_revoked_auth_key_cannot_log_in()
    {
        _clock.SetUtcNow(PkiFixture.RevokedAt.AddDays(1));
        var service = Service();
        var challenge = service.Issue();

        var result = service.Complete(challenge.Nonce, SignNonce(challenge, KeyAlgorithm.Gost, "revoked-auth"));

        Assert.False(result.Succeeded);
        Assert.Contains("REVOKED", result.Error);
    }

    [Fact]
    public void A_signature_over_another_challenge_is_refused_and_burns_the_nonce()
    {
        var service = Service();
        var mine = service.Issue();
        var other = service.Issue();
        var cms = SignNonce(other, KeyAlgorithm.Rsa, "tenant-auth");

        var wrong = service.Complete(mine.Nonce, cms);
        var retry = service.Complete(mine.Nonce, SignNonce(mine, KeyAlgorithm.Rsa, "tenant-auth"));

        Assert.False(wrong.Succeeded);
        Assert.False(retry.Succeeded);
        Assert.True(service.Complete(other.Nonce, cms).Succeeded);
    }

    [Fact]
    public void A_stale_signature_is_refused()
    {
        var service = Service();
        var challenge = service.Issue();
        // Signed with a clock ten minutes behind: signing-time predates the challenge.
        var cms = new CadesSigner(new FakeTimeProvider(_clock.GetUtcNow().AddMinutes(-10)))
            .Sign(Convert.FromBase64String(challenge.Nonce), fx.Keys[(KeyAlgorithm.Rsa, "tenant-auth")].Key, new CadesSignOptions(true));

        var result = service.Complete(challenge.Nonce, cms);

        Assert.False(result.Succeeded);
        Assert.Contains("not fresh", result.Error);
    }

    [Fact]
    public void Garbage_and_unknown_nonces_are_refused()
    {
        var service = Service();
        var challenge = service.Issue();

        Assert.False(service.Complete("not-a-nonce", [1, 2, 3]).Succeeded);
        Assert.False(service.Complete(challenge.Nonce, [0x30, 0x03, 0x02, 0x01, 0x01]).Succeeded);
        Assert.Equal(0, _store.Count);
    }

    [Fact]
    public void Expired_challenges_are_purged()
    {
        var service = Service();
        service.Issue();
        _clock.Advance(TimeSpan.FromMinutes(6));
        service.Issue();

        Assert.Equal(1, _store.Count);
    }
}

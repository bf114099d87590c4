using System.Net;
using RentToOwn.Platform.Tests.Infrastructure;
using RentToOwn.Platform.Tests.VideoSessions;

namespace RentToOwn.Platform.Tests.Identity;

/// <summary>Issue 15: a login CMS must hold exactly one SignerInfo, checked before anything is verified.</summary>
public sealed class LoginSignerLimitTests : IDisposable
{
    private readonly PlatformFactory _factory = new();

    [Fact]
    public async Task A_login_cms_with_2000_signers_is_refused_in_under_a_second()
    {
        var client = _factory.CreateClient(new() { AllowAutoRedirect = false });
        var c = await EdsClient.ChallengeAsync(client);
        var one = Convert.FromBase64String(EdsClient.Sign(c, DemoKeys.Load(_factory.PkiDirectory, "tenant"), _factory.Time));
        var many = Convert.ToBase64String(SubstitutedCms.WithRepeatedSigner(one, 2_000));

        var watch = System.Diagnostics.Stopwatch.StartNew();
        var r = await EdsClient.AnswerAsync(client, c.Nonce, many);
        watch.Stop();

        Assert.Equal(HttpStatusCode.Unauthorized, r.StatusCode);
        Assert.Contains("the CMS holds 2000 SignerInfos; an authentication needs exactly one", await r.Content.ReadAsStringAsync());
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(1), $"took {watch.Elapsed.TotalMilliseconds:0} ms");
    }

    public void Dispose() => _factory.Dispose();
}

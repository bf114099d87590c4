using Microsoft.Playwright;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.VideoSessions;

/// <summary>
/// Debian Chromium for the video tests: headless, fake camera and microphone
/// (<c>--use-fake-device-for-media-stream --use-fake-ui-for-media-stream</c>), the harness's no-network
/// flags, and loopback ICE candidates allowed so the WebRTC mesh runs on 127.0.0.1 only.
/// </summary>
public sealed class VideoBrowserFixture : IAsyncLifetime
{
    private IPlaywright? _playwright;

    /// <summary>The running browser.</summary>
    public IBrowser Browser { get; private set; } = null!;

    /// <summary>
    /// Keeps every ICE candidate on the loopback interface: the peers of this machine's test talk over
    /// 127.0.0.1 only, never over another interface's address.
    /// </summary>
    public const string LoopbackOnlyScript = """
        (() => {
          const loopback = (line) => / (127\.0\.0\.1|::1) \d+ typ /.test(line);
          const add = RTCPeerConnection.prototype.addIceCandidate;
          RTCPeerConnection.prototype.addIceCandidate = function (c, ...rest) {
            return !c || !c.candidate || loopback(c.candidate) ? add.call(this, c, ...rest) : Promise.resolve();
          };
          const setRemote = RTCPeerConnection.prototype.setRemoteDescription;
          RTCPeerConnection.prototype.setRemoteDescription = function (d, ...rest) {
            if (d && d.sdp) d = { type: d.type, sdp: d.sdp.split('\r\n').filter((l) => !l.startsWith('a=candidate:') || loopback(l)).join('\r\n') };
            return setRemote.call(this, d, ...rest);
          };
        })();
        """;

    /// <inheritdoc />
    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
        {
            throw new InvalidOperationException(
                $"Chromium not found at {BrowserFixture.ChromiumPath}. Run `bash scripts/test.sh` (it installs Debian `chromium`) or `apt-get install chromium`.");
        }

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args =
            [
                "--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--no-first-run",
                "--use-fake-device-for-media-stream", "--use-fake-ui-for-media-stream", "--allow-loopback-in-peer-connection",
                "--autoplay-policy=no-user-gesture-required",
            ],
        });
    }

    /// <inheritdoc />
    public async Task DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}

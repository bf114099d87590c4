using Microsoft.Extensions.DependencyInjection.Extensions;
using RentToOwn.LedgerAdapter;
using RentToOwn.LedgerAdapter.Embedded;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.VideoSessions.Ice;
using RentToOwn.Platform.VideoSessions.Identity;
using RentToOwn.Platform.VideoSessions.Signalling;
using RentToOwn.Platform.VideoSessions.Verdicts;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>Registers the video sessions (A.21, A.30): services, SignalR, ICE/TURN options, the verdict ledger.</summary>
public static class VideoSessionsExtensions
{
    /// <summary>Folder of the embedded ledger under the data directory (when no other ledger is registered).</summary>
    public const string LedgerFolder = "ledger";

    /// <summary>Adds everything the video sessions need.</summary>
    public static IHostApplicationBuilder AddVideoSessions(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<VideoSessionsOptions>().BindConfiguration(VideoSessionsOptions.Section);
        builder.Services.AddSignalR(o => o.MaximumReceiveMessageSize = 128 * 1024);
        builder.Services.AddSingleton<VideoRoomRegistry>();
        builder.Services.AddSingleton<IceServerProvider>();
        builder.Services.AddScoped<VideoSessionService>();
        builder.Services.AddScoped<VideoSessionViews>();
        builder.Services.AddScoped<ParticipantIdentityService>();
        builder.Services.AddScoped<VerdictRecorder>();
        builder.Services.AddScoped<RegistrarVerdicts>();
        builder.Services.AddSingleton<VideoSessionTexts>();

        // The embedded ledger (A.39) in the data directory, unless the host registered its own.
        builder.Services.TryAddSingleton(sp =>
        {
            var dir = new LedgerDirectory(Path.Combine(sp.GetRequiredService<DataDirectory>().Path, LedgerFolder));
            if (!File.Exists(Path.Combine(dir.Path, "log.key")))
            {
                dir.InitAsync("renttoown.platform/ledger", "registrar-witness").GetAwaiter().GetResult();
            }

            return dir;
        });
        builder.Services.TryAddSingleton<ISigningLedger>(sp => sp.GetRequiredService<LedgerDirectory>().Open(sp.GetRequiredService<TimeProvider>()));
        builder.Services.TryAddSingleton(sp => new VerdictLedger(sp.GetRequiredService<ISigningLedger>(), sp.GetRequiredService<LedgerDirectory>().DeploymentSecret()));
        return builder;
    }
}

using RentToOwn.Platform.VideoSessions.Ice;
using RentToOwn.Platform.VideoSessions.Identity;
using RentToOwn.Platform.VideoSessions.Signalling;
using RentToOwn.Platform.VideoSessions.Verdicts;

namespace RentToOwn.Platform.VideoSessions;

/// <summary>Registers the video sessions (A.21, A.30): services, SignalR, ICE/TURN options. Verdicts go to the platform ledger.</summary>
public static class VideoSessionsExtensions
{
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
        return builder;
    }
}

using RentToOwn.Platform.Security;

namespace RentToOwn.Platform.Notifications;

/// <summary>Registers the SMS outbox and the provider.</summary>
public static class NotificationsExtensions
{
    /// <summary>Adds <see cref="SmsOutbox"/> and, unless <c>Sms:Sandbox:Enabled=false</c>, the sandbox <see cref="ISmsSender"/>.</summary>
    public static IHostApplicationBuilder AddPlatformNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section);
        if (StandIn.SandboxSms.IsActive(builder.Configuration))
        {
            builder.Services.AddSingleton<ISmsSender, SandboxSmsSender>();
        }

        builder.Services.AddScoped<SmsOutbox>();
        return builder;
    }
}

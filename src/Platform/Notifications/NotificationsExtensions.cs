namespace RentToOwn.Platform.Notifications;

/// <summary>Registers the SMS outbox and the provider.</summary>
public static class NotificationsExtensions
{
    /// <summary>Adds <see cref="SmsOutbox"/> and the sandbox <see cref="ISmsSender"/>.</summary>
    public static IHostApplicationBuilder AddPlatformNotifications(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SmsOptions>().BindConfiguration(SmsOptions.Section);
        builder.Services.AddSingleton<ISmsSender, SandboxSmsSender>();
        builder.Services.AddScoped<SmsOutbox>();
        return builder;
    }
}

namespace RentToOwn.Platform.Notifications;

/// <summary>
/// An SMS provider. Production plugs in an operator gateway; <see cref="SandboxSmsSender"/> is the
/// local stand-in (no real SMS can leave this machine).
/// </summary>
public interface ISmsSender
{
    /// <summary>Provider name recorded on each message.</summary>
    string Name { get; }

    /// <summary>Delivers <paramref name="message"/>; throws when the provider refuses it.</summary>
    Task SendAsync(SmsMessage message, CancellationToken cancellationToken);
}

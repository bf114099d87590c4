namespace RentToOwn.Platform.Notifications;

/// <summary>
/// Local stand-in provider: "delivery" is the outbox row being marked sent, and the message is
/// readable on the developer inbox page (<c>/Dev/SmsInbox</c>, Development only).
/// </summary>
public sealed class SandboxSmsSender(ILogger<SandboxSmsSender> logger) : ISmsSender
{
    /// <inheritdoc />
    public string Name => "sandbox";

    /// <inheritdoc />
    public Task SendAsync(SmsMessage message, CancellationToken cancellationToken)
    {
        logger.LogInformation("Sandbox SMS queued ({Length} characters); read it on /Dev/SmsInbox", message.Text.Length); // no phone number or text in logs
        return Task.CompletedTask;
    }
}

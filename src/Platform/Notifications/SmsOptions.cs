namespace RentToOwn.Platform.Notifications;

/// <summary>Configuration section <c>Sms</c>.</summary>
public sealed class SmsOptions
{
    /// <summary>Section name.</summary>
    public const string Section = "Sms";

    /// <summary>The portal address written into invitations (A.7).</summary>
    public string PortalUrl { get; set; } = "http://localhost:5000";
}

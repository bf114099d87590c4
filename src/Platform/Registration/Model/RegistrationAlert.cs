namespace RentToOwn.Platform.Registration.Model;

/// <summary>A.38: an alert to KTK officers that a registration missed its one-working-day deadline.</summary>
public sealed class RegistrationAlert
{
    /// <summary>Primary key.</summary>
    public Guid Id { get; set; }

    /// <summary>The application.</summary>
    public Guid RegistrationId { get; set; }

    /// <summary>When the decision was due.</summary>
    public DateTimeOffset DueAt { get; set; }

    /// <summary>When the breach was noticed.</summary>
    public DateTimeOffset RaisedAt { get; set; }

    /// <summary>The message.</summary>
    public required string Message { get; set; }
}

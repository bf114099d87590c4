namespace RentToOwn.Platform.Registration.Model;

/// <summary>What a timeline entry records.</summary>
public enum RegistrationEventKind
{
    /// <summary>A platform step (formed, consent, signed, verdict, fee, submitted).</summary>
    Platform,
    /// <summary>A cadastre status change.</summary>
    Status,
    /// <summary>A cadastre notice (A.28, A.37).</summary>
    Notice,
}

namespace RentToOwn.Platform.Tests.Security.Authorization;

/// <summary>
/// Who calls in the authorization matrix: nobody, each role of <c>Identity/PlatformRoles</c> as a party of the victim's
/// objects (the demo parties), and another user of each role who is no party of them.
/// The letters are the matrix's columns (upper case: the party; lower case: the other user of that role).
/// </summary>
public enum Caller
{
    /// <summary>A: no session.</summary>
    Anonymous,
    /// <summary>T: the victim tenant.</summary>
    Tenant,
    /// <summary>S: the victim tenant's spouse.</summary>
    Spouse,
    /// <summary>G: the victim's guarantor.</summary>
    Guarantor,
    /// <summary>O: the KTK officer who handles the victim's application.</summary>
    Officer,
    /// <summary>H: KTK's head (also an officer).</summary>
    Head,
    /// <summary>R: the registrar of the victim's video session.</summary>
    Registrar,
    /// <summary>t: another tenant.</summary>
    OtherTenant,
    /// <summary>s: another tenant's spouse.</summary>
    OtherSpouse,
    /// <summary>g: another guarantor.</summary>
    OtherGuarantor,
    /// <summary>o: another KTK officer.</summary>
    OtherOfficer,
    /// <summary>h: another KTK head.</summary>
    OtherHead,
    /// <summary>r: another registrar.</summary>
    OtherRegistrar,
}

/// <summary>The column letters of <see cref="Caller"/>.</summary>
public static class Callers
{
    public const string Letters = "ATSGOHRtsgohr";

    public static Caller Of(char letter) => (Caller)Letters.IndexOf(letter) is var c && (int)c >= 0 ? c : throw new ArgumentException($"no caller '{letter}'");

    public static char Letter(this Caller c) => Letters[(int)c];
}

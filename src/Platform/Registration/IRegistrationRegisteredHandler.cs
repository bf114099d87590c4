using RentToOwn.Platform.Registration.Model;

namespace RentToOwn.Platform.Registration;

/// <summary>Told when the cadastre registered an application (A.25, A.34), e.g. so KTK's housing stock follows the flat.</summary>
public interface IRegistrationRegisteredHandler
{
    /// <summary>Called once, after <paramref name="app"/> turned Registered and was saved.</summary>
    Task OnRegisteredAsync(RegistrationApplication app, CancellationToken ct);
}

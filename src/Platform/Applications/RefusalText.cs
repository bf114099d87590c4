using System.Globalization;
using System.Text;

namespace RentToOwn.Platform.Applications;

/// <summary>A.16: the reasoned refusal as the text KTK's head signs (deterministic, rebuilt to verify).</summary>
public static class RefusalText
{
    /// <summary>The refusal of <paramref name="app"/>.</summary>
    public static string Render(TenantApplication app) =>
        "KTK refusal / ҚТК бас тарту / Отказ КЖК (A.16)\n" +
        string.Create(CultureInfo.InvariantCulture, $"application: {app.Id}\ntenant IIN: {app.TenantIin}\n") +
        string.Create(CultureInfo.InvariantCulture, $"decided by: {app.DecidedByIin}\ndecided at: {app.DecidedAt?.UtcDateTime:yyyy-MM-ddTHH:mm:ssZ}\n") +
        $"reasons:\n{app.RefusalReasons}\n";

    /// <summary>The bytes signed.</summary>
    public static byte[] Bytes(TenantApplication app) => Encoding.UTF8.GetBytes(Render(app));
}

using RentToOwn.Platform;
using RentToOwn.Platform.Security;

try
{
    PlatformApp.Build(args).Run();
}
catch (ProductionReadinessException e)
{
    Console.Error.WriteLine(e.Message);
    return 2;
}

return 0;

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

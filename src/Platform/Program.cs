using RentToOwn.Platform;

PlatformApp.Build(args).Run();

/// <summary>Entry point; public so that tests can host it with WebApplicationFactory.</summary>
public partial class Program;

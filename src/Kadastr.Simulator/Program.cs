namespace RentToOwn.Kadastr.Simulator;

/// <summary>Runs the cadastre simulator (ЖМБМК АЖ) as its own service.</summary>
public static class SimulatorProgram
{
    /// <summary>Entry point.</summary>
    public static void Main(string[] args)
    {
        var builder = WebApplication.CreateBuilder(args);
        var app = builder.Build();
        app.MapGet("/healthz", () => Results.Ok(new { status = "ok" }));
        app.Run();
    }
}

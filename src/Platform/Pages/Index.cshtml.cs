using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Pages;

/// <summary>The landing page: says what is running.</summary>
public sealed class IndexModel(PlatformDbContext db, IHostEnvironment environment) : PageModel
{
    /// <summary>Host environment name.</summary>
    public string Environment { get; private set; } = "";

    /// <summary>Database engine in use.</summary>
    public string DatabaseProvider { get; private set; } = "";

    /// <summary>Number of applied migrations.</summary>
    public int AppliedMigrations { get; private set; }

    /// <summary>Fills the facts.</summary>
    public async Task OnGetAsync(CancellationToken ct)
    {
        Environment = environment.EnvironmentName;
        DatabaseProvider = db.Database.IsNpgsql() ? "PostgreSQL" : "SQLite";
        AppliedMigrations = (await db.Database.GetAppliedMigrationsAsync(ct)).Count();
    }
}

using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace RentToOwn.Platform.Persistence;

/// <summary>Registers <see cref="PlatformDbContext"/> on the configured provider.</summary>
public static class PersistenceExtensions
{
    /// <summary>Connection-string name read from <c>ConnectionStrings</c>.</summary>
    public const string ConnectionStringName = "Platform";

    /// <summary>
    /// Adds the database: <c>Database:Provider</c> picks SQLite (default; file under
    /// <c>RentToOwn:DataDirectory</c>) or PostgreSQL (<c>ConnectionStrings:Platform</c>, required).
    /// Pending migrations are applied at start-up unless <c>Database:MigrateOnStartup</c> is false.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformPersistence(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<DatabaseOptions>().BindConfiguration(DatabaseOptions.Section);
        builder.Services.AddOptions<PlatformDataOptions>().BindConfiguration(PlatformDataOptions.Section);
        builder.Services.AddSingleton<DataDirectory>();
        builder.Services.AddSingleton(sp => new ChangeSignals(sp.GetRequiredService<TimeProvider>()));

        var provider = builder.Configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>()?.Provider
                       ?? DatabaseProvider.Sqlite;
        if (provider == DatabaseProvider.PostgreSql)
        {
            builder.Services.AddDbContext<PlatformDbContext, PostgreSqlPlatformDbContext>((sp, o) =>
                o.UseNpgsql(RequiredConnectionString(sp.GetRequiredService<IConfiguration>())).AddInterceptors(sp.GetRequiredService<ChangeSignals>().Interceptor));
        }
        else
        {
            builder.Services.AddDbContext<PlatformDbContext, SqlitePlatformDbContext>((sp, o) =>
                o.UseSqlite(SqliteConnectionString(sp)).AddInterceptors(sp.GetRequiredService<ChangeSignals>().Interceptor, SqliteBusyTimeout.Instance));
        }

        builder.Services.AddHostedService<DatabaseMigrator>();
        return builder;
    }

    private static string RequiredConnectionString(IConfiguration configuration) =>
        configuration.GetConnectionString(ConnectionStringName) is { Length: > 0 } cs
            ? cs
            : throw new InvalidOperationException(
                "Database:Provider is PostgreSql but ConnectionStrings:Platform is empty. " +
                "Set it, e.g. ConnectionStrings__Platform=\"Host=127.0.0.1;Database=renttoown;Username=rto;Password=...\".");

    private static string SqliteConnectionString(IServiceProvider sp)
    {
        if (sp.GetRequiredService<IConfiguration>().GetConnectionString(ConnectionStringName) is { Length: > 0 } cs)
        {
            return cs;
        }

        var file = Path.Combine(sp.GetRequiredService<DataDirectory>().Path,
            sp.GetRequiredService<IOptions<DatabaseOptions>>().Value.SqliteFileName);
        return $"Data Source={file}";
    }
}

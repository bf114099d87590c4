using Microsoft.Data.Sqlite;
using Npgsql;
using Quartz;
using RentToOwn.Platform.Persistence;
using RentToOwn.Platform.Applications.Reminders;
using RentToOwn.Platform.Recipients;
using RentToOwn.Platform.VideoSessions.Reminders;
using RentToOwn.Platform.Scheduling.Reminders;

namespace RentToOwn.Platform.Scheduling;

/// <summary>
/// The platform's one Quartz scheduler: a persistent ADO.NET job store in the platform's database (SQLite or
/// PostgreSQL, as <c>Database:Provider</c> says), tables created at start-up, declared jobs replaced on every start
/// (never duplicated), missed firings fired once as soon as the scheduler is back.
/// </summary>
/// <remarks>
/// Other areas add their jobs with their own <c>builder.Services.AddQuartz(q =&gt; q.ScheduleJob&lt;TJob&gt;(t =&gt;
/// t.WithIdentity("fixed-name")…))</c>: registering the default scheduler is additive in Quartz 4, so those calls
/// land in this scheduler and its store whatever order they run in. See docs/scheduling.md.
/// </remarks>
public static class SchedulingExtensions
{
    /// <summary>
    /// Adds the scheduler, its store, the reminder services and jobs (A.7, A.13, video sessions) and, unless
    /// <c>Scheduling:Enabled</c> (or the older <c>Jobs:Enabled</c>) is false, the hosted service that runs it.
    /// </summary>
    public static IHostApplicationBuilder AddPlatformScheduling(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<SchedulingOptions>().BindConfiguration(SchedulingOptions.Section);
        builder.Services.AddScoped<ReminderLog>();
        builder.Services.AddScoped<ReviewDeadlineReminders>();
        builder.Services.AddScoped<VideoSessionReminders>();
        builder.Services.AddSingleton<OneOffJobs>();

        var configuration = builder.Configuration;
        var options = configuration.GetSection(SchedulingOptions.Section).Get<SchedulingOptions>() ?? new SchedulingOptions();
        var enabled = SchedulingOptions.IsEnabled(configuration);
        Validate(options);

        builder.Services.AddQuartz(q =>
        {
            q.ConfigureScheduler(s =>
            {
                s.InstanceName = options.InstanceName;
                // Misfires (the platform was down when a trigger was due): fire once now, then go on with the schedule.
                s.DefaultMisfireHandling = DefaultMisfireHandling.FireAndProceed;
            });
            // A stopped scheduler never touches the database: a disabled one keeps whatever it is given in memory.
            if (enabled && options.Store == SchedulingStore.Database)
            {
                q.UsePersistentStore(store => ConfigureDatabaseStore(store, builder, options));
            }
            else
            {
                q.UseInMemoryStore(m => m.MisfireThreshold = TimeSpan.FromSeconds(options.MisfireThresholdSeconds));
            }

            q.ScheduleJob<ApplicationReminderJob>(Every<ApplicationReminderJob>(ApplicationReminderJob.Name, options.ApplicationReminderMinutes));
            q.ScheduleJob<ReviewDeadlineReminderJob>(Every<ReviewDeadlineReminderJob>(ReviewDeadlineReminderJob.Name, options.ReviewReminderMinutes));
            q.ScheduleJob<VideoSessionReminderJob>(Every<VideoSessionReminderJob>(VideoSessionReminderJob.Name, options.VideoReminderMinutes));
        });

        if (enabled)
        {
            builder.Services.AddQuartzHostedService(o => o.WaitForJobsToComplete = true);
        }
        else
        {
            // Disabled means nothing fires, even if some other registration adds Quartz's hosted service.
            builder.Services.ConfigureAll<QuartzHostedServiceOptions>(o => o.AutoStart = false);
        }

        return builder;
    }

    /// <summary>A repeating trigger with a fixed identity (so a restart replaces it), first firing at start.</summary>
    private static Action<ITriggerConfigurator<T>> Every<T>(string name, int minutes) where T : IJob =>
        t => t.WithIdentity(name).StartNow()
            .WithSimpleSchedule(s => s.WithInterval(TimeSpan.FromMinutes(minutes)).RepeatForever());

    private static void ConfigureDatabaseStore(IPersistentStoreBuilder store, IHostApplicationBuilder builder, SchedulingOptions options)
    {
        var configuration = builder.Configuration;
        var provider = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        var connectionString = configuration.GetConnectionString(PersistenceExtensions.ConnectionStringName);
        if (provider.Provider == DatabaseProvider.PostgreSql)
        {
            if (string.IsNullOrWhiteSpace(connectionString))
            {
                throw new InvalidOperationException(
                    "Database:Provider is PostgreSql but ConnectionStrings:Platform is empty; the Quartz job store lives in the same database.");
            }

            store.UsePostgres(NpgsqlFactory.Instance, connectionString);
        }
        else
        {
            if (options.Clustered)
            {
                throw new InvalidOperationException(
                    "Scheduling:Clustered needs Database:Provider=PostgreSql: SQLite serializes in one process and cannot share row locks between instances.");
            }

            // The platform's SQLite file (same resolution as PersistenceExtensions), through Microsoft.Data.Sqlite.
            // The folder is created here, as DataDirectory does, whichever hosted service happens to start first.
            var directory = new PlatformDataOptions { DataDirectory = configuration[$"{PlatformDataOptions.Section}:DataDirectory"] }
                .ResolveDataDirectory(builder.Environment.ContentRootPath);
            if (string.IsNullOrWhiteSpace(connectionString)) Directory.CreateDirectory(directory);
            store.UseSqlite(SqliteFactory.Instance, string.IsNullOrWhiteSpace(connectionString)
                ? $"Data Source={Path.Combine(directory, provider.SqliteFileName)}"
                : connectionString);
        }

        store.UseSystemTextJsonSerializer();
        store.ConfigureStore(o =>
        {
            o.TablePrefix = options.TablePrefix;
            o.StoreJobDataAsStrings = true; // job data is readable name/value text, tolerant of code changes
            o.MisfireThreshold = TimeSpan.FromSeconds(options.MisfireThresholdSeconds);
        });
        // The Quartz tables are created at start-up when missing (Quartz's own DDL for the dialect; never altered or dropped).
        store.ProvisionSchema();
        if (options.Clustered)
        {
            store.UseClustering(_ => { });
        }
    }

    private static void Validate(SchedulingOptions options)
    {
        foreach (var (key, minutes) in new[]
                 {
                     (nameof(SchedulingOptions.ApplicationReminderMinutes), options.ApplicationReminderMinutes),
                     (nameof(SchedulingOptions.ReviewReminderMinutes), options.ReviewReminderMinutes),
                     (nameof(SchedulingOptions.VideoReminderMinutes), options.VideoReminderMinutes),
                 })
        {
            if (minutes is < 1 or > 24 * 60)
            {
                throw new InvalidOperationException($"Scheduling:{key} must be between 1 and 1440 minutes; got {minutes}.");
            }
        }

        if (options.MisfireThresholdSeconds < 1)
        {
            throw new InvalidOperationException($"Scheduling:MisfireThresholdSeconds must be at least 1; got {options.MisfireThresholdSeconds}.");
        }

        if (string.IsNullOrWhiteSpace(options.TablePrefix) || !options.TablePrefix.All(c => char.IsAsciiLetterOrDigit(c) || c == '_'))
        {
            throw new InvalidOperationException($"Scheduling:TablePrefix must be letters, digits and underscores; got \"{options.TablePrefix}\".");
        }

        _ = options.VideoReminderLeads();
    }
}

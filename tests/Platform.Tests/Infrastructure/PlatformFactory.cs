using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.Mvc.Testing.Handlers;
using Microsoft.AspNetCore.TestHost;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;
using Quartz;
using RentToOwn.Platform.Identity;
using RentToOwn.Platform.Persistence;

namespace RentToOwn.Platform.Tests.Infrastructure;

/// <summary>
/// The real app on a temp data directory (its own SQLite file) with a fake clock.
/// Tests sign in through <c>/test-login/{iin}</c>, which exists only in this test host and issues the
/// app's real session cookie for a directory account (the EDS login is tested on its own).
/// </summary>
public class PlatformFactory : WebApplicationFactory<Program>
{
    private readonly string _dataDir = Directory.CreateTempSubdirectory("rto-platform-").FullName;

    /// <summary>Start of the fake clock: Wed 2026-11-25 09:00 Almaty (04:00 UTC).</summary>
    public static readonly DateTimeOffset FakeStart = new(2026, 11, 25, 4, 0, 0, TimeSpan.Zero);

    /// <summary>The clock the app sees (unless <see cref="UseSystemClock"/>).</summary>
    public FakeTimeProvider Time { get; } = new(FakeStart);

    /// <summary>The shared test PKI folder this host trusts (demo parties, keys under keys/ROLE/).</summary>
    public string PkiDirectory => UseSystemClock ? SharedPki.SystemClockDirectory : SharedPki.FakeClockDirectory;

    /// <summary>Data directory used by this host.</summary>
    public string DataDirectory => _dataDir;

    /// <summary>Extra configuration (key → value) applied before the host builds.</summary>
    public Dictionary<string, string?> Settings { get; } = new();

    /// <summary>Use the system clock instead of <see cref="Time"/> (browser tests, where cookies meet a real clock).</summary>
    public bool UseSystemClock { get; set; }

    /// <summary>
    /// A clock for the Quartz scheduler alone (real-clock hosts with jobs): its triggers fire when the test advances
    /// this clock, not when wall time passes on a loaded machine. The app itself keeps its own clock.
    /// </summary>
    public FakeTimeProvider? SchedulerTime { get; set; }

    /// <summary>Host environment (Development by default, like <c>dotnet run</c>).</summary>
    public string EnvironmentName { get; set; } = "Development";

    /// <inheritdoc />
    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(EnvironmentName);
        builder.UseSetting("RentToOwn:DataDirectory", _dataDir);
        builder.UseSetting("Eds:PkiDirectory", PkiDirectory);
        builder.UseSetting("Eds:CreateTestPki", "false");
        builder.UseSetting("Jobs:Enabled", UseSystemClock ? "true" : "false"); // Quartz runs in the real-clock hosts only
        // A real-clock host reaches years the shipped calendar has no data for (2028 on): it computes them from the statutory
        // holidays alone instead of failing every deadline. Fake-clock hosts stay pinned to FakeStart, inside the data.
        if (UseSystemClock) builder.UseSetting("Domain:Calendar:RequireYearData", "false");
        foreach (var (k, v) in Settings) builder.UseSetting(k, v);
        builder.ConfigureTestServices(services =>
        {
            if (!UseSystemClock) services.AddSingleton<TimeProvider>(Time);
            if (SchedulerTime is { } schedulerTime) services.AddQuartz(q => q.UseTimeProvider(schedulerTime));
            services.AddSingleton<IStartupFilter, TestLoginStartupFilter>();
        });
    }

    /// <summary>
    /// A client like the base one (cookies, redirects as asked) that also sends the anti-forgery header on state-changing
    /// API calls (<see cref="AntiforgeryHandler"/>).
    /// </summary>
    public new HttpClient CreateClient(WebApplicationFactoryClientOptions options)
    {
        var handlers = new List<DelegatingHandler> { new AntiforgeryHandler() };
        if (options.AllowAutoRedirect) handlers.Add(new RedirectHandler(options.MaxAutomaticRedirections));
        if (options.HandleCookies) handlers.Add(new CookieContainerHandler());
        var client = CreateDefaultClient(options.BaseAddress, [.. handlers]);
        return client;
    }

    /// <summary>A client with this factory's <c>ClientOptions</c> (see <see cref="CreateClient(WebApplicationFactoryClientOptions)"/>).</summary>
    public new HttpClient CreateClient() => CreateClient(ClientOptions);

    /// <summary>Adds an account to the directory.</summary>
    public async Task<UserAccount> AddUserAsync(string iin, string name, PlatformRoles roles)
    {
        using var scope = Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<PlatformDbContext>();
        var existing = await db.Users.SingleOrDefaultAsync(u => u.Iin == iin);
        if (existing is not null) return existing;
        var user = new UserAccount { Id = Guid.NewGuid(), Iin = iin, FullName = name, Roles = roles, CreatedAt = Time.GetUtcNow() };
        db.Users.Add(user);
        await db.SaveChangesAsync();
        return user;
    }

    /// <summary>A client (with cookies) signed in as the account with <paramref name="iin"/>.</summary>
    public async Task<HttpClient> SignedInClientAsync(string iin)
    {
        var client = CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var r = await client.GetAsync($"/test-login/{iin}");
        r.EnsureSuccessStatusCode();
        return client;
    }

    /// <summary>Runs <paramref name="action"/> with a fresh database context.</summary>
    public async Task<T> WithDbAsync<T>(Func<PlatformDbContext, Task<T>> action)
    {
        using var scope = Services.CreateScope();
        return await action(scope.ServiceProvider.GetRequiredService<PlatformDbContext>());
    }

    /// <inheritdoc />
    protected override void Dispose(bool disposing)
    {
        base.Dispose(disposing);
        if (disposing)
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            try { Directory.Delete(_dataDir, recursive: true); } catch (IOException) { }
        }
    }

    private sealed class TestLoginStartupFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Map("/test-login", branch => branch.Run(async ctx =>
            {
                var iin = ctx.Request.Path.Value!.Trim('/');
                var db = ctx.RequestServices.GetRequiredService<PlatformDbContext>();
                var user = await db.Users.SingleOrDefaultAsync(u => u.Iin == iin);
                if (user is null)
                {
                    ctx.Response.StatusCode = 404;
                    return;
                }

                await ctx.SignInAsync(CookieAuthenticationDefaults.AuthenticationScheme,
                    PlatformClaims.For(user, CookieAuthenticationDefaults.AuthenticationScheme));
            }));
            next(app);
        };
    }
}

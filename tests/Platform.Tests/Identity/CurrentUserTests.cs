using System.Net;
using System.Security.Claims;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using RentToOwn.Platform.Identity;

namespace RentToOwn.Platform.Tests.Identity;

/// <summary>
/// Issue 11 §2: the one helper for the caller (<see cref="CurrentUser"/>, <see cref="PlatformClaims.CurrentOf"/>) and its one
/// behaviour when the account claim is missing: every platform policy refuses (401 anonymous, 403 signed in without an
/// account) before a handler runs, and nothing answers for an empty account.
/// </summary>
public sealed class CurrentUserTests
{
    private static readonly UserAccount Account = new()
    {
        Id = Guid.Parse("6f1c2a4e-0000-4000-8000-000000000011"),
        Iin = "900101300011",
        FullName = "Current User",
        Roles = CabinetPolicies.All.Aggregate(PlatformRoles.None, (r, p) => r | p.Role),
    };

    [Fact]
    public void The_current_user_carries_the_account_the_iin_and_the_roles_of_the_session()
    {
        var session = PlatformClaims.For(Account, "Test");
        var user = PlatformClaims.CurrentOf(session);

        Assert.NotNull(user);
        Assert.Equal(Account.Id, user.AccountId);
        Assert.Equal(Account.Iin, user.Iin);
        Assert.True(user.IsKtkStaff);
        Assert.True(user.IsHead);
        Assert.True(user.IsIn(CabinetPolicies.Registrar));
        Assert.Equal(user, PlatformClaims.Current(session));
        Assert.Same(session, user.Principal);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("not-a-guid")]
    public void A_session_without_a_readable_account_has_no_current_user_and_Current_refuses_rather_than_use_an_empty_account(string? account)
    {
        var principal = WithAccount(account);

        Assert.Null(PlatformClaims.CurrentOf(principal));
        var e = Assert.Throws<InvalidOperationException>(() => PlatformClaims.Current(principal));
        Assert.Contains("No platform account", e.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Binding_reads_the_caller_once_per_request_and_gives_null_without_an_account()
    {
        var full = new DefaultHttpContext { User = PlatformClaims.For(Account, "Test") };
        var missing = new DefaultHttpContext { User = WithAccount(null) };

        Assert.Equal(Account.Id, (await CurrentUser.BindAsync(full))!.AccountId);
        Assert.Null(await CurrentUser.BindAsync(missing));
        Assert.Null(await CurrentUser.BindAsync(new DefaultHttpContext()));
    }

    [Fact]
    public async Task Every_platform_policy_answers_401_anonymous_403_without_an_account_and_runs_the_handler_only_with_one()
    {
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = Environments.Production });
        builder.WebHost.UseTestServer();
        builder.Host.UseDefaultServiceProvider(o => o.ValidateOnBuild = false);
        builder.Logging.ClearProviders();
        builder.AddPlatformIdentity();
        builder.Services.AddAuthentication(HeaderAuth.Name).AddScheme<AuthenticationSchemeOptions, HeaderAuth>(HeaderAuth.Name, null);
        await using var app = builder.Build();
        app.UseAuthentication();
        app.UseAuthorization();
        var handled = new List<Guid>();
        var routes = new List<string> { "/api/probe/default" };
        app.MapGet("/api/probe/default", (CurrentUser me) => { handled.Add(me.AccountId); return TypedResults.Ok(me.AccountId); }).RequireAuthorization();
        foreach (var (policy, _) in CabinetPolicies.All)
        {
            routes.Add($"/api/probe/{policy}");
            app.MapGet($"/api/probe/{policy}", (CurrentUser me) => { handled.Add(me.AccountId); return TypedResults.Ok(me.AccountId); }).RequireAuthorization(policy);
        }

        await app.StartAsync();
        using var client = app.GetTestClient();
        foreach (var route in routes)
        {
            Assert.Equal(HttpStatusCode.Unauthorized, (await SendAsync(client, route, null)).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, route, "no-account")).StatusCode);
            Assert.Equal(HttpStatusCode.Forbidden, (await SendAsync(client, route, "bad-account")).StatusCode);
            using var ok = await SendAsync(client, route, "full");
            Assert.Equal(HttpStatusCode.OK, ok.StatusCode);
            Assert.Equal($"\"{Account.Id}\"", await ok.Content.ReadAsStringAsync());
        }

        Assert.Equal(Enumerable.Repeat(Account.Id, routes.Count), handled);
        await app.StopAsync();
    }

    private static async Task<HttpResponseMessage> SendAsync(HttpClient client, string route, string? who)
    {
        using var request = new HttpRequestMessage(HttpMethod.Get, route);
        if (who is not null) request.Headers.Add(HeaderAuth.Header, who);
        return await client.SendAsync(request);
    }

    // The session's claims with the account claim set to account (absent when null).
    private static ClaimsPrincipal WithAccount(string? account)
    {
        var claims = PlatformClaims.For(Account, "Test").Claims.Where(c => c.Type != PlatformClaims.AccountId).ToList();
        if (account is not null) claims.Add(new Claim(PlatformClaims.AccountId, account));
        return new ClaimsPrincipal(new ClaimsIdentity(claims, "Test"));
    }

    /// <summary>Signs the request in from a header: "full" (the session as the EDS login builds it), "no-account", "bad-account".</summary>
    private sealed class HeaderAuth(IOptionsMonitor<AuthenticationSchemeOptions> options, ILoggerFactory logger, UrlEncoder encoder)
        : AuthenticationHandler<AuthenticationSchemeOptions>(options, logger, encoder)
    {
        public const string Name = "Header";
        public const string Header = "X-Test-User";

        protected override Task<AuthenticateResult> HandleAuthenticateAsync() =>
            Task.FromResult(Request.Headers[Header].ToString() switch
            {
                "full" => Success(PlatformClaims.For(Account, Name)),
                "no-account" => Success(WithAccount(null)),
                "bad-account" => Success(WithAccount("not-a-guid")),
                _ => AuthenticateResult.NoResult(),
            });

        private static AuthenticateResult Success(ClaimsPrincipal principal) =>
            AuthenticateResult.Success(new AuthenticationTicket(new ClaimsPrincipal(new ClaimsIdentity(principal.Claims, Name)), Name));
    }
}

using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http.Metadata;
using Microsoft.AspNetCore.Mvc.Abstractions;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using RentToOwn.Platform.Tests.Infrastructure;

namespace RentToOwn.Platform.Tests.Architecture;

/// <summary>
/// Issue 11: docs/platform.md's <c>## Routes</c> lists every route the app maps (read from its endpoint data source, as the
/// authorization matrix does, with the Development-only routes switched on), and no route the app does not map — so the
/// list cannot go stale. A route is written there as <c>`METHOD /pattern`</c>: constraints and query strings are optional.
/// </summary>
public sealed class RouteListTests
{
    [Fact]
    public void Docs_platform_md_lists_every_mapped_route_and_no_other()
    {
        using var app = new PlatformFactory();
        app.Settings["Dev:AdjustableCalendar"] = "true";
        var mapped = MappedRoutes(app.Services.GetRequiredService<EndpointDataSource>());
        var listed = ListedRoutes(File.ReadAllText(Path.Combine(RepositoryRoot(), "docs", "platform.md")));

        var missing = mapped.Except(listed).Order().ToList();
        var stale = listed.Except(mapped).Order().ToList();
        Assert.True(missing.Count == 0 && stale.Count == 0,
            (missing.Count > 0 ? $"docs/platform.md ## Routes does not list:\n  {string.Join("\n  ", missing)}\n" : "")
            + (stale.Count > 0 ? $"docs/platform.md ## Routes lists routes the app does not map:\n  {string.Join("\n  ", stale)}" : ""));
        Assert.Contains("POST /api/contracts/{id}/signatures", mapped); // the reading itself works
    }

    [Fact]
    public void The_reading_of_the_list_takes_full_routes_only_and_normalises_constraints_and_queries()
    {
        var listed = ListedRoutes("""
            # Title
            `GET /outside` is not in the section
            ## Routes
            | x | `GET /api/a/{id:guid}?wait=` , `POST /api/a/` and `PUT /api/b/{n:int}/c`; `ANY /metrics`; `GET …/{id}` ; `GET /scalar/{documentName?}` |
            ## Next
            `DELETE /api/after`
            """);

        Assert.Equal(["ANY /metrics", "GET /api/a/{id}", "GET /scalar/{documentName}", "POST /api/a", "PUT /api/b/{n}/c"], listed.Order().ToArray());
    }

    /// <summary><c>METHOD /pattern</c> of every route except Razor pages (one line per method; ANY without one).</summary>
    internal static HashSet<string> MappedRoutes(EndpointDataSource source) =>
        source.Endpoints.OfType<RouteEndpoint>()
            .Where(e => e.Metadata.GetMetadata<ActionDescriptor>() is not PageActionDescriptor)
            .SelectMany(e => (e.Metadata.GetMetadata<IHttpMethodMetadata>()?.HttpMethods is { Count: > 0 } m ? m : ["ANY"])
                .Select(method => $"{method} {Normalise(e.RoutePattern.RawText ?? "")}"))
            .ToHashSet();

    /// <summary>Every <c>`METHOD /path`</c> code span in the <c>## Routes</c> section, normalised.</summary>
    internal static HashSet<string> ListedRoutes(string markdown)
    {
        var section = Regex.Match(markdown, @"^## Routes\s*$(.*?)(?=^## |\z)", RegexOptions.Multiline | RegexOptions.Singleline);
        return Regex.Matches(section.Success ? section.Groups[1].Value : "", @"`(GET|POST|PUT|DELETE|PATCH|ANY) (/[^`\s]*)`")
            .Select(m => $"{m.Groups[1].Value} {Normalise(m.Groups[2].Value)}").ToHashSet();
    }

    // {id:guid} → {id}, {name?} → {name}, no query, no trailing slash.
    private static string Normalise(string pattern)
    {
        var p = Regex.Replace(pattern, @"\{(\*{0,2})([A-Za-z0-9_]+)[^}]*\}", "{$2}");
        if (p.IndexOf('?') is var q and >= 0) p = p[..q];
        if (!p.StartsWith('/')) p = "/" + p;
        return p.Length > 1 ? p.TrimEnd('/') : p;
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "RentToOwn.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("repository root not found");
    }
}

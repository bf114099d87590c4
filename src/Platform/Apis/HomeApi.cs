namespace RentToOwn.Platform.Apis;

/// <summary>The landing page: says what is running.</summary>
public static class HomeApi
{
    /// <summary>Maps <c>GET /</c>.</summary>
    public static IEndpointRouteBuilder MapHomeApi(this IEndpointRouteBuilder app)
    {
        app.MapGet("/", GetHome);
        return app;
    }

    private static IResult GetHome(IHostEnvironment env) => Results.Content(
        $"""
        <!doctype html>
        <html lang="kk"><head><meta charset="utf-8"><title>RentToOwn</title></head>
        <body>
        <h1>RentToOwn — сатып алу құқығымен жалға беру</h1>
        <p>Environment: {System.Net.WebUtility.HtmlEncode(env.EnvironmentName)}</p>
        <ul><li><a href="/healthz">/healthz</a> — health check</li></ul>
        </body></html>
        """, "text/html; charset=utf-8");
}

using Scalar.AspNetCore;

namespace RentToOwn.Platform.Extensions;

/// <summary>The API's own documentation: the OpenAPI document (<see cref="ApiDocsExtensions"/> shapes it) and the Scalar browser.</summary>
public static class ApiDocsApi
{
    /// <summary>Maps <c>/openapi/v1.json</c>, and the Scalar browser at <c>/scalar</c> in Development.</summary>
    public static WebApplication MapApiDocs(this WebApplication app)
    {
        app.MapOpenApi();
        if (app.Environment.IsDevelopment())
        {
            app.MapScalarApiReference();
        }

        return app;
    }
}

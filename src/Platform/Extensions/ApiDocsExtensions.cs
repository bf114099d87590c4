using System.Reflection;
using System.Text.Json.Serialization.Metadata;
using Microsoft.AspNetCore.Mvc;
using Microsoft.OpenApi;

namespace RentToOwn.Platform.Extensions;

/// <summary>
/// The HTTP API for integrators: an OpenAPI document generated from the endpoints (<c>/openapi/v1.json</c>), browsable
/// with Scalar in Development (<c>/scalar</c>); every operation documents the error format (RFC 9457 ProblemDetails).
/// Also keeps Development logs readable: EF Core's SQL text is logged at Warning unless configured.
/// </summary>
public static class ApiDocsExtensions
{
    /// <summary>EF Core's category for the SQL text of each command.</summary>
    public const string SqlCategory = "Microsoft.EntityFrameworkCore.Database.Command";

    private const string ProblemSchema = "ProblemDetails";

    /// <summary>Adds the OpenAPI document and the SQL log default.</summary>
    public static IHostApplicationBuilder AddApiDocs(this IHostApplicationBuilder builder)
    {
        builder.Services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolver =
            (o.SerializerOptions.TypeInfoResolver ?? new DefaultJsonTypeInfoResolver()).WithAddedModifier(StructDefaults));
        builder.Services.AddOpenApi("v1", o =>
        {
            o.AddDocumentTransformer((doc, _, _) =>
            {
                doc.Info.Title = "RentToOwn platform API";
                doc.Info.Version = "v1";
                doc.Info.Description = "Rent-to-own housing pilot (Kazakhstan). Cabinet routes need the session cookie of an EDS login; "
                    + "the public verifier (/api/verify) needs none. Errors are application/problem+json (RFC 9457).";
                return Task.CompletedTask;
            });
            o.AddOperationTransformer(async (operation, context, ct) =>
            {
                var doc = context.Document!;
                if (doc.Components?.Schemas?.ContainsKey(ProblemSchema) != true)
                {
                    doc.AddComponent(ProblemSchema, await context.GetOrCreateSchemaAsync(typeof(ProblemDetails), null, ct));
                }

                operation.Responses ??= new OpenApiResponses();
                operation.Responses.TryAdd("default", new OpenApiResponse
                {
                    Description = "Error (ProblemDetails: type, title, status, detail, instance)",
                    Content = new Dictionary<string, OpenApiMediaType>
                    {
                        ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference(ProblemSchema, doc) },
                    },
                });
            });
        });

        // Readable Development logs: no SQL text at Information unless Logging:LogLevel names the category.
        if (builder.Configuration[$"Logging:LogLevel:{SqlCategory}"] is null)
        {
            builder.Logging.AddFilter(SqlCategory, LogLevel.Warning);
        }

        return builder;
    }

    /// <summary>
    /// System.Text.Json's schema exporter serialises a struct parameter's <c>= default</c> (read back as null) and throws
    /// (e.g. <c>LeaseTerms.DownPayment</c>). Such a property is re-declared as <c>T?</c> with the same name and getter: the
    /// JSON written is identical, and the schema has no default. These types are responses only (never bound from input).
    /// </summary>
    private static void StructDefaults(JsonTypeInfo info)
    {
        if (info.Kind != JsonTypeInfoKind.Object) return;
        var defaults = info.Type.GetConstructors(BindingFlags.Public | BindingFlags.Instance)
            .SelectMany(c => c.GetParameters())
            .Where(p => p is { HasDefaultValue: true, DefaultValue: null } && p.ParameterType.IsValueType && Nullable.GetUnderlyingType(p.ParameterType) is null)
            .Select(p => p.Name).ToHashSet(StringComparer.OrdinalIgnoreCase);
        for (var i = 0; i < info.Properties.Count && defaults.Count > 0; i++)
        {
            var p = info.Properties[i];
            if (p.Get is not { } get || !defaults.Contains(p.Name) || !p.PropertyType.IsValueType || Nullable.GetUnderlyingType(p.PropertyType) is not null) continue;
            var copy = info.CreateJsonPropertyInfo(typeof(Nullable<>).MakeGenericType(p.PropertyType), p.Name);
            copy.Get = get;
            info.Properties[i] = copy;
        }
    }
}

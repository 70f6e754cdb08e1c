using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace Vigie.Web.Api;

/// <summary>The JSON API under /api/v1 and its OpenAPI document, generated from the endpoints at /api/openapi.json.</summary>
internal static class ApiServices
{
    public const string DocumentPath = "/api/openapi.json";

    public static void Add(IServiceCollection services)
    {
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.TypeInfoResolverChain.Insert(0, WebJsonContext.Default));
        services.AddOpenApi("v1", o => o.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Vigie API";
            document.Info.Description = "Findings, organisations, sources, users and API tokens of a Vigie instance. Authenticate with 'Authorization: Bearer vigie_…' (README, \"vigie serve\").";
            return Task.CompletedTask;
        }));
    }

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1").WithTags("v1");
        FindingApi.Map(api);
        ExportApi.Map(api);
        OrganisationApi.Map(api);
        UserApi.Map(api);
        Decoys.DecoyApi.Map(api);
        app.MapOpenApi(DocumentPath);
    }
}

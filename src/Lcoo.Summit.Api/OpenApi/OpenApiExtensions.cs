using Lcoo.Summit.Exports;
using Lcoo.Summit.Api.Http;

namespace Lcoo.Summit.Api.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>The OpenAPI document at /openapi/v1.json: a contract a client can be generated from (tests/node lints it and compiles one).</summary>
    public static IServiceCollection AddSummitOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ContractDocument>();
            o.AddSchemaTransformer<StringEnums>();
            o.AddDocumentTransformer<SecurityTransformer>();
            o.AddOperationTransformer<SecurityTransformer>();
            o.AddOperationTransformer<ParameterCatalog>();
            o.AddOperationTransformer<ResponseConventions>();
        });

    /// <summary>The endpoint answers a file of one of these media types, or 304 when the client's ETag still holds.</summary>
    /// <summary>
    /// The contract at /openapi/v1.json, and a problem for any other name under /openapi/ (the framework's own answer
    /// to an unknown document is a plain-text 404).
    /// </summary>
    public static WebApplication MapSummitOpenApi(this WebApplication app)
    {
        app.MapOpenApi().AddEndpointFilter(async (context, next) =>
            context.HttpContext.GetRouteValue("documentName") is "v1"
                ? await next(context)
                : Errors.Problems.NotFound("NoContract"));
        return app;
    }

    /// <summary>A file made on request (bytes on the wire), answered 304 to a matching If-None-Match.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType, params string[] more) =>
        builder.Produces(StatusCodes.Status200OK, typeof(byte[]), contentType, more).Produces(StatusCodes.Status304NotModified).WithMetadata(RendersFile.Instance);

    /// <summary>A c3voc schedule.json made on request: described by <see cref="FrabJsonDocument"/>, so clients get it typed.</summary>
    public static RouteHandlerBuilder ProducesScheduleJson(this RouteHandlerBuilder builder) =>
        builder.Produces<FrabJsonDocument>(StatusCodes.Status200OK, "application/json").Produces(StatusCodes.Status304NotModified).WithMetadata(RendersFile.Instance);

}

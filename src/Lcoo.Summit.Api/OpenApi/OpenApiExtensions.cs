using Lcoo.Summit.Api.Http;

namespace Lcoo.Summit.Api.OpenApi;

public static class OpenApiExtensions
{
    /// <summary>The OpenAPI document at /openapi/v1.json: a contract a client can be generated from (tests/node lints it and compiles one).</summary>
    public static IServiceCollection AddSummitOpenApi(this IServiceCollection services) =>
        services.AddOpenApi(o =>
        {
            o.AddDocumentTransformer<ContractDocument>();
            o.AddDocumentTransformer<SecurityTransformer>();
            o.AddOperationTransformer<SecurityTransformer>();
            o.AddOperationTransformer<ParameterCatalog>();
            o.AddOperationTransformer<ResponseConventions>();
        });

    /// <summary>The endpoint answers a file of one of these media types, or 304 when the client's ETag still holds.</summary>
    public static RouteHandlerBuilder ProducesFile(this RouteHandlerBuilder builder, string contentType, params string[] more) =>
        builder.Produces(StatusCodes.Status200OK, typeof(byte[]), contentType, more).Produces(StatusCodes.Status304NotModified);

}

using Lcoo.Summit.Api.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lcoo.Summit.Api.Auth;

/// <summary>Declares the API's credentials in the OpenAPI document and marks the operations that need a coordinator key.</summary>
public sealed class SecurityDocumentTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string ApiKey = "coordinatorKey";
    private const string Bearer = "bearer";

    public Task TransformAsync(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellationToken)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[ApiKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = "X-Api-Key",
            Description = "A coordinator API key (configuration Coordinators:ApiKeys): imports, summits and members, member PDFs and member clashes.",
        };
        document.Components.SecuritySchemes[Bearer] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.Http,
            Scheme = "bearer",
            Description = "A coordinator API key, or a personal schedule's token (returned once by POST /summits/{slug}/schedules) for /schedules/{id}.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var coordinator = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AuthExtensions.CoordinatorPolicy);
        var schedule = context.Description.RelativePath?.StartsWith("schedules/", StringComparison.Ordinal) == true;
        if (!coordinator && !schedule)
        {
            return Task.CompletedTask;
        }

        operation.Security ??= [];
        if (coordinator)
        {
            operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(ApiKey, context.Document)] = [] });
        }

        operation.Security.Add(new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(Bearer, context.Document)] = [] });
        return Task.CompletedTask;
    }
}

using Lcoo.Summit.Api.Auth;
using Lcoo.Summit.Api.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lcoo.Summit.Api.OpenApi;

/// <summary>
/// Declares the API's credentials and what each operation needs: a coordinator key, a schedule's token (or its read key),
/// or nothing, said as <c>security: []</c> so a client knows to send no credentials.
/// </summary>
public sealed class SecurityTransformer : IOpenApiDocumentTransformer, IOpenApiOperationTransformer
{
    private const string ApiKey = "coordinatorKey";
    private const string Bearer = "bearer";
    private const string ReadKey = "readKey";

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
        document.Components.SecuritySchemes[ReadKey] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Query,
            Name = "key",
            Description = "A schedule's read-only key, carried in its shared links (calendar, PDF, frab): opens those without a header. " +
                "POST /schedules/{id}/share makes a new one; DELETE withdraws it.",
        };
        return Task.CompletedTask;
    }

    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var coordinator = metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AuthExtensions.CoordinatorPolicy);
        var schedule = metadata.OfType<ScheduleScoped>().LastOrDefault();
        operation.Security = [];
        if (metadata.OfType<ChecksCredentials>().Any())
        {
            // Public, with more to say to a coordinator: no credentials is one of the choices.
            operation.Security.Add(new OpenApiSecurityRequirement());
            operation.Security.Add(Requirement(ApiKey, context));
            operation.Security.Add(Requirement(Bearer, context));
            return Task.CompletedTask;
        }

        if (coordinator)
        {
            operation.Security.Add(Requirement(ApiKey, context));
        }

        if (coordinator || schedule is not null)
        {
            operation.Security.Add(Requirement(Bearer, context));
        }

        if (schedule is { TakesReadKey: true })
        {
            operation.Security.Add(Requirement(ReadKey, context));
        }

        return Task.CompletedTask;
    }

    private static OpenApiSecurityRequirement Requirement(string scheme, OpenApiOperationTransformerContext context) =>
        new() { [new OpenApiSecuritySchemeReference(scheme, context.Document)] = [] };
}

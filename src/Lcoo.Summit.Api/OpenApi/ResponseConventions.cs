using Lcoo.Summit.Api.Auth;
using Lcoo.Summit.Api.Extensions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lcoo.Summit.Api.OpenApi;

/// <summary>
/// The answers every operation can give because of where it sits, stated once: 401/403/404 from its credentials,
/// 429 from the rate limiter every request passes, and 503 from the render gate for every file made on request.
/// </summary>
public sealed class ResponseConventions : IOpenApiOperationTransformer
{
    public Task TransformAsync(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellationToken)
    {
        operation.Responses ??= [];
        var rendersAFile = false;
        foreach (var (_, response) in operation.Responses)
        {
            foreach (var (type, media) in response.Content ?? new Dictionary<string, OpenApiMediaType>())
            {
                // A file answered as bytes (ProducesFile): bytes on the wire, not base64; a JSON one is a document in a published format.
                if (media.Schema is OpenApiSchema { Format: "byte" })
                {
                    rendersAFile = true;
                    media.Schema = type.EndsWith("json", StringComparison.Ordinal)
                        ? new OpenApiSchema { Type = JsonSchemaType.Object, Description = "A c3voc schedule.json document (https://c3voc.de/schedule/schema.json)." }
                        : new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
                }
            }
        }

        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AuthExtensions.CoordinatorPolicy))
        {
            Add(operation, context, StatusCodes.Status401Unauthorized, "No credentials: send a coordinator key (X-Api-Key or Authorization: Bearer).");
            Add(operation, context, StatusCodes.Status403Forbidden, "The credentials are not a coordinator's.");
        }

        if (metadata.OfType<ScheduleScoped>().Any())
        {
            Add(operation, context, StatusCodes.Status401Unauthorized, "No credentials: send the schedule's token as Authorization: Bearer.");
            Add(operation, context, StatusCodes.Status404NotFound, "No such schedule for these credentials: another schedule's token finds nothing here.");
        }

        Add(operation, context, StatusCodes.Status429TooManyRequests, "Too many requests from this address; Retry-After says when to try again.");
        if (rendersAFile)
        {
            Add(operation, context, StatusCodes.Status503ServiceUnavailable,
                "The service is making as many files as it can at once, or this one took longer than allowed; Retry-After says when to try again.");
        }

        return Task.CompletedTask;
    }

    private static void Add(OpenApiOperation operation, OpenApiOperationTransformerContext context, int status, string description)
    {
        var key = status.ToString(System.Globalization.CultureInfo.InvariantCulture);
        if (operation.Responses!.ContainsKey(key))
        {
            return;
        }

        operation.Responses[key] = new OpenApiResponse
        {
            Description = description,
            Content = new Dictionary<string, OpenApiMediaType>
            {
                ["application/problem+json"] = new() { Schema = new OpenApiSchemaReference("ProblemDetails", context.Document) },
            },
        };
    }
}

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
        var metadata = context.Description.ActionDescriptor.EndpointMetadata;
        var rendersAFile = metadata.OfType<RendersFile>().Any();
        foreach (var media in operation.Responses.Values.SelectMany(r => r.Content?.Values ?? []))
        {
            // A file answered as bytes (ProducesFile) is bytes on the wire, not base64.
            if (media.Schema is OpenApiSchema { Format: "byte" })
            {
                media.Schema = new OpenApiSchema { Type = JsonSchemaType.String, Format = "binary" };
            }
        }

        if (operation.Responses.Remove("304") is var conditional && conditional)
        {
            DescribeConditionalGet(operation, rendersAFile);
        }

        if (metadata.OfType<Http.TakesIfMatch>().FirstOrDefault() is { } ifMatch && context.Description.HttpMethod is not ("GET" or "HEAD"))
        {
            operation.Parameters ??= [];
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = "If-Match",
                In = ParameterLocation.Header,
                Description = $"Optional: {ifMatch.Names}, or *. A stale one is refused with 412 and nothing is changed.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
            Add(operation, context, StatusCodes.Status400BadRequest, "A malformed If-Match (not a list of quoted entity tags), or another bad request: nothing was changed.");
            Add(operation, context, StatusCodes.Status412PreconditionFailed, "If-Match names a version that is no longer current: read it again and retry.");
        }

        if (metadata.OfType<IAuthorizeData>().Any(a => a.Policy == AuthExtensions.CoordinatorPolicy))
        {
            Add(operation, context, StatusCodes.Status401Unauthorized, "No credentials: send a coordinator key (X-Api-Key or Authorization: Bearer).");
            Add(operation, context, StatusCodes.Status403Forbidden, "The credentials are not a coordinator's.");
        }

        if (metadata.OfType<ChecksCredentials>().Any())
        {
            Add(operation, context, StatusCodes.Status401Unauthorized, "What was asked for needs a coordinator key (here: member clashes, kind=member or members=), and none was sent.");
            Add(operation, context, StatusCodes.Status403Forbidden, "What was asked for needs a coordinator key, and the credentials sent are not one.");
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

    /// <summary>
    /// A conditional GET said where generated clients read it: an <c>ETag</c> on the answer and an <c>If-None-Match</c>
    /// parameter whose description says a match answers 304 with no body. For a file the 304 is not listed among the
    /// responses: Kiota then discards every body of the operation (it generates a call without content), while with the
    /// 304 in the parameter both Kiota and NSwag type the body as a stream. A JSON answer keeps its 304 listed.
    /// </summary>
    private static void DescribeConditionalGet(OpenApiOperation operation, bool file)
    {
        operation.Parameters ??= [];
        operation.Parameters.Add(new OpenApiParameter
        {
            Name = "If-None-Match",
            In = ParameterLocation.Header,
            Description = "The ETag of the copy you hold: while it still holds the answer is 304 Not Modified, with no body.",
            Schema = new OpenApiSchema { Type = JsonSchemaType.String },
        });
        if (operation.Responses!.TryGetValue("200", out var ok) && ok is OpenApiResponse found)
        {
            found.Headers ??= new Dictionary<string, IOpenApiHeader>();
            found.Headers["ETag"] = new OpenApiHeader
            {
                Description = "Names this answer: send it back as If-None-Match to be told when it changes.",
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            };
        }

        if (!file)
        {
            operation.Responses!["304"] = new OpenApiResponse { Description = "Not Modified: the copy named by If-None-Match still holds." };
        }
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

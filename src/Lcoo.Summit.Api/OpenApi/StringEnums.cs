using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Lcoo.Summit.Api.OpenApi;

/// <summary>
/// Enums travel as their names (JsonStringEnumConverter), and the schema says so: without <c>"type": "string"</c>
/// NSwag's System.Text.Json client reads them as numbers and fails on <c>"phase": "During"</c>.
/// </summary>
public sealed class StringEnums : IOpenApiSchemaTransformer
{
    public Task TransformAsync(OpenApiSchema schema, OpenApiSchemaTransformerContext context, CancellationToken cancellationToken)
    {
        var type = Nullable.GetUnderlyingType(context.JsonTypeInfo.Type) ?? context.JsonTypeInfo.Type;
        if (type.IsEnum && schema.Enum is { Count: > 0 } && schema.Type is null)
        {
            schema.Type = JsonSchemaType.String;
        }

        return Task.CompletedTask;
    }
}

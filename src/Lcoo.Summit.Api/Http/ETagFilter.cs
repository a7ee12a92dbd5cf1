using System.Text.Json;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// A strong ETag on every successful GET, from the bytes of the answer, and <c>304 Not Modified</c> when the
/// client already has them: apps and kiosks poll, and most polls change nothing.
/// </summary>
public sealed class ETagFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        var result = await next(context);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method) && !HttpMethods.IsHead(http.Request.Method))
        {
            return result;
        }

        while (result is INestedHttpResult nested)
        {
            result = nested.Result;
        }

        if (result is not IStatusCodeHttpResult { StatusCode: 200 } || result is not IValueHttpResult { Value: { } value })
        {
            return result;
        }

        var options = http.RequestServices.GetRequiredService<IOptions<JsonOptions>>().Value.SerializerOptions;
        var body = JsonSerializer.SerializeToUtf8Bytes(value, value.GetType(), options);
        return ConditionalGet.IsNotModified(http, ConditionalGet.ETagOf(body)) ? ConditionalGet.NotModified() : TypedResults.Bytes(body, "application/json");
    }
}

public static class ETagExtensions
{
    public static TBuilder WithETag<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.AddEndpointFilter(new ETagFilter()).WithMetadata(new ProducesResponseTypeMetadata(StatusCodes.Status304NotModified, typeof(void)));
}

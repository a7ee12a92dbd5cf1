using Microsoft.AspNetCore.Http.Metadata;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// The largest body an endpoint takes, as endpoint metadata: routing sets it on the server's request before anything
/// reads the body, so Kestrel enforces it for every body (chunked ones too), not only those that declare a length.
/// </summary>
public sealed record BodySizeLimit(long? MaxRequestBodySize) : IRequestSizeLimitMetadata;

public static class BodyLimitExtensions
{
    public static TBuilder WithBodyLimit<TBuilder>(this TBuilder builder, long bytes) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new BodySizeLimit(bytes));
}

namespace Lcoo.Summit.NSwagClient;

/// <summary>NSwag's hook on every answer: keep the last ETag, which its typed results do not carry.</summary>
public partial class SummitClient
{
    public string? LastETag { get; private set; }

    partial void ProcessResponse(HttpClient client, HttpResponseMessage response) =>
        LastETag = response.Headers.ETag?.ToString() ?? LastETag;
}

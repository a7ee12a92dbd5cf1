namespace Lcoo.Summit.Api.OpenApi;

/// <summary>Marks an operation that makes a file on request (through the render gate, so it can answer 503).</summary>
public sealed class RendersFile
{
    public static readonly RendersFile Instance = new();

    private RendersFile()
    {
    }
}

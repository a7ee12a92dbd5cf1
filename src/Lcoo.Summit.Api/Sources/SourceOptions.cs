namespace Lcoo.Summit.Api.Sources;

/// <summary>Section <c>Sources</c>: how summits' sources are polled.</summary>
public sealed class SourceOptions
{
    public const string Section = "Sources";

    /// <summary>How often the instance holding the lease looks for sources that are due.</summary>
    public int TickMilliseconds { get; set; } = 1000;

    /// <summary>How long the polling lease lasts unrenewed: how soon another instance takes over when its holder dies.</summary>
    public int LeaseSeconds { get; set; } = 30;

    /// <summary>The shortest interval a coordinator may set: a public schedule server is somebody else's.</summary>
    public int MinIntervalSeconds { get; set; } = 60;

    public const int MaxIntervalSeconds = 86_400;

    public const int DefaultIntervalSeconds = 300;

    /// <summary>The longest a failing source is left between tries.</summary>
    public int MaxBackoffSeconds { get; set; } = 3600;
}

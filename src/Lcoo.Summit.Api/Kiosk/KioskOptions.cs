namespace Lcoo.Summit.Api.Kiosk;

/// <summary>Section <c>Kiosk</c>.</summary>
public sealed class KioskOptions
{
    public const string Section = "Kiosk";

    /// <summary>The longest <c>Cache-Control: max-age</c> a "now" answer gets, even when it will not change for hours: imports can change it sooner.</summary>
    public TimeSpan MaxAge { get; set; } = TimeSpan.FromSeconds(30);

    /// <summary>How often the display page asks the API, in seconds.</summary>
    public int PollSeconds { get; set; } = 10;
}

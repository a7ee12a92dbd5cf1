using System.Globalization;

namespace Lcoo.Summit.Text;

/// <summary>How the schedule is put into words, the same on pages, PDFs and exports: dates, days, counts, rooms.</summary>
public static class Phrases
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>What a session without a room is listed under (a grid column, a frab room; read back as no room).</summary>
    public const string NoRoom = "Room not announced";

    /// <summary>A cancelled session's title where a format has no status to say it with (frab schedules).</summary>
    public static string CancelledTitle(string title) => $"Cancelled: {title}";

    public const string CancelledNote = "This session was cancelled.";

    /// <summary>Rooms as people look for them: by name whatever the case, the sessions without a room last.</summary>
    public static readonly IComparer<string> RoomOrder = Comparer<string>.Create((a, b) =>
        (a == NoRoom).CompareTo(b == NoRoom) is var last and not 0 ? last
        : StringComparer.OrdinalIgnoreCase.Compare(a, b) is var named and not 0 ? named
        : StringComparer.Ordinal.Compare(a, b));

    /// <summary>"6–8 November 2017", "30 October–2 November 2017", "30 December 2017–2 January 2018", "7 November 2017".</summary>
    public static string Dates(DateOnly first, DateOnly last)
    {
        var start = first.Year != last.Year ? "d MMMM yyyy" : first.Month != last.Month ? "d MMMM" : "%d";
        return first == last
            ? first.ToString("d MMMM yyyy", English)
            : $"{first.ToString(start, English)}–{last.ToString("d MMMM yyyy", English)}";
    }

    /// <summary>"Tuesday 7 November".</summary>
    public static string DayName(DateOnly day) => day.ToString("dddd d MMMM", English);

    /// <summary>"1 session", "27 sessions", "2 clashes".</summary>
    public static string Count(int n, string noun, string? many = null) => n == 1 ? $"1 {noun}" : $"{n} {many ?? noun + "s"}";
}

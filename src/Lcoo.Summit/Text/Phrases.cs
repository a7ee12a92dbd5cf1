using System.Globalization;

namespace Lcoo.Summit.Text;

/// <summary>How the schedule is put into words, the same on pages, PDFs and exports: dates, days, counts, rooms.</summary>
public static class Phrases
{
    public static readonly CultureInfo English = CultureInfo.GetCultureInfo("en-GB");

    /// <summary>What a session without a room is listed under (a grid column, a frab room; read back as no room).</summary>
    public static readonly string NoRoom = Words.English["Room.None"];

    /// <summary>A cancelled session's title where a format has no status to say it with (frab schedules).</summary>
    public static string CancelledTitle(string title) => $"Cancelled: {title}";

    public const string CancelledNote = "This session was cancelled.";

    /// <summary>Rooms as people look for them: by name whatever the case, the sessions without a room last.</summary>
    public static readonly IComparer<string> RoomOrder = RoomOrderWith(NoRoom);

    /// <summary>The same order, where sessions without a room are listed under <paramref name="noRoom"/> (in the page's language).</summary>
    public static IComparer<string> RoomOrderWith(string noRoom) => Comparer<string>.Create((a, b) =>
        (a == noRoom).CompareTo(b == noRoom) is var last and not 0 ? last
        : StringComparer.OrdinalIgnoreCase.Compare(a, b) is var named and not 0 ? named
        : StringComparer.Ordinal.Compare(a, b));

    /// <summary>"6–8 November 2017": <see cref="Words.Dates"/> in English.</summary>
    public static string Dates(DateOnly first, DateOnly last) => Words.English.Dates(first, last);

    /// <summary>"Tuesday 7 November": <see cref="Words.DayName"/> in English.</summary>
    public static string DayName(DateOnly day) => Words.English.DayName(day);

    /// <summary>"1 session", "27 sessions", "2 clashes".</summary>
    public static string Count(int n, string noun, string? many = null) => n == 1 ? $"1 {noun}" : $"{n} {many ?? noun + "s"}";
}

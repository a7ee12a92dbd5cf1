using System.Globalization;

namespace Lcoo.Summit.Api.Http;

/// <summary>Dates, instants and paper sizes in query strings and bodies, read one way everywhere; what cannot be read is added to <c>errors</c> under its name.</summary>
public static class QueryValues
{
    /// <summary>A venue-local date, <c>yyyy-MM-dd</c>.</summary>
    public static DateOnly? Day(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
        {
            return day;
        }

        errors[name] = [$"'{text}' is not a date like 2017-11-07."];
        return null;
    }

    /// <summary>An instant with an offset, or a venue wall-clock time where the venue is known (see <see cref="Instants"/>).</summary>
    public static DateTimeOffset? Instant(string name, string? text, Dictionary<string, string[]> errors, TimeZoneInfo? venue = null)
    {
        if (text is null)
        {
            return null;
        }

        if (Instants.TryParse(text, venue, out var instant))
        {
            return instant;
        }

        errors[name] = [$"'{text}' is not {Instants.Expected}."];
        return null;
    }

    /// <summary>A paper size, <c>a4</c> (the default) or <c>letter</c>.</summary>
    public static Lcoo.Summit.Pdf.Paper Paper(string name, string? text, Dictionary<string, string[]> errors)
    {
        if (EnumNames.TryParse(text ?? nameof(Lcoo.Summit.Pdf.Paper.A4), out Lcoo.Summit.Pdf.Paper paper))
        {
            return paper;
        }

        errors[name] = [$"'{text}' is not a paper size: use {EnumNames.Listed<Lcoo.Summit.Pdf.Paper>()}."];
        return Lcoo.Summit.Pdf.Paper.A4;
    }
}

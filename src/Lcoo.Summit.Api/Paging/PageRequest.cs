using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text;
using Lcoo.Summit.Api.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Paging;

/// <summary>
/// Keyset paging over the stable order (start, then id): <c>?limit=50&amp;cursor=…</c>. A cursor names the
/// last row seen, not a position, so rows inserted or removed meanwhile never shift a page.
/// </summary>
public sealed record PageRequest(string? Limit, string? Cursor)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public bool TryParse([NotNullWhen(true)] out PageQuery? query, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        query = null;
        var limit = DefaultLimit;
        if (Limit is not null && (!int.TryParse(Limit, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
        {
            problem = Problems.Invalid("limit", $"'{Limit}' is not a whole number from 1 to {MaxLimit}.");
            return false;
        }

        PageCursor? after = null;
        if (Cursor is not null && !PageCursor.TryDecode(Cursor, out after))
        {
            problem = Problems.Invalid("cursor", "The cursor is not one this API issued; start again without it.");
            return false;
        }

        query = new PageQuery(limit, after);
        problem = null;
        return true;
    }
}

public sealed record PageQuery(int Limit, PageCursor? After);

/// <summary>The (start, id) key of the last row of a page, opaque to clients.</summary>
public sealed record PageCursor(DateTimeOffset Start, string Id)
{
    public string Encode() =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes($"{Start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture)}|{Id}"));

    public static bool TryDecode(string text, [NotNullWhen(true)] out PageCursor? cursor)
    {
        cursor = null;
        if (text.Length > 512)
        {
            return false;
        }

        string decoded;
        try
        {
            decoded = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(text));
        }
        catch (FormatException)
        {
            return false;
        }

        var bar = decoded.IndexOf('|', StringComparison.Ordinal);
        if (bar <= 0 || bar == decoded.Length - 1
            || !long.TryParse(decoded.AsSpan(0, bar), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms)
            || ms < -62135596800000L || ms > 253402300799999L)
        {
            return false;
        }

        cursor = new PageCursor(DateTimeOffset.FromUnixTimeMilliseconds(ms), decoded[(bar + 1)..]);
        return true;
    }
}

/// <param name="Total">Rows matching the query across all pages.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, string? NextCursor);

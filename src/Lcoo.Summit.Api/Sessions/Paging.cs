using Microsoft.AspNetCore.Mvc;
using System.Buffers.Text;
using System.Diagnostics.CodeAnalysis;
using System.Globalization;
using System.Text.Json;
using Lcoo.Summit.Api.Errors;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Microsoft.AspNetCore.Http.HttpResults;

namespace Lcoo.Summit.Api.Sessions;

/// <summary>
/// Keyset paging over a listing's order: <c>?limit=50&amp;cursor=…</c>. A cursor names the last row seen
/// (its sort key and id), not a position, so rows inserted or removed meanwhile never shift a page.
/// </summary>
/// <param name="Sort"><c>start</c> (default) or <c>title</c>.</param>
public sealed record PageRequest([FromQuery(Name = "limit")] string? Limit, [FromQuery(Name = "cursor")] string? Cursor, [FromQuery(Name = "sort")] string? Sort)
{
    public const int DefaultLimit = 50;
    public const int MaxLimit = 500;

    public bool TryParse([NotNullWhen(true)] out PageQuery? query, out SessionSort sort, [NotNullWhen(false)] out ValidationProblem? problem)
    {
        query = null;
        sort = SessionSort.Start;
        if (Sort is not null && !Http.EnumNames.TryParse(Sort, out sort))
        {
            problem = Problems.Invalid("sort", $"'{Sort}' is not a sort: use {Http.EnumNames.Listed<SessionSort>()}.");
            return false;
        }

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

        if (after is not null && after.Sort != sort)
        {
            problem = Problems.Invalid("cursor", $"The cursor belongs to a listing sorted by {after.Sort.ToString().ToLowerInvariant()}; keep the same sort, or start again without it.");
            return false;
        }

        query = new PageQuery(limit, after);
        problem = null;
        return true;
    }
}

public sealed record PageQuery(int Limit, PageCursor? After)
{
    /// <summary>One page of the sessions of <paramref name="ordered"/> that match, after the cursor.</summary>
    public Page<TView> Take<TView>(IReadOnlyList<Session> ordered, SessionSort sort, Func<Session, bool> matches, Func<Session, TView> view)
    {
        var order = sort == SessionSort.Title ? SummitSnapshot.TitleOrder : SummitSnapshot.StableOrder;
        var from = After is null ? 0 : SummitSnapshot.IndexAfter(ordered, After.Probe(), order);
        var items = new List<TView>(Math.Min(Limit, 64));
        Session? last = null;
        var total = 0;
        var more = false;
        for (var i = 0; i < ordered.Count; i++)
        {
            if (!matches(ordered[i]))
            {
                continue;
            }

            total++;
            if (i < from)
            {
                continue;
            }

            if (items.Count < Limit)
            {
                items.Add(view(ordered[i]));
                last = ordered[i];
            }
            else
            {
                more = true;
            }
        }

        return new Page<TView>(items, total, more && last is not null ? PageCursor.After(last, sort).Encode() : null);
    }
}

/// <summary>The sort, sort key and id of the last row of a page, opaque to clients.</summary>
public sealed record PageCursor(SessionSort Sort, string Key, string Id)
{
    public static PageCursor After(Session s, SessionSort sort) => new(sort,
        sort == SessionSort.Title ? s.Title : s.Start.ToUnixTimeMilliseconds().ToString(CultureInfo.InvariantCulture), s.Id);

    /// <summary>A stand-in session with the cursor's key, to search the ordered list with that order's comparer.</summary>
    public Session Probe() => Sort == SessionSort.Title
        ? new Session(Id, Key, null, null, null, null, null, default, default, [], [], null)
        : new Session(Id, "", null, null, null, null, null, DateTimeOffset.FromUnixTimeMilliseconds(long.Parse(Key, CultureInfo.InvariantCulture)), default, [], [], null);

    public string Encode() => Base64Url.EncodeToString(JsonSerializer.SerializeToUtf8Bytes(new[] { Sort.ToString(), Key, Id }));

    public static bool TryDecode(string text, [NotNullWhen(true)] out PageCursor? cursor)
    {
        cursor = null;
        if (text.Length > 1024)
        {
            return false;
        }

        try
        {
            var parts = JsonSerializer.Deserialize<string[]>(Base64Url.DecodeFromChars(text));
            if (parts is not [var sortName, { } key, { Length: > 0 } id] || !Http.EnumNames.TryParse<SessionSort>(sortName, out var sort))
            {
                return false;
            }

            if (sort == SessionSort.Start && (!long.TryParse(key, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var ms) || ms < -62135596800000L || ms > 253402300799999L))
            {
                return false;
            }

            cursor = new PageCursor(sort, key, id);
            return true;
        }
        catch (Exception e) when (e is FormatException or JsonException)
        {
            return false;
        }
    }
}

/// <param name="Total">Rows matching the query across all pages.</param>
/// <param name="NextCursor">Pass as <c>cursor</c> for the next page; null on the last page.</param>
public sealed record Page<T>(IReadOnlyList<T> Items, int Total, string? NextCursor);

using System.Globalization;
using System.Text.Json;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Web.Planner;

/// <summary>
/// What the planner's script says, in the page's language, handed to it in the page (<c>data-words</c>): its phrases,
/// the clash count in both forms with the language's plural rule, and each day of the summit as the language writes it.
/// The script formats nothing of its own.
/// </summary>
public static class PlannerWords
{
    private static readonly string[] Shared = ["Room.None", "Card.Pick", "Card.Picked", "Plan.WhatChanged", "Count.Clash.One", "Count.Clash.Other"];

    public static string Json(Words words, PlannerIndex index)
    {
        var phrases = Words.Keys().Where(k => k.StartsWith("Js.", StringComparison.Ordinal)).Concat(Shared).Order(StringComparer.Ordinal)
            .ToDictionary(k => k, k => words[k]);
        var days = index.Days.ToDictionary(d => d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d => words.DayName(d.Date));
        var plural = words.Language.Plurals switch
        {
            PluralRule.NoPlural => "none",
            PluralRule.ZeroAndOneAreSingular => "zero-and-one",
            _ => "one",
        };
        return JsonSerializer.Serialize(new { phrases, days, plural });
    }
}

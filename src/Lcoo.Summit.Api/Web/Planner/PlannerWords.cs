using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Web.Planner;

/// <summary>The planner script's words: its own phrases (<c>Js.*</c>), the few it shares with the pages, and the summit's days.</summary>
public static class PlannerWords
{
    private static readonly string[] Shared = ["Room.None", "Card.Pick", "Card.Picked", "Plan.WhatChanged", "Count.Clash.One", "Count.Clash.Other"];

    public static string Json(Words words, PlannerIndex index) =>
        PageWords.Json(words, PageWords.KeysStartingWith("Js.").Concat(Shared), index.Days.Select(d => d.Date));
}

using Lcoo.Summit.Pdf;

namespace Lcoo.Summit.Itineraries;

/// <summary>
/// A member itinerary a coordinator published as a public link: anyone with the link gets the PDF as it is now (it follows
/// imports), until the coordinator withdraws it.
/// </summary>
/// <param name="Token">The unguessable part of the public link. Kept as given: the link is meant to be handed out.</param>
/// <param name="Language">The language it was published in (a code of <see cref="Text.Language"/>); English when null (published before there were others).</param>
public sealed record Publication(string Id, string Summit, IReadOnlyList<string> Members, Paper Paper, string Token, DateTimeOffset CreatedAt, string? Language = null)
{
    public Text.Language Speaks() => Text.Language.Find(Language) ?? Text.Language.English;
}

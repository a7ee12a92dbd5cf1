namespace Lcoo.Summit.Clashes;

/// <param name="Kinds">The kinds to look for; all when null.</param>
/// <param name="Members">Member ids whose sessions count for member clashes; every member when null.</param>
/// <param name="TravelBuffer">Time needed between sessions in different rooms; zero (off) by default.</param>
/// <param name="Words">The language the reasons are written in; English when null.</param>
public sealed record ClashOptions(IReadOnlySet<ClashKind>? Kinds = null, IReadOnlySet<string>? Members = null, TimeSpan TravelBuffer = default, Text.Words? Words = null)
{
    public static readonly ClashOptions All = new();

    public bool Wants(ClashKind kind) => Kinds is null || Kinds.Contains(kind);
}

namespace Lcoo.Summit.Api.Http;

/// <summary>The shape of the keys people put in URLs (a summit's slug, a member's id): lower-case letters, digits and hyphens.</summary>
public static class Slugs
{
    public const string Pattern = "^[a-z0-9][a-z0-9-]{0,63}$";

    public const string Explained = "Use lower-case letters, digits and hyphens (at most 64), like sydney-2017 or att.";
}

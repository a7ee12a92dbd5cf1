using Lcoo.Summit.Text;

namespace Lcoo.Summit.Speakers;

/// <summary>Ids for people a source names without an id of its own (tables, pages without speaker links).</summary>
public static class PersonKey
{
    public const string Prefix = "name:";

    public static string FromName(string name) => Prefix + OpenStackSlug.FromTitle(name);

    public static bool IsNameKey(string id) => id.StartsWith(Prefix, StringComparison.Ordinal);

    /// <summary>A person's name folded for matching across sources: case, accents kept, spacing and punctuation dropped.</summary>
    public static string Fold(string name) => OpenStackSlug.FromTitle(name);
}

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// Enum values in query strings by their names only: <see cref="Enum.TryParse{TEnum}(string, bool, out TEnum)"/> also takes
/// numbers (<c>sort=5</c>) and comma lists (<c>paper=A4,Letter</c>), which would pass as values no caller meant.
/// </summary>
public static class EnumNames
{
    public static bool TryParse<T>(string? text, out T value) where T : struct, Enum
    {
        foreach (var name in Enum.GetNames<T>())
        {
            if (string.Equals(name, text, StringComparison.OrdinalIgnoreCase))
            {
                value = Enum.Parse<T>(name);
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <summary>The names a parameter takes, in lower case: what the contract lists as its choices.</summary>
    public static string[] Of<T>(IEnumerable<T>? except = null) where T : struct, Enum =>
        [.. Enum.GetValues<T>().Except(except ?? []).Select(v => v.ToString().ToLowerInvariant())];

    /// <summary>The names a parameter takes, in lower case, for error messages.</summary>
    public static string Listed<T>(IEnumerable<T>? except = null) where T : struct, Enum => string.Join(", ", Of(except));
}

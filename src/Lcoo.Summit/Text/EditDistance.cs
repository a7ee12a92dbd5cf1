namespace Lcoo.Summit.Text;

/// <summary>How many letters two names are apart: one definition for every likeness check (people, companies, spellings).</summary>
public static class EditDistance
{
    /// <summary>Whether <paramref name="a"/> and <paramref name="b"/> are at most <paramref name="limit"/> edits apart.</summary>
    public static bool Within(string a, string b, int limit) => Of(a, b, limit) <= limit;

    /// <summary>Levenshtein distance, stopping early once it exceeds <paramref name="limit"/>.</summary>
    public static int Of(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return limit + 1;
        }

        var previous = Enumerable.Range(0, b.Length + 1).ToArray();
        var current = new int[b.Length + 1];
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var best = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                current[j] = Math.Min(Math.Min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
                best = Math.Min(best, current[j]);
            }

            if (best > limit)
            {
                return limit + 1;
            }

            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}

using System.Globalization;

namespace Lcoo.Summit.Imports;

/// <summary>
/// A report's problems, bounded: a source with thousands of faults of one kind gets the first few of that kind
/// listed and one line counting the rest, so the report stays small enough to store, read and act on.
/// </summary>
public static class ProblemList
{
    public const int PerCode = 20;

    /// <summary>Problems grouped by code (in order of first appearance), at most <paramref name="perCode"/> of each, then a count of the rest.</summary>
    public static IReadOnlyList<ImportProblem> Bounded(IEnumerable<ImportProblem> problems, int perCode = PerCode)
    {
        var result = new List<ImportProblem>();
        foreach (var kind in problems.GroupBy(p => p.Code, StringComparer.Ordinal))
        {
            var listed = 0;
            var more = 0;
            ImportProblem? firstUnlisted = null;
            var worst = ProblemSeverity.Info;
            foreach (var problem in kind)
            {
                if (listed < perCode)
                {
                    result.Add(problem);
                    listed++;
                    continue;
                }

                firstUnlisted ??= problem;
                worst = problem.Severity > worst ? problem.Severity : worst;
                more++;
            }

            if (firstUnlisted is not null)
            {
                result.Add(new ImportProblem(worst, kind.Key, $"{more.ToString("N0", CultureInfo.InvariantCulture)} more",
                    $"…and {more.ToString("N0", CultureInfo.InvariantCulture)} more '{kind.Key}' problems like the ones above, not listed one by one " +
                    $"(the next is at {firstUnlisted.Where}: {firstUnlisted.Message})"));
            }
        }

        return result;
    }
}

using Lcoo.Summit.Members;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Clashes;

/// <summary>Two speaker records that are likely one person: a data problem to fix, not a clash.</summary>
public sealed record LikelySamePerson(string FirstId, string FirstName, string SecondId, string SecondName, string? Company, string Reason);

/// <summary>
/// Speakers who are probably one person under two ids or spellings ("Shintaro Mizino" and "Shintaro Mizuno",
/// both NTT): the same name, or at the same company names of which one part is misspelled (see
/// <see cref="ProbablySameName"/>); pairs already decided are left out.
/// </summary>
public static class LikelySamePeople
{
    /// <param name="words">The language of the reasons; English when null.</param>
    public static IReadOnlyList<LikelySamePerson> Find(SummitSnapshot snapshot, Words? words = null)
    {
        words ??= Words.English;
        var speaking = snapshot.Sessions.SelectMany(s => s.Speakers.Select(p => p.SpeakerId)).ToHashSet(StringComparer.Ordinal);
        var people = snapshot.Speakers.Values.Where(p => speaking.Contains(p.Id))
            .Select(p => (Person: p, Name: PersonKey.Fold(p.Name), Company: CompanyName.Key(p.Company)))
            .Where(p => p.Name.Length > 0)
            .OrderBy(p => p.Person.Id, StringComparer.Ordinal)
            .ToList();
        var found = new List<LikelySamePerson>();
        // Stryker disable once Equality : a group of one yields no pair either way (Skip(1) is empty); > 1 only skips the work
        foreach (var sameName in people.GroupBy(p => p.Name).Where(g => g.Count() > 1))
        {
            // Stryker disable once Linq : a group is never empty, so First and FirstOrDefault give the same element
            var first = sameName.First();
            found.AddRange(sameName.Skip(1).Select(other => new LikelySamePerson(first.Person.Id, first.Person.Name, other.Person.Id, other.Person.Name, first.Person.Company,
                words.Format("People.SameName", first.Person.Name, first.Person.Id, other.Person.Id))));
        }

        found.AddRange(SpelledTwoWays(people, p => p.Company, p => p.Name).Select(pair => new LikelySamePerson(
            pair.First.Person.Id, pair.First.Person.Name, pair.Second.Person.Id, pair.Second.Person.Name, pair.First.Person.Company,
            words.Format("People.Spelled", pair.First.Person.Name, pair.Second.Person.Name, pair.First.Person.Company!))));

        // Pairs a coordinator has already answered for are not asked about again.
        return [.. found.Where(f => !snapshot.Summit.PeopleDecisions.Any(d => d.Concerns(f.FirstId, f.SecondId)))];
    }

    /// <summary>
    /// Pairs of one company's people whose names are probably one person's spelled two ways (<see cref="ProbablySameFolded"/>):
    /// pairs are formed within each company only, each folded name once, in the order the people come.
    /// </summary>
    /// <param name="companyKey">The company's normalised key; people with none are not compared.</param>
    /// <param name="folded">The name folded by <see cref="PersonKey.Fold"/>.</param>
    public static IEnumerable<(T First, T Second)> SpelledTwoWays<T>(IEnumerable<T> people, Func<T, string?> companyKey, Func<T, string> folded)
    {
        foreach (var company in people.Where(p => companyKey(p) is not null).GroupBy(companyKey))
        {
            var list = company.DistinctBy(folded).ToList();
            for (var i = 0; i < list.Count; i++)
            {
                for (var j = i + 1; j < list.Count; j++)
                {
                    if (ProbablySameFolded(folded(list[i]), folded(list[j])))
                    {
                        yield return (list[i], list[j]);
                    }
                }
            }
        }
    }

    /// <summary>
    /// Names that are probably one person's, spelled two ways: given and family names compared each with its own, so one of
    /// them may be misspelled (by a letter in a name of four or five letters, two in a longer one) while the other is the
    /// same — "Shintaro Mizino" and "Shintaro Mizuno", never "Qin Wang" and "Lin Yang", where both differ. Also the same
    /// words run together or apart ("Jaesuk Ahn", "Jae Suk Ahn") and two names in the other order ("Wang Qin", "Qin Wang").
    /// </summary>
    public static bool ProbablySameName(string a, string b) => ProbablySameFolded(PersonKey.Fold(a), PersonKey.Fold(b));

    /// <inheritdoc cref="ProbablySameName"/>
    /// <remarks>For names already folded by <see cref="PersonKey.Fold"/> (words joined by hyphens), when each is compared with many.</remarks>
    public static bool ProbablySameFolded(string x, string y)
    {
        if (x == y || x.Length < 6 || y.Length < 6)
        {
            return false;
        }

        var (a, b) = (x.Split('-'), y.Split('-'));
        if (a.Length != b.Length)
        {
            return x.Replace("-", "", StringComparison.Ordinal) == y.Replace("-", "", StringComparison.Ordinal);
        }

        if (a.Length == 2 && a[0] == b[1] && a[1] == b[0])
        {
            return true;
        }

        var differing = 0;
        for (var i = 0; i < a.Length; i++)
        {
            if (a[i] == b[i])
            {
                continue;
            }

            var allowed = Math.Min(a[i].Length, b[i].Length) switch { >= 6 => 2, >= 4 => 1, _ => 0 };
            if (++differing > 1 || EditDistance.Of(a[i], b[i], 2) > allowed)
            {
                return false;
            }
        }

        return differing == 1;
    }
}

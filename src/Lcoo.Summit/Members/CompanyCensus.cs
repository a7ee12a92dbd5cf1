using Lcoo.Summit.Text;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Members;

/// <summary>A member a company's name looks like, and why: offered to the coordinator, never applied on its own.</summary>
public sealed record MemberSuggestion(string MemberId, string MemberName, string Reason);

/// <summary>One company among a summit's speakers: its spellings, what it gives, the member it maps to or looks like.</summary>
/// <param name="Name">The spelling most speakers use.</param>
/// <param name="Key">The normalised key every spelling shares.</param>
public sealed record CompanyAtSummit(string Name, string Key, IReadOnlyList<string> Spellings, int Sessions, int Speakers, MemberCompany? Member,
    MemberSuggestion? LooksLike);

/// <summary>
/// Every company seen among a summit's speakers (spellings that share a <see cref="CompanyName.Key"/> are one company),
/// with the member it maps to, or, when none, the member its name looks like.
/// </summary>
public static class CompanyCensus
{
    /// <param name="words">The language a suggestion's reason is written in; English when null.</param>
    public static IReadOnlyList<CompanyAtSummit> Of(SummitSnapshot snapshot, MemberDirectory directory, Words? words = null)
    {
        var appearances = snapshot.Sessions.Where(s => s.Published)
            .SelectMany(s => s.Speakers.Select(p => (Session: s.Id, Speaker: snapshot.FindSpeaker(p.SpeakerId))))
            .Where(a => a.Speaker?.Company is not null && CompanyName.Key(a.Speaker.Company) is not null)
            .Select(a => (a.Session, Speaker: a.Speaker!, Key: CompanyName.Key(a.Speaker!.Company)!));
        return [.. appearances.GroupBy(a => a.Key).Select(g =>
        {
            var spellings = g.Select(a => a.Speaker.Company!).GroupBy(c => c).OrderByDescending(c => c.Count()).ThenBy(c => c.Key, StringComparer.Ordinal).ToList();
            var member = directory.Resolve(spellings[0].Key);
            return new CompanyAtSummit(spellings[0].Key, g.Key, [.. spellings.Select(c => c.Key).Order(StringComparer.Ordinal)],
                g.Select(a => a.Session).Distinct().Count(), g.Select(a => a.Speaker.Id).Distinct().Count(), member,
                member is null ? Suggest(spellings[0].Key, directory, words) : null);
        }).OrderByDescending(c => c.Sessions).ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)];
    }

    /// <summary>
    /// The member a company's name looks like: it starts with a member's name or alias as a word ("NTT Communications",
    /// "NTT DATA" look like NTT), its initials are one ("SK Telecom" for SKT), or it is a letter or two from one
    /// ("Walmrt Labs" for "Walmart Labs").
    /// </summary>
    public static MemberSuggestion? Suggest(string company, MemberDirectory directory, Words? words = null)
    {
        var said = words ?? Text.Words.English;
        var mine = NameWords(company);
        var key = CompanyName.Key(company);
        if (key is null || mine.Count == 0)
        {
            return null;
        }

        foreach (var member in directory.Members)
        {
            foreach (var name in member.Aliases.Prepend(member.DisplayName))
            {
                var theirs = NameWords(name);
                if (theirs.Count == 0 || CompanyName.Key(name) is not { } their)
                {
                    continue;
                }

                if (mine.Count > theirs.Count && mine.Take(theirs.Count).SequenceEqual(theirs) && their.Length >= 2)
                {
                    return new MemberSuggestion(member.Id, member.DisplayName, said.Format("Members.Suggest.StartsWith", name));
                }

                if (mine.Count >= 2 && string.Concat(mine.Select(w => w[0])) == their && their.Length >= 2)
                {
                    return new MemberSuggestion(member.Id, member.DisplayName, said.Format("Members.Suggest.Initials", name));
                }

                if (Math.Min(key.Length, their.Length) >= 6 && Lcoo.Summit.Text.EditDistance.Within(key, their, 2))
                {
                    return new MemberSuggestion(member.Id, member.DisplayName, said.Format("Members.Suggest.Spelled", name));
                }
            }
        }

        return null;
    }

    private static List<string> NameWords(string name) => [.. (CompanyName.Words(name) is var w && w.Count > 1 && CompanyName.IsLegalSuffix(w[^1]) ? w[..^1] : w)];
}

using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Changes;

/// <summary>The changelog as Atom 1.0 (System.ServiceModel.Syndication): one entry per version, its changes as sentences.</summary>
public static class ChangeFeed
{
    /// <summary>How many sentences an entry says before "and N more".</summary>
    private const int SentencesPerEntry = 50;

    public static byte[] Write(SummitSnapshot snapshot, ChangesView view, string changesUrl, string feedUrl)
    {
        var summit = snapshot.Summit;
        var feed = new SyndicationFeed($"{summit.Name}: schedule changes", $"What changed in {summit.Name}'s schedule, version by version.", new Uri(changesUrl))
        {
            Id = $"urn:lcoo-summit:{summit.Slug}:changes",
            LastUpdatedTime = view.Changes.Count > 0 ? view.Changes[0].At : DateTimeOffset.UnixEpoch,
            Items = [.. view.Changes.Select(v => Entry(summit, v, changesUrl))],
        };
        feed.Links.Add(new SyndicationLink(new Uri(feedUrl)) { RelationshipType = "self", MediaType = "application/atom+xml" });

        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            new Atom10FeedFormatter(feed).WriteTo(xml);
        }

        return buffer.ToArray();
    }

    private static SyndicationItem Entry(SummitInfo summit, VersionView version, string changesUrl)
    {
        var sentences = version.Sessions.Select(s => s.Sentence).ToList();
        var shown = sentences.Take(SentencesPerEntry).ToList();
        if (sentences.Count > shown.Count)
        {
            shown.Add($"and {Phrases.Count(sentences.Count - shown.Count, "more change")}");
        }

        var title = version.Sessions.Count == 1 ? sentences[0] : $"{Phrases.Count(version.Sessions.Count, "session")} changed";
        var item = new SyndicationItem(title, string.Join("\n", shown), new Uri($"{changesUrl}?since={version.Version - 1}"), $"urn:lcoo-summit:{summit.Slug}:v{version.Version}", version.At)
        {
            PublishDate = version.At,
        };
        return item;
    }
}

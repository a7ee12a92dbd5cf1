using Lcoo.Summit.Imports.EventPages;
using Lcoo.Summit.Imports.Frab;
using Lcoo.Summit.Imports.MemberTables;
using Lcoo.Summit.Imports.OpenStackApi;

namespace Lcoo.Summit.Imports;

/// <summary>The parsers the importer knows, and which one a source is (sniffed from its content).</summary>
public sealed class ScheduleParsers(IEnumerable<IScheduleParser> parsers)
{
    public static ScheduleParsers Default { get; } = new(
    [
        new OpenStackApiParser(),
        new FrabJsonParser(),
        new FrabXmlParser(),
        new MemberTableParser(),
        new EventPageParser(),
    ]);

    public IReadOnlyList<IScheduleParser> All { get; } = [.. parsers];

    public IScheduleParser? Find(string format) =>
        All.FirstOrDefault(p => p.Format.Equals(format, StringComparison.OrdinalIgnoreCase));

    /// <summary>The traits of a format by name, as stored sessions name the sources they came from.</summary>
    public SourceTraits TraitsOf(string format) => Find(format)?.Traits ?? SourceTraits.Unknown;

    /// <summary>How far a session built from these formats is believed: as far as its best source.</summary>
    public int RankOf(IEnumerable<string> formats) => formats.Select(f => TraitsOf(f).Rank).DefaultIfEmpty(0).Max();

    public IScheduleParser? Detect(ReadOnlySpan<byte> content, string? contentType)
    {
        foreach (var parser in All)
        {
            if (parser.CanParse(content, contentType))
            {
                return parser;
            }
        }

        return null;
    }
}

using Lcoo.Summit.Import.EventPages;
using Lcoo.Summit.Import.Frab;
using Lcoo.Summit.Import.MemberTables;
using Lcoo.Summit.Import.OpenStackApi;

namespace Lcoo.Summit.Import;

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

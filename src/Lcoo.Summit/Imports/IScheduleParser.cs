namespace Lcoo.Summit.Imports;

/// <summary>One source format: bytes in, an <see cref="ImportedSchedule"/> out. Pure, no I/O.</summary>
public interface IScheduleParser
{
    /// <summary>Short name used in reports and the <c>format</c> query parameter: <c>openstack-api</c>.</summary>
    string Format { get; }

    /// <summary>How far the format is believed, and what it carries: declared here, used by the merge and the pipeline.</summary>
    SourceTraits Traits { get; }

    /// <summary>Whether the content looks like this format (sniffed, not trusted from the content type).</summary>
    bool CanParse(ReadOnlySpan<byte> content, string? contentType);

    /// <exception cref="ScheduleFormatException">The content is not this format or cannot be read.</exception>
    ImportedSchedule Parse(ReadOnlyMemory<byte> content, ImportContext context);
}

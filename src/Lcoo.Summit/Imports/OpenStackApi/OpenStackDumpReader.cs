using System.Buffers;
using System.Text.Json;
using Lcoo.Summit.Speakers;

namespace Lcoo.Summit.Imports.OpenStackApi;

/// <summary>
/// What one pass over the dump gathers. Events and speakers (nearly all of the bytes) are streamed into what
/// sessions need; the summit's own fields, tracks and event types are small and kept as JSON.
/// </summary>
internal sealed class OpenStackDump
{
    /// <summary>
    /// One object holding the top-level fields the summit reader and the lookups use (<c>summit</c> in the nested
    /// shape; <c>name</c>, <c>locations</c>, <c>time_zone</c>… in the flat one; <c>tracks</c> and <c>event_types</c>).
    /// </summary>
    public JsonElement Metadata { get; set; }

    /// <summary>The top-level <c>events</c> (nested shape) and <c>schedule</c> (flat shape): absent, not an array, or read.</summary>
    public EventList Events { get; set; }

    public EventList Schedule { get; set; }

    public Dictionary<string, Speaker> Speakers { get; } = new(StringComparer.Ordinal);
}

/// <param name="Present">The property was there and not null.</param>
/// <param name="Items">The events, when the property was an array.</param>
internal readonly record struct EventList(bool Present, List<OpenStackEvent>? Items);

/// <summary>One forward pass over the dump's top-level object.</summary>
internal static class OpenStackDumpReader
{
    /// <summary>The fields <see cref="OpenStackDump.Metadata"/> keeps; everything else but events and speakers is skipped.</summary>
    private static readonly HashSet<string> MetadataFields = new(
        ["summit", "tracks", "event_types", "name", "locations", "time_zone", "schedule_start_date", "start_date", "end_date", "page_url",
            "schedule_event_detail_url"],
        StringComparer.Ordinal);

    private static readonly HashSet<string>.AlternateLookup<ReadOnlySpan<char>> MetadataLookup = MetadataFields.GetAlternateLookup<ReadOnlySpan<char>>();

    /// <summary>Reads the root object of <paramref name="content"/>; the reader is on its first token, an object's start (the caller checked).</summary>
    public static OpenStackDump Read(ref Utf8JsonReader reader, ReadOnlySpan<byte> content)
    {
        var dump = new OpenStackDump();
        var metadata = new Dictionary<string, Range>(StringComparer.Ordinal);
        while (reader.NextProperty(out var name))
        {
            if (name.SequenceEqual("schedule"u8))
            {
                dump.Schedule = ReadEvents(ref reader);
            }
            else if (name.SequenceEqual("events"u8))
            {
                dump.Events = ReadEvents(ref reader);
            }
            else if (name.SequenceEqual("speakers"u8))
            {
                OpenStackSpeakerReader.ReadAll(ref reader, dump.Speakers);
            }
            else if (MetadataField(name) is { } field)
            {
                var start = (int)reader.TokenStartIndex;
                reader.Skip();
                metadata[field] = start..(int)reader.BytesConsumed;
            }
            else
            {
                reader.Skip();
            }
        }

        dump.Metadata = MetadataObject(metadata, content);
        return dump;
    }

    /// <summary>
    /// The kept fields' bytes, already checked by the reader, put together as one small object and parsed once:
    /// cheaper than a document per field, and the summit reader sees one element for either shape.
    /// </summary>
    private static JsonElement MetadataObject(Dictionary<string, Range> fields, ReadOnlySpan<byte> content)
    {
        var length = content.Length;
        var json = new ArrayBufferWriter<byte>(fields.Values.Sum(r => r.GetOffsetAndLength(length).Length) + (64 * fields.Count) + 2);
        json.Write("{"u8);
        foreach (var (name, range) in fields)
        {
            json.Write(json.WrittenCount > 1 ? ",\""u8 : "\""u8);
            json.Write(System.Text.Encoding.UTF8.GetBytes(name));
            json.Write("\":"u8);
            json.Write(content[range]);
        }

        json.Write("}"u8);
        using var document = JsonDocument.Parse(json.WrittenMemory, JsonRead.DocumentOptions);
        return document.RootElement.Clone();
    }

    private static EventList ReadEvents(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            var present = reader.TokenType != JsonTokenType.Null;
            reader.Skip();
            return new EventList(present, null);
        }

        var events = new List<OpenStackEvent>();
        while (reader.NextItem())
        {
            events.Add(OpenStackEventReader.Read(ref reader));
        }

        return new EventList(true, events);
    }

    private static string? MetadataField(ReadOnlySpan<byte> name)
    {
        Span<char> chars = stackalloc char[32];
        return name.Length <= chars.Length && System.Text.Encoding.UTF8.TryGetChars(name, chars, out var written)
            && MetadataLookup.TryGetValue(chars[..written], out var field)
            ? field
            : null;
    }
}

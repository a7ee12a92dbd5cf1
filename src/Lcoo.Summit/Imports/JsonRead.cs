using System.Text.Json;

namespace Lcoo.Summit.Imports;

/// <summary>
/// Tolerant reads from JSON sources from the wild, over a parsed document: a wrong type is treated as absent, never
/// thrown. The same rules as <see cref="JsonStream"/>'s over a reader (numbers read by <see cref="JsonStream.LongIn"/>).
/// </summary>
internal static class JsonRead
{
    public static JsonElement? Child(this JsonElement e, string name) =>
        e.ValueKind == JsonValueKind.Object && e.TryGetProperty(name, out var v) && v.ValueKind != JsonValueKind.Null ? v : null;

    public static string? Str(this JsonElement e, string name) => e.Child(name) switch
    {
        { ValueKind: JsonValueKind.String } v => v.GetString(),
        { ValueKind: JsonValueKind.Number } v => v.GetRawText(),
        _ => null,
    };

    public static long? Long(this JsonElement e, string name) => e.Child(name) switch
    {
        { ValueKind: JsonValueKind.Number } v when v.TryGetInt64(out var n) => n,
        { ValueKind: JsonValueKind.String } v when JsonStream.LongIn(v.GetString()) is { } n => n,
        _ => null,
    };

    public static bool? Bool(this JsonElement e, string name) => e.Child(name) switch
    {
        { ValueKind: JsonValueKind.True } => true,
        { ValueKind: JsonValueKind.False } => false,
        _ => null,
    };

    /// <summary>The elements of an array, or of an object's values (some dumps write lists as <c>{"16": 17459}</c>).</summary>
    public static IEnumerable<JsonElement> Items(this JsonElement e, string name) => e.Child(name) switch
    {
        { ValueKind: JsonValueKind.Array } v => v.EnumerateArray(),
        { ValueKind: JsonValueKind.Object } v => v.EnumerateObject().Select(p => p.Value),
        _ => [],
    };

    /// <summary>An id as text, whether the source wrote it as a number or a string.</summary>
    public static string? IdText(this JsonElement e) => e.ValueKind switch
    {
        JsonValueKind.Number => e.GetRawText(),
        JsonValueKind.String => e.GetString(),
        JsonValueKind.Object => e.Str("id"),
        _ => null,
    };

    /// <summary>Sources from the wild: trailing commas and comments are tolerated, nesting is bounded.</summary>
    public static readonly JsonDocumentOptions DocumentOptions = new()
    {
        AllowTrailingCommas = true,
        CommentHandling = JsonCommentHandling.Skip,
        MaxDepth = 64,
    };

    public static JsonDocument ParseDocument(ReadOnlyMemory<byte> content)
    {
        EnsureUtf8(content.Span);
        try
        {
            return JsonDocument.Parse(content, DocumentOptions);
        }
        catch (JsonException e)
        {
            throw NotWellFormed(e);
        }
    }

    /// <summary>
    /// System.Text.Json checks a string's bytes only when the string is read; check them all before anything is,
    /// so bad bytes are a format error wherever they are.
    /// </summary>
    public static void EnsureUtf8(ReadOnlySpan<byte> content)
    {
        if (!System.Text.Unicode.Utf8.IsValid(content))
        {
            throw new ScheduleFormatException($"The JSON is not valid UTF-8 text (bad bytes near byte {FirstInvalidByte(content)}); save it as UTF-8 and import again.");
        }
    }

    public static ScheduleFormatException NotWellFormed(JsonException e) =>
        new($"The JSON is not well-formed (line {e.LineNumber + 1}, byte {e.BytePositionInLine + 1}): {FirstSentence(e.Message)}", e);

    private static int FirstInvalidByte(ReadOnlySpan<byte> bytes)
    {
        var status = System.Text.Unicode.Utf8.ToUtf16(bytes, new char[bytes.Length], out var read, out _, replaceInvalidSequences: false);
        return status == System.Buffers.OperationStatus.Done ? bytes.Length : read;
    }

    private static string FirstSentence(string message)
    {
        var end = message.IndexOf(". ", StringComparison.Ordinal);
        return end < 0 ? message : message[..(end + 1)];
    }
}

using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports;

/// <summary>
/// Tolerant reads on a <see cref="Utf8JsonReader"/>, with <see cref="JsonRead"/>'s rules: a value of the wrong
/// type is treated as absent (and skipped), never thrown. Each read starts on a value's first token and
/// leaves the reader on its last, so a caller's loop goes on with <see cref="Utf8JsonReader.Read"/>.
/// </summary>
internal static class JsonStream
{
    /// <summary><see cref="JsonRead.DocumentOptions"/>, for a reader.</summary>
    public static readonly JsonReaderOptions Options = new()
    {
        AllowTrailingCommas = JsonRead.DocumentOptions.AllowTrailingCommas,
        CommentHandling = JsonRead.DocumentOptions.CommentHandling,
        MaxDepth = JsonRead.DocumentOptions.MaxDepth,
    };

    /// <summary>The next property of the object being read, its name unescaped; false at the object's end.</summary>
    public static bool NextProperty(this ref Utf8JsonReader reader, out ReadOnlySpan<byte> name)
    {
        if (!reader.Read() || reader.TokenType != JsonTokenType.PropertyName)
        {
            name = default;
            return false;
        }

        name = reader.ValueIsEscaped ? Encoding.UTF8.GetBytes(reader.GetString()!) : reader.ValueSpan;
        reader.Read();
        return true;
    }

    /// <summary>True on an array, or an object whose values are the items (<c>{"16": 17459}</c>); anything else is skipped.</summary>
    public static bool StartsItems(this ref Utf8JsonReader reader)
    {
        if (reader.TokenType is JsonTokenType.StartArray or JsonTokenType.StartObject)
        {
            return true;
        }

        reader.Skip();
        return false;
    }

    /// <summary>Moves to the next item of what <see cref="StartsItems"/> opened; false at its end.</summary>
    public static bool NextItem(this ref Utf8JsonReader reader)
    {
        reader.Read();
        if (reader.TokenType is JsonTokenType.EndArray or JsonTokenType.EndObject)
        {
            return false;
        }

        if (reader.TokenType == JsonTokenType.PropertyName)
        {
            reader.Read();
        }

        return true;
    }

    public static string? Str(this ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Number:
                return Encoding.UTF8.GetString(reader.ValueSpan);
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>
    /// The plain text of an HTML string value (<see cref="HtmlText.ToPlainText(ReadOnlySpan{char})"/>), unescaped into a
    /// pooled buffer: an abstract is decoded once, into its text, with no intermediate string.
    /// </summary>
    public static string? HtmlAsText(this ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.String)
        {
            return HtmlText.ToPlainText(reader.Str());
        }

        var buffer = ArrayPool<char>.Shared.Rent(reader.ValueSpan.Length); // unescaped, never longer than the raw bytes
        try
        {
            return HtmlText.ToPlainText(buffer.AsSpan(0, reader.CopyString(buffer)));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }

    public static long? Long(this ref Utf8JsonReader reader)
    {
        switch (reader.TokenType)
        {
            case JsonTokenType.Number:
                return reader.TryGetInt64(out var n) ? n : null;
            case JsonTokenType.String:
                return LongIn(reader.GetString());
            default:
                reader.Skip();
                return null;
        }
    }

    /// <summary>A whole number a source wrote as a string (<c>"17459"</c>), read the same on every host, whatever its culture.</summary>
    public static long? LongIn(string? text) => long.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : null;

    public static bool? Bool(this ref Utf8JsonReader reader) => reader.TokenType switch
    {
        JsonTokenType.True => true,
        JsonTokenType.False => false,
        _ => SkipToNull<bool>(ref reader),
    };

    /// <summary>An id as text, whether the source wrote it as a number, a string or an object with an <c>id</c>.</summary>
    public static string? Id(this ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            return reader.Str();
        }

        string? id = null;
        while (reader.NextProperty(out var name))
        {
            if (name.SequenceEqual("id"u8))
            {
                id = reader.Str();
            }
            else
            {
                reader.Skip();
            }
        }

        return id;
    }

    /// <summary>The named string property of an object value (<c>{"name": …}</c>); null for anything else.</summary>
    public static string? StrOf(this ref Utf8JsonReader reader, ReadOnlySpan<byte> property)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? value = null;
        while (reader.NextProperty(out var name))
        {
            if (name.SequenceEqual(property))
            {
                value = reader.Str();
            }
            else
            {
                reader.Skip();
            }
        }

        return value;
    }

    private static T? SkipToNull<T>(ref Utf8JsonReader reader)
        where T : struct
    {
        reader.Skip();
        return null;
    }
}

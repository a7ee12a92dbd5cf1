using System.Text.Json;

namespace Lcoo.Summit.Imports.OpenStackApi;

/// <summary>One event of the dump as written, ids unresolved: rooms, tracks and types are looked up once the whole dump is read.</summary>
internal sealed class OpenStackEvent
{
    public string? Id { get; set; }
    public string? Title { get; set; }
    /// <summary>The description's HTML as plain text.</summary>
    public string? Abstract { get; set; }
    public bool? Published { get; set; }
    public long? Start { get; set; }
    public long? End { get; set; }
    public string? LocationId { get; set; }
    public string? TrackId { get; set; }
    public string? TypeId { get; set; }
    public string? ClassName { get; set; }
    public string? Level { get; set; }
    public string? ModeratorId { get; set; }
    public List<string> SpeakerIds { get; } = [];
    public List<string> Tags { get; } = [];
}

/// <summary>Streams an event object: only the fields a session needs are decoded, the rest (videos, slides, links…) skipped.</summary>
internal static class OpenStackEventReader
{
    private enum Field
    {
        Other,
        Id,
        Title,
        Description,
        IsPublished,
        StartDate,
        EndDate,
        LocationId,
        TrackId,
        TypeId,
        ClassName,
        Level,
        Speakers,
        Moderator,
        Tags,
    }

    /// <summary>Reads the value the reader is on; a value that is not an object gives an event with nothing (reported as missing its id).</summary>
    public static OpenStackEvent Read(ref Utf8JsonReader reader)
    {
        var e = new OpenStackEvent();
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return e;
        }

        while (reader.NextProperty(out var name))
        {
            switch (FieldOf(name))
            {
                case Field.Id: e.Id = reader.Id(); break;
                case Field.Title: e.Title = reader.Str(); break;
                case Field.Description: e.Abstract = reader.HtmlAsText(); break;
                case Field.IsPublished: e.Published = reader.Bool(); break;
                case Field.StartDate: e.Start = reader.Long(); break;
                case Field.EndDate: e.End = reader.Long(); break;
                case Field.LocationId: e.LocationId = reader.Id(); break;
                case Field.TrackId: e.TrackId = reader.Id(); break;
                case Field.TypeId: e.TypeId = reader.Id(); break;
                case Field.ClassName: e.ClassName = reader.Str(); break;
                case Field.Level: e.Level = reader.Str(); break;
                case Field.Moderator: e.ModeratorId = reader.Id(); break;
                case Field.Speakers: ReadSpeakerIds(ref reader, e.SpeakerIds); break;
                case Field.Tags: ReadTags(ref reader, e.Tags); break;
                default: reader.Skip(); break;
            }
        }

        return e;
    }

    private static void ReadSpeakerIds(ref Utf8JsonReader reader, List<string> ids)
    {
        ids.Clear();
        if (!reader.StartsItems())
        {
            return;
        }

        while (reader.NextItem())
        {
            if (reader.Id() is { } id)
            {
                ids.Add(id);
            }
        }
    }

    /// <summary>Tags as strings or as objects with a <c>tag</c>.</summary>
    private static void ReadTags(ref Utf8JsonReader reader, List<string> tags)
    {
        tags.Clear();
        if (!reader.StartsItems())
        {
            return;
        }

        while (reader.NextItem())
        {
            if ((reader.TokenType == JsonTokenType.String ? reader.GetString() : reader.StrOf("tag"u8)) is { } tag)
            {
                tags.Add(tag);
            }
        }
    }

    private static Field FieldOf(ReadOnlySpan<byte> name) => name.Length switch
    {
        2 when name.SequenceEqual("id"u8) => Field.Id,
        4 when name.SequenceEqual("tags"u8) => Field.Tags,
        5 when name.SequenceEqual("title"u8) => Field.Title,
        5 when name.SequenceEqual("level"u8) => Field.Level,
        7 when name.SequenceEqual("type_id"u8) => Field.TypeId,
        8 when name.SequenceEqual("end_date"u8) => Field.EndDate,
        8 when name.SequenceEqual("track_id"u8) => Field.TrackId,
        8 when name.SequenceEqual("speakers"u8) => Field.Speakers,
        10 when name.SequenceEqual("start_date"u8) => Field.StartDate,
        10 when name.SequenceEqual("class_name"u8) => Field.ClassName,
        11 when name.SequenceEqual("description"u8) => Field.Description,
        11 when name.SequenceEqual("location_id"u8) => Field.LocationId,
        12 when name.SequenceEqual("is_published"u8) => Field.IsPublished,
        20 when name.SequenceEqual("moderator_speaker_id"u8) => Field.Moderator,
        _ => Field.Other,
    };
}

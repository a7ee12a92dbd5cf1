using System.Text.Json;
using Lcoo.Summit.Speakers;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports.OpenStackApi;

/// <summary>Streams the dump's speakers: name, job title and current organisation; bios, pictures and presentation lists are skipped.</summary>
internal static class OpenStackSpeakerReader
{
    /// <summary>Adds the speakers of the array (or id-keyed object) the reader is on; entries without an id are passed over.</summary>
    public static void ReadAll(ref Utf8JsonReader reader, Dictionary<string, Speaker> byId)
    {
        if (!reader.StartsItems())
        {
            return;
        }

        while (reader.NextItem())
        {
            if (Read(ref reader) is { } speaker)
            {
                byId[speaker.Id] = speaker;
            }
        }
    }

    private static Speaker? Read(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return null;
        }

        string? id = null, first = null, last = null, title = null;
        Affiliation best = default;
        while (reader.NextProperty(out var name))
        {
            if (name.SequenceEqual("id"u8))
            {
                id = reader.Id();
            }
            else if (name.SequenceEqual("first_name"u8))
            {
                first = reader.Str();
            }
            else if (name.SequenceEqual("last_name"u8))
            {
                last = reader.Str();
            }
            else if (name.SequenceEqual("title"u8))
            {
                title = reader.Str();
            }
            else if (name.SequenceEqual("affiliations"u8))
            {
                best = CurrentAffiliation(ref reader);
            }
            else
            {
                reader.Skip();
            }
        }

        if (id is null)
        {
            return null;
        }

        var fullName = HtmlText.Normalize($"{first} {last}");
        return new Speaker(
            id,
            fullName.Length == 0 ? Speaker.Unnamed(id) : fullName,
            best.Organisation is null ? null : HtmlText.Normalize(best.Organisation),
            string.IsNullOrWhiteSpace(title) ? null : HtmlText.Normalize(title));
    }

    private readonly record struct Affiliation(bool Current, long Start, string? Organisation)
    {
        /// <summary>A current affiliation over a past one; among equals, the one started last; the first seen on a tie.</summary>
        public bool IsBetterThan(Affiliation other) =>
            other.Organisation is null || (Current, Start).CompareTo((other.Current, other.Start)) > 0;
    }

    private static Affiliation CurrentAffiliation(ref Utf8JsonReader reader)
    {
        Affiliation best = default;
        if (!reader.StartsItems())
        {
            return best;
        }

        while (reader.NextItem())
        {
            var affiliation = ReadAffiliation(ref reader);
            if (!string.IsNullOrWhiteSpace(affiliation.Organisation) && affiliation.IsBetterThan(best))
            {
                best = affiliation;
            }
        }

        return best;
    }

    private static Affiliation ReadAffiliation(ref Utf8JsonReader reader)
    {
        if (reader.TokenType != JsonTokenType.StartObject)
        {
            reader.Skip();
            return default;
        }

        bool? current = null;
        long? start = null;
        string? organisation = null;
        while (reader.NextProperty(out var name))
        {
            if (name.SequenceEqual("is_current"u8))
            {
                current = reader.Bool();
            }
            else if (name.SequenceEqual("start_date"u8))
            {
                start = reader.Long();
            }
            else if (name.SequenceEqual("organization"u8))
            {
                organisation = reader.StrOf("name"u8);
            }
            else
            {
                reader.Skip();
            }
        }

        return new Affiliation(current ?? false, start ?? 0, organisation);
    }
}

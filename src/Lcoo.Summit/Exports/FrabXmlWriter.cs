using System.Globalization;
using System.Text;
using System.Xml;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;

namespace Lcoo.Summit.Exports;

/// <summary>A <see cref="FrabExport"/> as c3voc/frab <c>schedule.xml</c> (valid against its XSD).</summary>
public static class FrabXmlWriter
{
    public static byte[] Write(FrabExport export)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("schedule");
            xml.WriteStartElement("generator");
            xml.WriteAttributeString("name", FrabExport.Generator);
            xml.WriteAttributeString("version", typeof(FrabXmlWriter).Assembly.GetName().Version?.ToString() ?? "1");
            xml.WriteEndElement();
            xml.WriteElementString("version", export.Version);
            var days = export.Days();
            WriteConference(xml, export, days);
            foreach (var day in days)
            {
                xml.WriteStartElement("day");
                xml.WriteAttributeString("index", day.Index.ToString(CultureInfo.InvariantCulture));
                xml.WriteAttributeString("date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("start", day.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                xml.WriteAttributeString("end", day.End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                foreach (var room in day.Rooms)
                {
                    xml.WriteStartElement("room");
                    xml.WriteAttributeString("name", room.Name);
                    xml.WriteAttributeString("guid", room.Guid.ToString());
                    foreach (var s in room.Sessions)
                    {
                        WriteEvent(xml, export, s, room.Name);
                    }

                    xml.WriteEndElement();
                }

                xml.WriteEndElement();
            }

            xml.WriteEndElement();
        }

        return buffer.ToArray();
    }

    private static void WriteConference(XmlWriter xml, FrabExport export, IReadOnlyList<ExportDay> days)
    {
        var summit = export.Summit;
        xml.WriteStartElement("conference");
        xml.WriteElementString("acronym", export.Acronym);
        xml.WriteElementString("title", export.Title);
        xml.WriteElementString("start", days[0].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteElementString("end", days[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        xml.WriteElementString("days", days.Count.ToString(CultureInfo.InvariantCulture));
        xml.WriteElementString("timeslot_duration", "00:05");
        xml.WriteElementString("base_url", export.BaseUrl.ToString());
        if (summit.SourceUrl is { } url && url.StartsWith("http", StringComparison.Ordinal) && Uri.IsWellFormedUriString(url, UriKind.Absolute))
        {
            xml.WriteElementString("url", url);
        }

        if (export.TimeZoneName is { } zone)
        {
            xml.WriteElementString("time_zone_name", zone);
        }

        foreach (var track in export.Tracks())
        {
            xml.WriteStartElement("track");
            xml.WriteAttributeString("name", track);
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
    }

    private static void WriteEvent(XmlWriter xml, FrabExport export, Session s, string room)
    {
        var zone = export.Snapshot.Zone;
        var guid = export.EventGuid(s);
        var number = FrabExport.EventNumber(s, guid);
        xml.WriteStartElement("event");
        xml.WriteAttributeString("id", number.ToString(CultureInfo.InvariantCulture));
        xml.WriteAttributeString("guid", guid.ToString());
        xml.WriteElementString("date", FrabExport.Local(s.Start, zone));
        xml.WriteElementString("start", VenueTime.ToVenue(s.Start, zone).ToString("HH:mm", CultureInfo.InvariantCulture));
        xml.WriteElementString("duration", FrabExport.Duration(s.Duration));
        xml.WriteElementString("room", room);
        xml.WriteElementString("slug", export.Slug(s, number));
        xml.WriteElementString("url", export.Url(s));
        xml.WriteElementString("title", s.Title);
        xml.WriteElementString("track", s.Track ?? "");
        xml.WriteElementString("type", s.Type ?? "session");
        if (export.Language(s) is { } language)
        {
            xml.WriteElementString("language", language);
        }

        xml.WriteElementString("abstract", s.Abstract ?? "");
        if (export.Description(s) is { } description)
        {
            xml.WriteElementString("description", description);
        }

        xml.WriteStartElement("persons");
        foreach (var person in s.Speakers)
        {
            xml.WriteStartElement("person");
            xml.WriteAttributeString("guid", export.PersonGuid(person.SpeakerId).ToString());
            xml.WriteString(export.Snapshot.FindSpeaker(person.SpeakerId)?.Name ?? $"Speaker {person.SpeakerId}");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("links");
        if (Uri.TryCreate(s.SourceUrl, UriKind.Absolute, out var page))
        {
            xml.WriteStartElement("link");
            xml.WriteAttributeString("href", page.ToString());
            xml.WriteAttributeString("type", "web");
            xml.WriteString("The session on the summit's site");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteElementString("origin_url", export.OriginUrl(s));
        xml.WriteEndElement();
    }
}

using System.Globalization;
using System.Text;
using System.Xml;
using Lcoo.Summit.Sessions;
using Lcoo.Summit.Summits;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Exports;

/// <summary>A <see cref="FrabExport"/> as c3voc/frab <c>schedule.xml</c> (valid against its XSD).</summary>
public static class FrabXmlWriter
{
    public static byte[] Write(FrabExport export, CancellationToken ct = default)
    {
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Indent = true, Encoding = new UTF8Encoding(false) }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("schedule");
            xml.WriteStartElement("generator");
            WriteAttribute(xml, "name", FrabExport.Generator);
            WriteAttribute(xml, "version", typeof(FrabXmlWriter).Assembly.GetName().Version?.ToString() ?? "1");
            xml.WriteEndElement();
            WriteText(xml, "version", export.Version);
            var days = export.Days();
            WriteConference(xml, export, days);
            foreach (var day in days)
            {
                xml.WriteStartElement("day");
                WriteAttribute(xml, "index", day.Index.ToString(CultureInfo.InvariantCulture));
                WriteAttribute(xml, "date", day.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
                WriteAttribute(xml, "start", day.Start.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                WriteAttribute(xml, "end", day.End.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture));
                foreach (var room in day.Rooms)
                {
                    xml.WriteStartElement("room");
                    WriteAttribute(xml, "name", room.Name);
                    WriteAttribute(xml, "guid", room.Guid.ToString());
                    foreach (var s in room.Sessions)
                    {
                        ct.ThrowIfCancellationRequested();
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
        WriteText(xml, "acronym", export.Acronym);
        WriteText(xml, "title", export.Title);
        WriteText(xml, "start", days[0].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteText(xml, "end", days[^1].Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture));
        WriteText(xml, "days", days.Count.ToString(CultureInfo.InvariantCulture));
        WriteText(xml, "timeslot_duration", "00:05");
        WriteText(xml, "base_url", export.BaseUrl.ToString());
        if (WebLink.Of(summit.SourceUrl) is { } url)
        {
            WriteText(xml, "url", url.ToString());
        }

        if (export.TimeZoneName is { } zone)
        {
            WriteText(xml, "time_zone_name", zone);
        }

        // Pentabarf's venue and city: ConfClerk's "Where:" shows them. The c3voc schema does not list them (its
        // tests validate without them), and the frab apps that follow it skip elements they do not know.
        if (summit.Venue is { } venue)
        {
            WriteText(xml, "venue", venue);
        }

        if (summit.City is { } city)
        {
            WriteText(xml, "city", city);
        }

        foreach (var track in export.Tracks())
        {
            xml.WriteStartElement("track");
            WriteAttribute(xml, "name", track);
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
        WriteAttribute(xml, "id", number.ToString(CultureInfo.InvariantCulture));
        WriteAttribute(xml, "guid", guid.ToString());
        WriteText(xml, "date", FrabExport.Local(s.Start, zone));
        WriteText(xml, "start", VenueTime.ToVenue(s.Start, zone).ToString("HH:mm", CultureInfo.InvariantCulture));
        WriteText(xml, "duration", FrabExport.Duration(s.Duration));
        WriteText(xml, "room", room);
        WriteText(xml, "slug", export.Slug(s, number));
        WriteText(xml, "url", export.Url(s));
        WriteText(xml, "title", s.Title);
        WriteText(xml, "track", s.Track ?? "");
        WriteText(xml, "type", s.Type ?? "session");
        if (export.Language(s) is { } language)
        {
            WriteText(xml, "language", language);
        }

        WriteText(xml, "abstract", s.Abstract ?? "");
        if (export.Description(s) is { } description)
        {
            WriteText(xml, "description", description);
        }

        xml.WriteStartElement("persons");
        foreach (var person in s.Speakers)
        {
            xml.WriteStartElement("person");
            WriteAttribute(xml, "id", export.PersonNumber(person.SpeakerId).ToString(CultureInfo.InvariantCulture));
            WriteAttribute(xml, "guid", export.PersonGuid(person.SpeakerId).ToString());
            xml.WriteString(UnicodeText.Clean(export.Snapshot.FindSpeaker(person.SpeakerId)?.Name ?? Speakers.Speaker.Unnamed(person.SpeakerId)));
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        xml.WriteStartElement("links");
        if (WebLink.Of(s.SourceUrl) is { } page)
        {
            xml.WriteStartElement("link");
            WriteAttribute(xml, "href", page.ToString());
            WriteAttribute(xml, "type", "web");
            xml.WriteString("The session on the summit's site");
            xml.WriteEndElement();
        }

        xml.WriteEndElement();
        WriteText(xml, "origin_url", export.OriginUrl(s));
        xml.WriteEndElement();
    }

    // Titles, names and tracks come from imported files and from people: XML 1.0 cannot carry every character they may hold.
    private static void WriteText(XmlWriter xml, string name, string value) => xml.WriteElementString(name, UnicodeText.Clean(value));

    private static void WriteAttribute(XmlWriter xml, string name, string value) => xml.WriteAttributeString(name, UnicodeText.Clean(value));
}

using Lcoo.Summit.Text;

namespace Lcoo.Summit.Imports.OpenStackApi;

/// <summary>
/// The summit's <c>schedule_event_detail_url</c> (<c>…/events/:event_id/:event_title</c>), split once at its
/// placeholders so each of a thousand events costs one string, not a scan and a copy per placeholder.
/// </summary>
internal sealed class EventUrlTemplate
{
    private const string IdPlaceholder = ":event_id";
    private const string TitlePlaceholder = ":event_title";

    /// <summary>Literal text, and between literals which value goes there.</summary>
    private readonly List<(string Literal, bool? TitleNext)> _parts = [];

    private EventUrlTemplate(string template)
    {
        var rest = template;
        while (true)
        {
            var id = rest.IndexOf(IdPlaceholder, StringComparison.Ordinal);
            var title = rest.IndexOf(TitlePlaceholder, StringComparison.Ordinal);
            if (id < 0 && title < 0)
            {
                _parts.Add((rest, null));
                return;
            }

            var isTitle = id < 0 || (title >= 0 && title < id);
            var at = isTitle ? title : id;
            _parts.Add((rest[..at], isTitle));
            rest = rest[(at + (isTitle ? TitlePlaceholder.Length : IdPlaceholder.Length))..];
        }
    }

    public static EventUrlTemplate? From(string? template) => template is null ? null : new(template);

    /// <param name="title">The session's title, normalised.</param>
    public string For(string id, string title)
    {
        var capacity = 0;
        foreach (var (literal, titleNext) in _parts)
        {
            capacity += literal.Length + titleNext switch { true => OpenStackSlug.MaxLength(title), false => id.Length, null => 0 };
        }

        var url = capacity <= 1024 ? stackalloc char[capacity] : new char[capacity];
        var length = 0;
        foreach (var (literal, titleNext) in _parts)
        {
            literal.CopyTo(url[length..]);
            length += literal.Length;
            if (titleNext == true)
            {
                length += OpenStackSlug.Write(title, url[length..]);
            }
            else if (titleNext == false)
            {
                id.CopyTo(url[length..]);
                length += id.Length;
            }
        }

        return new string(url[..length]);
    }
}

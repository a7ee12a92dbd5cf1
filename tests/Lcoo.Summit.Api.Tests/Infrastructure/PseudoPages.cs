using System.Text.Json;

namespace Lcoo.Summit.Api.Tests.Infrastructure;

/// <summary>
/// What a page in the pseudo-locale shows a person, what overflows its box there, and the summit's own strings (which
/// stay as the source wrote them): the three parts of every "nothing escapes translation, nothing overflows" test.
/// </summary>
public static class PseudoPages
{
    /// <summary>
    /// Every text the page gives a person: its words, its title, the labels a screen reader reads; not the language names
    /// of the switcher, which are each in their own language, nor the example address a URL field shows.
    /// </summary>
    public static string Shown(Chromium chromium) => chromium.Run<string>("""
        const page = document.body.cloneNode(true);
        page.querySelectorAll('nav.languages, script, option').forEach((e) => e.remove());
        const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].filter((e) => !e.closest('nav.languages'))
          .map((e) => [e.getAttribute('aria-label'), e.getAttribute('title'), e.type === 'url' ? null : e.getAttribute('placeholder')].filter(Boolean).join(' '));
        return [document.title, page.textContent, ...labels].join('\n');
        """);

    /// <summary>Each visible block whose text is wider than its box (the planner's grid and the console's timelines and logs aside, which scroll by design), each form field past the window's edge, and a page wider than the window.</summary>
    public static IReadOnlyList<string> Overflowing(Chromium chromium) => [.. chromium.Run<IReadOnlyCollection<object>>("""
        const out = [];
        for (const el of document.querySelectorAll('h1, h2, h3, h4, p, label, legend, button, summary, .days a, .view-switch a, .tabs a, .jump, dt, dd, li')) {
          if (el.offsetParent === null || el.closest('.plan.grid, .timeline-scroll, .log-scroll')) continue;
          if (el.scrollWidth > el.clientWidth + 1 && getComputedStyle(el).display !== 'inline') out.push(`${el.tagName.toLowerCase()}.${el.className}: ${el.textContent.trim().slice(0, 50)}`);
        }
        for (const field of document.querySelectorAll('input, textarea, select')) {
          const box = field.getBoundingClientRect();
          if (field.offsetParent !== null && !field.closest('.log-scroll, .timeline-scroll') && box.right > document.documentElement.clientWidth + 1) out.push(`${field.tagName.toLowerCase()}#${field.id || field.name}: ends at ${Math.round(box.right)}px in ${document.documentElement.clientWidth}px`);
        }
        if (document.documentElement.scrollWidth > innerWidth + 1) out.push(`the page is ${document.documentElement.scrollWidth}px wide in ${innerWidth}px`);
        return out;
        """).Cast<string>()];

    /// <summary>Every string the API answers at <paramref name="urls"/> (links aside): the data a page shows as the source wrote it.</summary>
    public static async Task<IReadOnlyList<string>> DataAsync(HttpClient client, params string[] urls)
    {
        var texts = new List<string> { "Lcoo.Summit", "OpenStack", "LCOO", "ics", "xml" };
        foreach (var url in urls)
        {
            using var response = await client.GetAsync(url);
            if (response.IsSuccessStatusCode)
            {
                Strings(JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement, texts);
            }
        }

        return texts;
    }

    private static void Strings(JsonElement element, List<string> into)
    {
        switch (element.ValueKind)
        {
            // Links are ours, not the source's: "/summits/…/sessions" must not excuse the word "sessions".
            case JsonValueKind.String when element.GetString() is { } text && !text.StartsWith('/') && !text.StartsWith("http", StringComparison.Ordinal):
                into.Add(text);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    Strings(item, into);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    Strings(property.Value, into);
                }

                break;
        }
    }
}

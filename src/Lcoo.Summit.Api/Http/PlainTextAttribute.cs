using System.ComponentModel.DataAnnotations;
using Lcoo.Summit.Text;

namespace Lcoo.Summit.Api.Http;

/// <summary>
/// Text people and pages show: no control characters (tab and line breaks only where <see cref="MultiLine"/>), no lone
/// surrogates or noncharacters, and not blank when given. Such a value is refused, not stored to be cleaned on every output.
/// </summary>
[AttributeUsage(AttributeTargets.Property | AttributeTargets.Parameter)]
public sealed class PlainTextAttribute : ValidationAttribute
{
    public bool MultiLine { get; init; }

    protected override ValidationResult? IsValid(object? value, ValidationContext validationContext)
    {
        var problem = value switch
        {
            string text => Problem(text, MultiLine),
            IEnumerable<string?> texts => texts.Select(t => t is null ? "An entry is null." : Problem(t, MultiLine)).FirstOrDefault(p => p is not null),
            _ => null,
        };
        return problem is null ? ValidationResult.Success : new ValidationResult(problem, [validationContext.MemberName!]);
    }

    public static string? Problem(string text, bool multiLine = false) =>
        string.IsNullOrWhiteSpace(text) ? "It is blank: give some text, or leave it out."
        : text.Any(UnicodeText.IsBidiControl) ? "It holds a bidirectional control (U+202A–U+202E or U+2066–U+2069), which would make it read out of order: send plain text."
        : UnicodeText.Clean(text) != text ? "It holds a control character or an invalid one (a lone surrogate, U+FFFE…): send plain text."
        : !multiLine && text.AsSpan().IndexOfAny('\r', '\n', '\t') >= 0 ? "It must be one line, without tabs or line breaks."
        : null;
}

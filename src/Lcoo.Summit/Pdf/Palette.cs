namespace Lcoo.Summit.Pdf;

internal static class Palette
{
    public const uint Ink = 0xFF1B2A41;
    public const uint Muted = 0xFF6B7A90;
    public const uint Rule = 0xFFD5DBE5;
    public const uint Accent = 0xFF2E5C9A;
    public const uint Clash = 0xFFC62828;
    public const uint White = 0xFFFFFFFF;

    private static readonly uint[] Columns = [0xFFDCE8F7, 0xFFE3F1E3, 0xFFFBEBD3, 0xFFF1E0F5, 0xFFDFF3F2, 0xFFF7E1E1, 0xFFEDEDED, 0xFFF3F0D8];

    public static uint Column(int index) => Columns[index % Columns.Length];
}

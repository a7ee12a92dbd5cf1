namespace Lcoo.Summit.Api.Imports;

/// <summary>Reading a body that may be larger than the import limit: stops at the limit instead of buffering it all.</summary>
public static class BoundedBody
{
    public static async Task<(byte[] Bytes, bool TooLarge)> ReadAsync(Stream stream, long maxBytes, CancellationToken ct)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await stream.ReadAsync(chunk, ct)) > 0)
        {
            if (buffer.Length + read > maxBytes)
            {
                return ([], true);
            }

            buffer.Write(chunk, 0, read);
        }

        return (buffer.ToArray(), false);
    }

    public static RequestRefused TooLarge(string what, long maxBytes) =>
        new(413, "Too large", $"{what} is over the import limit of {maxBytes / (1024 * 1024)} MB (Imports:MaxBytes); nothing was imported.");
}

using System.Globalization;
using System.Text;

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// What the encoder is given for a text. The package's tokenizer splits on spaces only, lower-cases with the current
/// culture (a Turkish "I" would become an unknown token) and keeps accents that the uncased vocabulary lacks; so the
/// text is made plain first, the way the model's own BERT preprocessing would: whitespace runs become one space,
/// accents go, letters are lower-cased invariantly. Long texts are cut at a word boundary: a choice answer is short,
/// and the cut bounds the encoding time of a pasted paragraph.
/// </summary>
internal static class EncoderText
{
    public const int MaxChars = 300;

    public static string Prepare(string? text)
    {
        if (string.IsNullOrWhiteSpace(text)) return "";
        var decomposed = text.Normalize(NormalizationForm.FormD);
        var sb = new StringBuilder(Math.Min(decomposed.Length, MaxChars + 1));
        var pendingSpace = false;
        foreach (var c in decomposed)
        {
            if (char.IsWhiteSpace(c) || char.IsControl(c))
            {
                pendingSpace = sb.Length > 0;
                continue;
            }
            if (CharUnicodeInfo.GetUnicodeCategory(c) == UnicodeCategory.NonSpacingMark) continue;
            if (pendingSpace)
            {
                if (sb.Length >= MaxChars) break;
                sb.Append(' ');
                pendingSpace = false;
            }
            if (sb.Length >= MaxChars + 40) break; // one very long "word" (a URL, a key mash): cut it too
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString().Normalize(NormalizationForm.FormC);
    }
}

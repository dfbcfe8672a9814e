using System.Globalization;
using Azure.Data.Tables;

namespace CoachBot.Storage.Tables;

/// <summary>
/// JSON kept in an entity as string properties <c>json0</c>, <c>json1</c>... of at most <see cref="ChunkChars"/>
/// characters each, plus their count in <c>chunks</c>: a Table Storage string property holds at most 32K UTF-16
/// characters, while a record may hold <see cref="BotFramework.State.StoreLimits.MaxRecordChars"/>.
/// </summary>
internal static class JsonChunks
{
    public const int ChunkChars = 32_000;
    private const string CountProperty = "chunks";

    public static void Write(TableEntity entity, string json)
    {
        var count = 0;
        for (var start = 0; start < json.Length; count++)
        {
            var length = Math.Min(ChunkChars, json.Length - start);
            // Never split a surrogate pair: half a pair is not valid UTF-8 on the wire. The chunk ends one earlier.
            if (start + length < json.Length && char.IsHighSurrogate(json[start + length - 1])) length--;
            entity[Name(count)] = json.Substring(start, length);
            start += length;
        }
        entity[CountProperty] = count;
    }

    public static string Read(TableEntity entity)
    {
        var count = entity.GetInt32(CountProperty) ?? 0;
        if (count == 1) return entity.GetString(Name(0)) ?? "";
        var json = new System.Text.StringBuilder(count * ChunkChars);
        for (var i = 0; i < count; i++) json.Append(entity.GetString(Name(i)));
        return json.ToString();
    }

    private static string Name(int index) => "json" + index.ToString(CultureInfo.InvariantCulture);
}

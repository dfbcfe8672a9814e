using System.Text.Json;
using System.Text.Json.Serialization;

namespace CoachBot.Coaching.Model;

/// <summary>
/// A value or transferable skill in the profile: picked from the list offered (<see cref="Key"/>, a key of
/// <c>assessment.values</c> or <c>assessment.transferable</c>), or named in the user's own words (no key).
/// <see cref="Text"/> is the title as the user saw it when they picked it, or their own words: the SMART rules and
/// the LLM brief read it, and it is shown when dialogs/ no longer has the key. Views show a picked item by its key's
/// current title.
/// </summary>
[JsonConverter(typeof(ProfileChoiceConverter))]
public sealed record ProfileChoice(string? Key, string Text)
{
    /// <summary>The user's own words, not one of the choices offered.</summary>
    public static ProfileChoice Own(string text) => new(null, text);

    /// <summary>Own words, so tests and seeds can write a profile as a list of strings.</summary>
    public static implicit operator ProfileChoice(string text) => Own(text);

    public override string ToString() => Text;
}

/// <summary>
/// Stored as <c>{"key":"salary","text":"Salary"}</c> or <c>{"text":"my family"}</c>. A bare string is what a profile
/// held before choices had keys: it is read as the user's own words, so an older record loads unchanged.
/// </summary>
internal sealed class ProfileChoiceConverter : JsonConverter<ProfileChoice>
{
    public override ProfileChoice? Read(ref Utf8JsonReader reader, Type typeToConvert, JsonSerializerOptions options)
    {
        if (reader.TokenType == JsonTokenType.String) return ProfileChoice.Own(reader.GetString() ?? "");
        if (reader.TokenType != JsonTokenType.StartObject) throw new JsonException("A profile item is a string or an object.");
        string? key = null, text = null;
        while (reader.Read() && reader.TokenType != JsonTokenType.EndObject)
        {
            var name = reader.GetString();
            reader.Read();
            switch (name)
            {
                case "key": key = reader.TokenType == JsonTokenType.Null ? null : reader.GetString(); break;
                case "text": text = reader.GetString(); break;
                default: reader.Skip(); break;
            }
        }
        return new ProfileChoice(key, text ?? key ?? "");
    }

    public override void Write(Utf8JsonWriter writer, ProfileChoice value, JsonSerializerOptions options)
    {
        writer.WriteStartObject();
        if (value.Key is not null) writer.WriteString("key", value.Key);
        writer.WriteString("text", value.Text);
        writer.WriteEndObject();
    }
}

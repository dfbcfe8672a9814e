namespace CoachBot.Hosting;

public static class ConfigurationDefaults
{
    /// <summary>The address a Bot Framework developer expects: http://localhost:3978 unless --urls or ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrls = "http://localhost:3978";

    public static IConfigurationBuilder AddCoachBotDefaults(this ConfigurationManager configuration)
    {
        if (string.IsNullOrEmpty(configuration["urls"]))
            configuration["urls"] = DefaultUrls;
        return configuration;
    }
}

namespace CoachBot.Hosting;

public static class ConfigurationDefaults
{
    /// <summary>The address a Bot Framework developer expects: http://localhost:3978 unless --urls or ASPNETCORE_URLS says otherwise.</summary>
    public const string DefaultUrls = "http://localhost:3978";

    /// <summary>
    /// Categories that log several Information lines for every request (ASP.NET Core's request start/end and endpoint
    /// lines, IHttpClientFactory's and Polly's lines for every reply sent): about eleven lines per turn, measured by
    /// bench/CoachBot.Bench. They start at Warning, as the ASP.NET Core templates' appsettings.json do; any
    /// Logging:LogLevel setting for them wins.
    /// </summary>
    private static readonly string[] ChattyCategories = ["Microsoft.AspNetCore", "System.Net.Http.HttpClient", "Polly"];

    public static IConfigurationBuilder AddCoachBotDefaults(this ConfigurationManager configuration)
    {
        if (string.IsNullOrEmpty(configuration["urls"]))
            configuration["urls"] = DefaultUrls;
        foreach (var category in ChattyCategories)
        {
            var key = "Logging:LogLevel:" + category;
            if (string.IsNullOrEmpty(configuration[key])) configuration[key] = "Warning";
        }
        return configuration;
    }
}

namespace CoachBot.Hosting;

public static class ConfigurationDefaults
{
    /// <summary>
    /// The address a Bot Framework developer expects when nothing else names one: http://localhost:3978. Any listening
    /// setting wins: --urls or ASPNETCORE_URLS (<c>urls</c>), ASPNETCORE_HTTP_PORTS / ASPNETCORE_HTTPS_PORTS
    /// (<c>http_ports</c>, <c>https_ports</c>, which the .NET container images set to 8080) and Kestrel:Endpoints.
    /// </summary>
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
        // Kestrel lets `urls` override the ports settings, so a forced default would hide ASPNETCORE_HTTP_PORTS.
        if (!NamesListeningAddress(configuration))
            configuration["urls"] = DefaultUrls;
        foreach (var category in ChattyCategories)
        {
            var key = "Logging:LogLevel:" + category;
            if (string.IsNullOrEmpty(configuration[key])) configuration[key] = "Warning";
        }
        return configuration;
    }

    /// <summary>Whether any of the settings Kestrel listens by is present (the keys ASP.NET Core's WebHostDefaults names).</summary>
    public static bool NamesListeningAddress(IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration["urls"])
        || !string.IsNullOrWhiteSpace(configuration["http_ports"])
        || !string.IsNullOrWhiteSpace(configuration["https_ports"])
        || configuration.GetSection("Kestrel:Endpoints").GetChildren().Any();
}

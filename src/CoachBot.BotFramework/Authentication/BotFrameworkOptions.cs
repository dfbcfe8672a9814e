namespace CoachBot.BotFramework.Authentication;

/// <summary>The standard Bot Framework keys, read from the configuration root so Azure Bot Service guides apply unchanged.</summary>
public sealed class BotFrameworkOptions
{
    /// <summary>MultiTenant (default), SingleTenant or UserAssignedMSI.</summary>
    public string MicrosoftAppType { get; set; } = "MultiTenant";

    /// <summary>Empty: anonymous local mode (Emulator, Playground), with a warning at start.</summary>
    public string? MicrosoftAppId { get; set; }

    public string? MicrosoftAppPassword { get; set; }

    public string? MicrosoftAppTenantId { get; set; }

    public bool IsAnonymous => string.IsNullOrWhiteSpace(MicrosoftAppId);

    public bool IsSingleTenant => string.Equals(MicrosoftAppType, "SingleTenant", StringComparison.OrdinalIgnoreCase);

    public bool IsUserAssignedManagedIdentity => string.Equals(MicrosoftAppType, "UserAssignedMSI", StringComparison.OrdinalIgnoreCase);
}

namespace CoachBot.Hosting;

/// <summary>
/// The <c>Telemetry</c> section. Where telemetry goes is set by the standard variables (README "Telemetry"); this
/// section only holds what those do not cover.
/// </summary>
public sealed class TelemetryOptions
{
    public const string SectionName = "Telemetry";

    /// <summary>
    /// Where Azure Monitor keeps telemetry it could not send yet, to retry later; relative to the working folder, like
    /// <c>Storage:Sqlite:Path</c>, so it lands in the data folder (the container's volume).
    /// </summary>
    public string AzureMonitorStorageDirectory { get; set; } = "data/telemetry";
}

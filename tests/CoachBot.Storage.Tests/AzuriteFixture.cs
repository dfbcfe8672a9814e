using CoachBot.TestSupport;

namespace CoachBot.Storage.Tests;

/// <summary>
/// A real Azurite table service for the whole test run. ./test.sh starts one and passes its connection string in
/// COACHBOT_TEST_AZURITE; without it (a developer running these tests alone), the fixture starts
/// node_modules/.bin/azurite-table itself (<see cref="AzuriteProcess"/>) and stops it at the end. It never skips:
/// when Azurite cannot be had, every Table Storage test fails and says why.
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string EnvironmentVariable = "COACHBOT_TEST_AZURITE";

    private AzuriteProcess? _azurite;

    public string ConnectionString { get; private set; } = "";

    public async Task InitializeAsync()
    {
        if (Environment.GetEnvironmentVariable(EnvironmentVariable) is { Length: > 0 } given)
        {
            ConnectionString = given;
            return;
        }
        _azurite = await AzuriteProcess.StartAsync();
        ConnectionString = _azurite.ConnectionString;
    }

    public async Task DisposeAsync()
    {
        if (_azurite is not null) await _azurite.DisposeAsync();
    }
}

/// <summary>One Azurite for every test class that needs it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}

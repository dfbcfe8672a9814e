using CoachBot.BotFramework.Connector;
using CoachBot.BotFramework.Schema;

namespace CoachBot.Scheduling;

/// <summary>
/// Test hook (<c>CheckIns:TestHook:ExitAfterClaim</c>): the adapter sends a proactive turn's replies only after its
/// write committed, so a process that dies at the first scheduler send has committed its claim and sent nothing:
/// exactly the crash the at-least-once design must survive. Registered only when the hook is on.
/// </summary>
public sealed class ExitAfterClaimHook(IConnectorClientFactory inner) : IConnectorClientFactory
{
    private static readonly AsyncLocal<bool> InSchedulerSend = new();

    /// <summary>Marks the sends of the current proactive turn as the scheduler's.</summary>
    public static IDisposable SchedulerSendScope()
    {
        InSchedulerSend.Value = true;
        return new Scope();
    }

    public IConnectorClient Create(TrustedServiceUrl serviceUrl) =>
        InSchedulerSend.Value ? new Dying(inner.Create(serviceUrl)) : inner.Create(serviceUrl);

    private sealed class Scope : IDisposable
    {
        public void Dispose() => InSchedulerSend.Value = false;
    }

    private sealed class Dying(IConnectorClient inner) : IConnectorClient
    {
        private static ResourceResponse Die()
        {
            Console.Out.WriteLine("TestHook: exiting after the claim, before the send");
            Console.Out.Flush();
            Environment.FailFast("CheckIns:TestHook:ExitAfterClaim");
            return null!;
        }

        public Uri ServiceUrl => inner.ServiceUrl;

        public Task<ResourceResponse> SendToConversationAsync(Activity activity, CancellationToken cancellationToken) => Task.FromResult(Die());
        public Task<ResourceResponse> ReplyToActivityAsync(Activity activity, CancellationToken cancellationToken) => Task.FromResult(Die());
        public Task<ResourceResponse> UpdateActivityAsync(Activity activity, CancellationToken cancellationToken) => inner.UpdateActivityAsync(activity, cancellationToken);
        public Task DeleteActivityAsync(string conversationId, string activityId, CancellationToken cancellationToken) =>
            inner.DeleteActivityAsync(conversationId, activityId, cancellationToken);
        public Task<ConversationResourceResponse> CreateConversationAsync(ConversationParameters parameters, CancellationToken cancellationToken) =>
            inner.CreateConversationAsync(parameters, cancellationToken);
        public Task<IReadOnlyList<ChannelAccount>> GetConversationMembersAsync(string conversationId, CancellationToken cancellationToken) =>
            inner.GetConversationMembersAsync(conversationId, cancellationToken);
        public Task<ChannelAccount> GetConversationMemberAsync(string conversationId, string memberId, CancellationToken cancellationToken) =>
            inner.GetConversationMemberAsync(conversationId, memberId, cancellationToken);
    }
}

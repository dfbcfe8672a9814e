using CoachBot.BotFramework.Understanding;

namespace CoachBot.Understanding.Embeddings.Evaluation;

/// <summary>An item with the matcher's full ranking for it, computed once so thresholds can be swept without re-encoding.</summary>
public sealed record RankedItem(LabelledItem Item, IReadOnlyList<SemanticCandidate> Ranked);

/// <summary>
/// The figures of issue 11 for the matcher alone. Over the items with a key that are not marked "confirm": taken
/// without confirmation (Sure), not understood (None); over every Sure answer: taken right; plus how good the guesses
/// behind a confirmation are (Unsure), how often the ranking's first is right at all, and how often a text that means
/// none of the keys is taken.
/// </summary>
public sealed record Scorecard
{
    public int Items { get; private init; }
    public int Sure { get; private init; }
    public int Unsure { get; private init; }
    public int UnsureRight { get; private init; }
    public int None { get; private init; }
    public int FirstRight { get; private init; }
    public int Taken { get; private init; }
    public int TakenAndRight { get; private init; }
    public int OffTopicItems { get; private init; }
    public int OffTopicTaken { get; private init; }

    public double TakenRight => Taken == 0 ? 1 : (double)TakenAndRight / Taken;
    public double TakenWithoutConfirmation => Items == 0 ? 0 : (double)Sure / Items;
    public double NotUnderstood => Items == 0 ? 0 : (double)None / Items;
    public double GuessRight => Unsure == 0 ? 1 : (double)UnsureRight / Unsure;
    public double TopRight => Items == 0 ? 0 : (double)FirstRight / Items;
    public double OffTopicTakenShare => OffTopicItems == 0 ? 0 : (double)OffTopicTaken / OffTopicItems;

    public static Scorecard Of(IEnumerable<RankedItem> items, MatchThresholds thresholds)
    {
        int n = 0, sure = 0, unsure = 0, unsureRight = 0, none = 0, firstRight = 0, taken = 0, takenRight = 0, offTopic = 0, offTopicTaken = 0;
        foreach (var (item, ranked) in items)
        {
            var match = EmbeddingSemanticMatcher.Judge(ranked, thresholds);
            var right = item.IsRight(match.Best?.Key);
            if (match.Confidence == MatchConfidence.Sure)
            {
                taken++;
                if (right) takenRight++;
            }
            if (item.Key is null)
            {
                offTopic++;
                if (match.Confidence == MatchConfidence.Sure) offTopicTaken++;
                continue;
            }
            if (item.Confirm) continue; // honestly unclear: a confirmation is ideal, so it does not count as "not taken"
            n++;
            if (right) firstRight++;
            switch (match.Confidence)
            {
                case MatchConfidence.Sure: sure++; break;
                case MatchConfidence.Unsure: unsure++; if (right) unsureRight++; break;
                default: none++; break;
            }
        }
        return new Scorecard
        {
            Items = n, Sure = sure, Unsure = unsure, UnsureRight = unsureRight, None = none, FirstRight = firstRight,
            Taken = taken, TakenAndRight = takenRight, OffTopicItems = offTopic, OffTopicTaken = offTopicTaken,
        };
    }

    public override string ToString() =>
        $"items {Items}: taken right {TakenRight:P1} ({TakenAndRight}/{Taken}), taken without confirmation {TakenWithoutConfirmation:P1}, " +
        $"not understood {NotUnderstood:P1}, guesses right {GuessRight:P1} ({UnsureRight}/{Unsure}), first right {TopRight:P1}, " +
        $"off-topic taken {OffTopicTakenShare:P1} ({OffTopicTaken}/{OffTopicItems})";
}

namespace CoachBot.Understanding.Embeddings;

/// <summary>
/// The vectors of the texts embedded lately, so a reply many people type ("sounds good", "not really", "yes please")
/// is run through the model once, not once per person. Bounded: two generations of at most half the capacity each;
/// when the newer fills, the older is dropped whole and the newer takes its place, so a text in use stays (a hit in
/// the older generation moves it to the newer) and memory stays below capacity × a vector (4096 × 1.5 KB = 6 MB).
/// Keyed by the prepared text (<see cref="EncoderText"/>), which is all the model sees. Kept in process memory only,
/// as the turn's own text already is; never written anywhere. Thread-safe.
/// </summary>
internal sealed class RecentVectors
{
    private readonly int _generationSize;
    private readonly Lock _gate = new();
    private Dictionary<string, float[]> _newer = new(StringComparer.Ordinal);
    private Dictionary<string, float[]> _older = new(StringComparer.Ordinal);

    /// <param name="capacity">At most this many texts are kept; 0 keeps none.</param>
    public RecentVectors(int capacity)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(capacity);
        _generationSize = capacity / 2;
    }

    /// <summary>How many texts are kept now.</summary>
    public int Count
    {
        get { lock (_gate) return _newer.Count + _older.Count; }
    }

    public bool TryGet(string preparedText, out float[] vector)
    {
        if (_generationSize == 0) { vector = []; return false; }
        lock (_gate)
        {
            if (_newer.TryGetValue(preparedText, out vector!)) return true;
            if (!_older.Remove(preparedText, out vector!)) return false;
            AddLocked(preparedText, vector);
            return true;
        }
    }

    /// <summary>Keeps a vector; callers never change it after (vectors are shared by every turn that asks).</summary>
    public void Add(string preparedText, float[] vector)
    {
        if (_generationSize == 0) return;
        lock (_gate) AddLocked(preparedText, vector);
    }

    private void AddLocked(string preparedText, float[] vector)
    {
        if (_newer.Count >= _generationSize && !_newer.ContainsKey(preparedText))
        {
            _older = _newer;
            _newer = new Dictionary<string, float[]>(_generationSize, StringComparer.Ordinal);
        }
        _newer[preparedText] = vector;
    }
}

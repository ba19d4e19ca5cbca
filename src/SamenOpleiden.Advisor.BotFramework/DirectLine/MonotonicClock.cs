namespace SamenOpleiden.Advisor.BotFramework.DirectLine;

/// <summary>
/// UTC timestamps that never repeat or go back: Web Chat orders activities by timestamp, so two
/// activities stamped in the same millisecond must still come out in the order they were made.
/// </summary>
internal sealed class MonotonicClock(TimeProvider time)
{
    private long _lastMilliseconds;

    public DateTimeOffset Next()
    {
        while (true)
        {
            var last = Interlocked.Read(ref _lastMilliseconds);
            var next = Math.Max(time.GetUtcNow().ToUnixTimeMilliseconds(), last + 1);
            if (Interlocked.CompareExchange(ref _lastMilliseconds, next, last) == last)
            {
                return DateTimeOffset.FromUnixTimeMilliseconds(next);
            }
        }
    }
}

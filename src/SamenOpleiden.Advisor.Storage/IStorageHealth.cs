namespace SamenOpleiden.Advisor.Storage;

/// <summary>Whether the database answers right now; <c>/readyz</c> reports it so a load balancer stops sending turns.</summary>
public interface IStorageHealth
{
    /// <summary>True when a trivial query succeeds within the timeout.</summary>
    Task<bool> IsAvailableAsync(CancellationToken cancellationToken);
}

namespace Vigie.Alerts.Delivery;

/// <summary>Where the dispatcher says how each part is doing (the serve host shows it on the sources page and logs it).</summary>
internal interface IAlertStatus
{
    /// <summary><paramref name="error"/> null: working; else failing, tried again at <paramref name="next"/>.</summary>
    void Report(string part, string? error, DateTimeOffset? next);
}

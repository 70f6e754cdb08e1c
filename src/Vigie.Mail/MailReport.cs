using System.Globalization;

namespace Vigie.Mail;

/// <summary>The outcome of sending a batch, one delivery per message, in the order given.</summary>
internal sealed record MailReport(IReadOnlyList<MailDelivery> Deliveries)
{
    public int Delivered => Deliveries.Count(d => d.Delivered);

    public IReadOnlyList<MailDelivery> Failed => [.. Deliveries.Where(d => !d.Delivered)];

    /// <summary>
    /// One line: "3 of 4 delivered; not delivered: carol@example.org (550 5.1.1 no such user, 1 attempt)". A failure
    /// is reported here, never thrown, so one bad address costs no other recipient their message.
    /// </summary>
    public string Summary()
    {
        var line = string.Create(CultureInfo.InvariantCulture, $"{Delivered} of {Deliveries.Count} delivered");
        var failed = Failed;
        return failed.Count == 0
            ? line
            : line + "; not delivered: " + string.Join("; ", failed.Select(f => string.Create(CultureInfo.InvariantCulture,
                $"{f.Recipient} ({f.Error}, {f.Attempts} attempt{(f.Attempts == 1 ? "" : "s")})")));
    }
}

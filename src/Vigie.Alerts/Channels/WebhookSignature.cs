using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Vigie.Alerts.Channels;

/// <summary>
/// The generic webhook's signature: HMAC-SHA256 (RFC 2104) keyed with the shared secret over "TIMESTAMP.BODY", sent as
/// Vigie-Signature: v1=HEX. Signing the time with the body lets a receiver refuse an old message replayed by someone
/// who captured it (README, "Alerts", "Verifying a webhook"); "v1=" leaves room for another scheme later.
/// </summary>
internal static class WebhookSignature
{
    public const string TimestampHeader = "Vigie-Timestamp";
    public const string SignatureHeader = "Vigie-Signature";
    public const string DeliveryHeader = "Vigie-Delivery";

    public static string Sign(string secret, long unixSeconds, string body)
    {
        var signed = Encoding.UTF8.GetBytes(unixSeconds.ToString(CultureInfo.InvariantCulture) + "." + body);
        return "v1=" + Convert.ToHexStringLower(HMACSHA256.HashData(Encoding.UTF8.GetBytes(secret), signed));
    }
}

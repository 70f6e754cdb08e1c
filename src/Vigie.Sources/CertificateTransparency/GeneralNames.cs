using System.Formats.Asn1;

namespace Vigie.Sources.CertificateTransparency;

/// <summary>SubjectAltName GeneralNames (RFC 5280 §4.2.1.6): dNSName is [2] IMPLICIT IA5String.</summary>
internal static class GeneralNames
{
    private static readonly Asn1Tag DnsName = new(TagClass.ContextSpecific, 2);

    public static void ReadDnsNames(ReadOnlySpan<byte> extensionValue, List<string> names)
    {
        var outer = new DerReader(extensionValue);
        var generalNames = outer.ReadSequence();
        outer.ThrowIfNotEmpty();
        while (generalNames.HasData)
        {
            if (generalNames.PeekTag() == DnsName)
            {
                HostNames.AddDistinct(names, generalNames.ReadCharacterString(UniversalTagNumber.IA5String, DnsName));
            }
            else
            {
                generalNames.ReadEncodedValue();
            }
        }
    }
}

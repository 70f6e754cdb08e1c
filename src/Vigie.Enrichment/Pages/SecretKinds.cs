namespace Vigie.Enrichment.Pages;

/// <summary>The kinds of secret a page asks for: what phishing kits harvest besides passwords.</summary>
[Flags]
internal enum SecretKinds
{
    None = 0,
    Password = 1,
    CardNumber = 2,
    CardExpiry = 4,
    CardCode = 8,
    OneTimeCode = 16,
    MemorableInformation = 32,
    SecurityQuestion = 64,
    Pin = 128,
    SocialSecurityNumber = 256,
}

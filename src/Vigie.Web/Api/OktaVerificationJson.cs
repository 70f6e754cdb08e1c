namespace Vigie.Web.Api;

/// <summary>Okta's one-time event hook verification: the challenge header echoed back.</summary>
internal sealed record OktaVerificationJson(string Verification);

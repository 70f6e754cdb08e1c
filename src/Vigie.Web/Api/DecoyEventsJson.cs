namespace Vigie.Web.Api;

/// <summary>The answer to a pushed batch of sign-in events: how many were read, and how many were new uses of a decoy.</summary>
internal sealed record DecoyEventsJson(int Events, int Alerts);

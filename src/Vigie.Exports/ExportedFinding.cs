using Vigie.Storage.Findings;
using Vigie.Storage.Organisations;

namespace Vigie.Exports;

/// <summary>
/// One finding as the writers see it: the row, its organisation, the addresses its name resolved to and the URLs its
/// web server answered at (every DNS and HTTP observation, each value once, in the order first seen).
/// </summary>
internal sealed record ExportedFinding(Finding Finding, Organisation Organisation, IReadOnlyList<string> Addresses, IReadOnlyList<string> Urls);

using Vigie.Core.Matching;
using Vigie.Storage.Organisations;

namespace Vigie.Web.Pipeline;

/// <summary>An organisation and the matcher built from its watchlist.</summary>
internal sealed record OrganisationMatcher(Organisation Organisation, Matcher Matcher);

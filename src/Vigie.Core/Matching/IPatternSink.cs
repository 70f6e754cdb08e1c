namespace Vigie.Core.Matching;

/// <summary>Receives the patterns <see cref="AhoCorasick"/> finds; a struct so the scan loop is not a virtual call.</summary>
internal interface IPatternSink
{
    void Found(int pattern, int end);
}

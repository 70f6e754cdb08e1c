namespace Vigie.Decoys.Detection;

/// <summary>Turns one record of a sign-in log (a line, a JSON value, a CSV row) into the attempts it reports.</summary>
internal interface ISignInParser
{
    /// <summary>How the log's records are delimited.</summary>
    RecordFraming Framing { get; }

    /// <summary>False while the parser must see every record whatever it contains (a CSV file's header row).</summary>
    bool Primed { get; }

    /// <summary>The attempts of the record; a record that is not a sign-in (or is malformed) gives none.</summary>
    IReadOnlyList<SignInEvent> Parse(string record);
}

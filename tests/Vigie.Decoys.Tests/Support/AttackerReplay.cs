using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Vigie.Decoys.Detection;
using Vigie.TestSupport;

namespace Vigie.Decoys.Tests.Support;

/// <summary>
/// An attacker trying harvested decoys against the organisation's real sign-in, as each vendor would log it: every
/// line is a real sample (tests/data/signin) with its user, address, time, user agent, outcome and id replaced —
/// the structure is the vendor's, not invented — written after the sample's own records.
/// </summary>
internal static class AttackerReplay
{
    public const string AttackerUserAgent = "python-requests/2.31.0";

    /// <summary>The mapping the generic formats are read with (given to the detector as the operator would).</summary>
    public static FieldMapping? Mapping(LogFormat format) => format switch
    {
        LogFormat.Jsonl => FieldMapping.Parse("user=actor.alternateId,time=published,ip=client.ipAddress,ua=client.userAgent.rawUserAgent,outcome=outcome.result,id=uuid"),
        LogFormat.Csv => FieldMapping.Parse("user=UserPrincipalName,time=CreatedDateTime [UTC],ip=IPAddress,ua=UserAgent,outcome=ResultDescription,id=Id"),
        _ => null,
    };

    public static string Write(LogFormat format, string folder, IReadOnlyList<(string User, string Address, DateTimeOffset At)> attempts)
    {
        var path = Path.Combine(folder, $"{LogFormats.Name(format)}.log");
        var text = new StringBuilder();
        switch (format)
        {
            case LogFormat.Entra:
                // A saved Graph page, pretty-printed over many lines as the API returns it, then one page per attempt.
                text.Append(Sample("signin/entra/graph-v1.0-list-signins.json")).Append('\n');
                foreach (var (user, address, at) in attempts)
                {
                    var page = JsonNode.Parse(Sample("signin/entra/graph-v1.0-list-signins.json"))!;
                    var signIn = page["value"]![0]!;
                    signIn["userPrincipalName"] = user;
                    signIn["ipAddress"] = address;
                    signIn["createdDateTime"] = Iso(at);
                    signIn["id"] = Guid.NewGuid().ToString();
                    signIn["status"] = new JsonObject { ["errorCode"] = 50126, ["failureReason"] = "Error validating credentials due to invalid username or password." };
                    signIn["userAgent"] = AttackerUserAgent;
                    text.Append(page.ToJsonString(new JsonSerializerOptions { WriteIndented = true })).Append('\n');
                }

                break;
            case LogFormat.EntraLa or LogFormat.Csv:
                var rows = Sample("signin/entra/log-analytics-signinlogs-export.csv");
                text.Append(rows.TrimEnd('\n')).Append('\n');
                var header = CsvFields.Split(rows[..rows.IndexOf('\n', StringComparison.Ordinal)]);
                var template = FirstRecord(rows);
                foreach (var (user, address, at) in attempts)
                {
                    var cells = template.ToList();
                    Set(cells, header, "UserPrincipalName", user);
                    Set(cells, header, "IPAddress", address);
                    Set(cells, header, "CreatedDateTime [UTC]", at.UtcDateTime.ToString("M/d/yyyy, h:mm:ss.fff tt", CultureInfo.InvariantCulture));
                    Set(cells, header, "ResultType", "50126");
                    Set(cells, header, "ResultDescription", "Invalid username or password or Invalid on-premise username or password.");
                    Set(cells, header, "UserAgent", AttackerUserAgent);
                    Set(cells, header, "Id", Guid.NewGuid().ToString());
                    text.Append(string.Join(',', cells.Select(Quote))).Append('\n');
                }

                break;
            case LogFormat.Google:
                var activities = JsonNode.Parse(Sample("signin/google/sentinel-gworkspace-login-activities.json"))!.AsArray();
                text.Append(activities.ToJsonString()).Append('\n');
                foreach (var (user, address, at) in attempts)
                {
                    var activity = activities[0]!.DeepClone();
                    activity["actor"]!["email"] = user;
                    activity["ipAddress"] = address;
                    activity["id"]!["time"] = Iso(at);
                    activity["id"]!["uniqueQualifier"] = Random.Shared.NextInt64(1, long.MaxValue).ToString(CultureInfo.InvariantCulture);
                    activity["events"]![0]!["name"] = "login_failure";
                    activity["events"]![0]!["parameters"] = new JsonArray(new JsonObject { ["name"] = "login_failure_type", ["value"] = "login_failure_invalid_password" });
                    text.Append(activity.ToJsonString()).Append('\n');
                }

                break;
            case LogFormat.Okta or LogFormat.Jsonl:
                var oktaEvent = JsonNode.Parse(Sample("signin/other/okta-systemlog-event-user-session-start.json"))!;
                text.Append(oktaEvent.ToJsonString()).Append('\n');
                foreach (var (user, address, at) in attempts)
                {
                    var e = oktaEvent.DeepClone();
                    e["actor"]!["alternateId"] = user;
                    e["actor"]!["id"] = "unknown";
                    e["client"]!["ipAddress"] = address;
                    e["client"]!["userAgent"]!["rawUserAgent"] = AttackerUserAgent;
                    e["published"] = Iso(at);
                    e["uuid"] = Guid.NewGuid().ToString();
                    e["outcome"] = new JsonObject { ["result"] = "FAILURE", ["reason"] = "VERIFICATION_ERROR" };
                    text.Append(e.ToJsonString()).Append('\n');
                }

                break;
            default:
                text.Append(Sample("signin/other/beats-system-auth-test.log").TrimEnd('\n')).Append('\n');
                foreach (var (user, address, at) in attempts)
                {
                    // The sample's "Accepted password for vagrant from 192.168.33.1 port 58803 ssh2", as a failure with the decoy's local part.
                    var u = at.UtcDateTime;
                    text.Append(CultureInfo.InvariantCulture, $"{u.ToString("MMM", CultureInfo.InvariantCulture)} {u.Day,2} {u.ToString("HH:mm:ss", CultureInfo.InvariantCulture)}")
                        .Append(CultureInfo.InvariantCulture, $" localhost sshd[7483]: Failed password for invalid user {user[..user.IndexOf('@', StringComparison.Ordinal)]} from {address} port 58803 ssh2\n");
                }

                break;
        }

        File.WriteAllText(path, text.ToString());
        return path;
    }

    private static string Sample(string relative) => File.ReadAllText(SharedData.Path(relative));

    private static string Iso(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.fff'Z'", CultureInfo.InvariantCulture);

    private static List<string> FirstRecord(string csv)
    {
        var framer = new RecordFramer(RecordFraming.Csv);
        var records = new List<Range>();
        var bytes = Encoding.UTF8.GetBytes(csv);
        framer.Frame(bytes, records);
        return CsvFields.Split(Encoding.UTF8.GetString(bytes.AsSpan(records[1])));
    }

    private static void Set(List<string> cells, List<string> header, string column, string value) => cells[header.IndexOf(column)] = value;

    private static string Quote(string cell) => cell.IndexOfAny([',', '"', '\n', '\r']) >= 0 ? $"\"{cell.Replace("\"", "\"\"", StringComparison.Ordinal)}\"" : cell;
}

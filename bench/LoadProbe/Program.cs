using LoadProbe;

// bench/run's load clients. Each prints one "BENCH key=value ..." line that the script parses.
//   conversations <baseUrl> <count> <prefix>        one real turn in each of <count> new /api/messages conversations
//   directline <baseUrl> <secret> <sockets> <turns> <rate>   Direct Line round trips with <sockets> open WebSockets
using var cancellation = new CancellationTokenSource(TimeSpan.FromMinutes(2));
return args switch
{
    ["conversations", var baseUrl, var count, var prefix] =>
        await ConversationFiller.RunAsync(new Uri(baseUrl), int.Parse(count, System.Globalization.CultureInfo.InvariantCulture), prefix, cancellation.Token),
    ["directline", var baseUrl, var secret, var sockets, var turns, var rate] =>
        await DirectLineRoundTrips.RunAsync(new Uri(baseUrl), secret, Number(sockets), Number(turns), Number(rate), cancellation.Token),
    _ => Usage(),
};

static int Number(string text) => int.Parse(text, System.Globalization.CultureInfo.InvariantCulture);

static int Usage()
{
    Console.Error.WriteLine("usage: LoadProbe conversations <baseUrl> <count> <prefix> | directline <baseUrl> <secret> <sockets> <turns> <rate>");
    return 2;
}

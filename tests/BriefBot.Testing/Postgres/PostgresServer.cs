using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using Npgsql;
using Xunit;

namespace BriefBot.Testing.Postgres;

/// <summary>
/// A throwaway PostgreSQL server for the tests of one process, from Debian's server binaries
/// (/usr/lib/postgresql/N/bin): <c>initdb</c> in a temporary folder, <c>pg_ctl</c> on a free loopback port, stopped
/// and removed when the process exits. initdb refuses root, so as root the folder is handed to the <c>postgres</c>
/// user and the binaries run through <c>runuser -u postgres --</c>. Each test gets a database of its own.
/// </summary>
public sealed class PostgresServer
{
    /// <summary>Set to 1 (CI does) to make a missing server fail the tests that need it instead of skipping them.</summary>
    public const string RequireVariable = "BRIEFBOT_REQUIRE_POSTGRES";

    private static readonly Lazy<Task<PostgresServer>> Shared = new(StartAsync);

    private readonly string _bin;
    private readonly string _folder;
    private readonly bool _asPostgresUser;

    private PostgresServer(string bin, string folder, bool asPostgresUser, int port)
    {
        _bin = bin;
        _folder = folder;
        _asPostgresUser = asPostgresUser;
        Port = port;
    }

    public int Port { get; }

    private string DataFolder => Path.Combine(_folder, "data");

    /// <summary>
    /// The process's server, started on first use. Without one the calling test is skipped, or fails when
    /// <see cref="RequireVariable"/> is 1.
    /// </summary>
    public static async Task<PostgresServer> RequireAsync()
    {
        try
        {
            return await Shared.Value;
        }
        catch (PostgresUnavailableException ex)
        {
            if (Environment.GetEnvironmentVariable(RequireVariable) == "1")
            {
                throw new InvalidOperationException($"{RequireVariable}=1 but no PostgreSQL server could be started: {ex.Message}", ex);
            }

            throw new SkipException($"no PostgreSQL server: {ex.Message}");
        }
    }

    /// <summary>A new empty database; its Npgsql connection string.</summary>
    public async Task<string> CreateDatabaseAsync()
    {
        var name = "briefbot_test_" + Guid.NewGuid().ToString("N");
        await using (var connection = new NpgsqlConnection(ConnectionString("postgres")))
        {
            await connection.OpenAsync();
            await using var create = new NpgsqlCommand($"CREATE DATABASE {name}", connection);
            await create.ExecuteNonQueryAsync();
        }

        return ConnectionString(name);
    }

    public string ConnectionString(string database) =>
        $"Host=127.0.0.1;Port={Port.ToString(CultureInfo.InvariantCulture)};Username=postgres;Database={database};Maximum Pool Size=40";

    private static async Task<PostgresServer> StartAsync()
    {
        var bin = FindBinaries() ?? throw new PostgresUnavailableException("PostgreSQL's server binaries are not installed (apt-get install postgresql)");
        var root = Environment.UserName == "root";
        if (root && !File.Exists("/usr/sbin/runuser") && !File.Exists("/sbin/runuser"))
        {
            throw new PostgresUnavailableException("running as root without runuser, and initdb refuses root");
        }

        var folder = Path.Combine(Path.GetTempPath(), "briefbot-pg-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        if (root)
        {
            await RunAsync("chown", ["postgres:", folder], asPostgresUser: false);
        }

        var server = new PostgresServer(bin, folder, root, FreePort());
        try
        {
            await server.RunBinAsync("initdb", ["-D", server.DataFolder, "-U", "postgres", "-A", "trust", "-E", "UTF8", "--no-sync", "--no-instructions"]);
            var settings = string.Join(
                ' ',
                $"-p {server.Port.ToString(CultureInfo.InvariantCulture)}",
                "-c listen_addresses=127.0.0.1",
                $"-c unix_socket_directories={folder}",
                "-c fsync=off -c synchronous_commit=off -c full_page_writes=off",
                "-c max_connections=300");
            await server.RunBinAsync("pg_ctl", ["-D", server.DataFolder, "-l", Path.Combine(folder, "server.log"), "-w", "-t", "60", "-o", settings, "start"]);
        }
        catch (Exception ex) when (ex is InvalidOperationException or System.ComponentModel.Win32Exception)
        {
            server.Remove();
            throw new PostgresUnavailableException(ex.Message);
        }

        server.WatchForExit();
        AppDomain.CurrentDomain.ProcessExit += (_, _) => server.Stop();
        return server;
    }

    /// <summary>
    /// The test host does not always run its exit handlers (a runner may end it, a test may crash it), so a detached
    /// shell stops the server and removes its folder once this process is gone.
    /// </summary>
    private void WatchForExit()
    {
        var stop = (_asPostgresUser ? "runuser -u postgres -- " : string.Empty) + $"'{Path.Combine(_bin, "pg_ctl")}' -D '{DataFolder}' -m immediate -w stop";
        var script = $"exec >/dev/null 2>&1 </dev/null; while kill -0 {Environment.ProcessId.ToString(CultureInfo.InvariantCulture)}; do sleep 1; done; {stop}; rm -rf '{_folder}'";
        var start = new ProcessStartInfo("setsid") { UseShellExecute = false };
        foreach (var argument in new[] { "sh", "-c", script })
        {
            start.ArgumentList.Add(argument);
        }

        using var watcher = Process.Start(start);
    }

    private void Stop()
    {
        try
        {
            RunBinAsync("pg_ctl", ["-D", DataFolder, "-m", "immediate", "-w", "stop"]).GetAwaiter().GetResult();
        }
        catch (InvalidOperationException)
        {
            // Gone already; the folder goes all the same.
        }

        Remove();
    }

    private void Remove()
    {
        try
        {
            Directory.Delete(_folder, recursive: true);
        }
        catch (IOException)
        {
        }
    }

    private Task RunBinAsync(string program, IReadOnlyList<string> arguments) => RunAsync(Path.Combine(_bin, program), arguments, _asPostgresUser);

    private static async Task RunAsync(string program, IReadOnlyList<string> arguments, bool asPostgresUser)
    {
        var start = new ProcessStartInfo(asPostgresUser ? "runuser" : program)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (asPostgresUser)
        {
            foreach (var prefix in new[] { "-u", "postgres", "--", program })
            {
                start.ArgumentList.Add(prefix);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{program} did not start");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            throw new InvalidOperationException($"{Path.GetFileName(program)} exited with {process.ExitCode}: {(await error).Trim()} {(await output).Trim()}");
        }
    }

    private static string? FindBinaries()
    {
        const string Root = "/usr/lib/postgresql";
        if (!Directory.Exists(Root))
        {
            return null;
        }

        return Directory.GetDirectories(Root)
            .Select(d => (Folder: Path.Combine(d, "bin"), Version: int.TryParse(Path.GetFileName(d), NumberStyles.None, CultureInfo.InvariantCulture, out var v) ? v : 0))
            .Where(d => File.Exists(Path.Combine(d.Folder, "initdb")) && File.Exists(Path.Combine(d.Folder, "pg_ctl")))
            .OrderByDescending(d => d.Version)
            .Select(d => d.Folder)
            .FirstOrDefault();
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}

/// <summary>No server could be started here (no binaries, no way to leave root, or it failed to start).</summary>
public sealed class PostgresUnavailableException(string message) : Exception(message);

using System;
using System.Diagnostics;
using System.IO;
using System.Security.Cryptography;
using System.Text;
using System.Threading;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// An exclusive lock on one output path, shared by every writer of it: threads of one build, and other processes
/// (a design-time build beside a real one, parallel builds of one project). The lock is a file opened without sharing
/// (on Unix, .NET takes an exclusive <c>flock</c>), kept in the temporary folder under a hash of the path, as NuGet
/// does, so the project's folders hold nothing but outputs. Lock files are never deleted: deleting one while another
/// writer waits on it would let a third writer lock a new file at the same path, and two writers would both hold
/// "the" lock.
/// </summary>
internal sealed class PathLock : IDisposable
{
    // A writer holds the lock for one folder swap (milliseconds); a minute means something is stuck.
    private static readonly TimeSpan s_timeout = TimeSpan.FromMinutes(2);

    private readonly FileStream _stream;

    private PathLock(FileStream stream) => _stream = stream;

    /// <summary>Waits until no other writer holds <paramref name="path"/>, then holds it until disposed.</summary>
    /// <exception cref="IOException">Another writer held the path for longer than the timeout.</exception>
    public static PathLock Acquire(string path)
    {
        string lockFile = LockFileFor(path);
        Directory.CreateDirectory(Path.GetDirectoryName(lockFile)!);
        var random = new Random(Environment.CurrentManagedThreadId ^ Environment.ProcessId);
        var clock = Stopwatch.StartNew();
        while (true)
        {
            try
            {
                return new PathLock(new FileStream(lockFile, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.None));
            }
            catch (IOException) when (clock.Elapsed < s_timeout)
            {
                // Held by another writer: wait a little, not in lockstep with the others.
                Thread.Sleep(random.Next(1, 20));
            }
            catch (IOException exception)
            {
                throw new IOException("Another writer has held '" + path + "' for over " + s_timeout.TotalMinutes + " minutes (lock file '" + lockFile + "').", exception);
            }
        }
    }

    /// <summary>The lock file for a path: one per full path, in the user's temporary folder.</summary>
    public static string LockFileFor(string path)
    {
        string full = Path.GetFullPath(path).TrimEnd(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar);
        byte[] hash = SHA256.HashData(Encoding.UTF8.GetBytes(OperatingSystem.IsWindows() ? full.ToUpperInvariant() : full));
        return Path.Combine(Path.GetTempPath(), "CoreMLGen-locks", Convert.ToHexString(hash, 0, 16) + ".lock");
    }

    public void Dispose() => _stream.Dispose();
}

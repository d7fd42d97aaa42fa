using System;
using System.Collections.Generic;
using System.Linq;
using System.Text;
using CoreMLGen.Converters.Madmom;
using CoreMLGen.Converters.Madmom.Network;
using CoreMLGen.Converters.Madmom.Pickles;
using CoreMLGen.Converters.Tests.Harness;
using Razorvine.Pickle;
using CoreMLGen.Testing.Madmom;
using Shouldly;
using Xunit;

namespace CoreMLGen.Converters.Tests.Pickles;

/// <summary>Hostile pickles built here: every one is refused with a clear message, before anything is constructed.</summary>
public sealed class HostilePickleTests
{
    public static IEnumerable<object[]> DisallowedGlobals() => new[]
    {
        ("os", "system"), ("posix", "system"), ("nt", "system"), ("subprocess", "Popen"), ("subprocess", "check_output"),
        ("subprocess", "run"), ("builtins", "eval"), ("builtins", "exec"), ("builtins", "__import__"), ("builtins", "getattr"),
        ("builtins", "open"), ("builtins", "set"), ("__builtin__", "eval"), ("__builtin__", "bytes"), ("copy_reg", "_reconstructor"),
        ("copyreg", "_reconstructor"), ("numpy", "load"), ("numpy.core.multiarray", "scalar"), ("numpy.lib.npyio", "load"),
        ("decimal", "Decimal"), ("datetime", "datetime"), ("_codecs", "decode"), ("array", "array"), ("pickle", "loads"),
        ("madmom.ml.nn.layers", "Evil"), ("madmom.processors", "Processor"), ("madmom.ml.nn.activations", "__builtins__"),
        (SpyModule, SpyName),
    }.SelectMany(g => new[] { new object[] { g.Item1, g.Item2, PickleStyle.Python2 }, new object[] { g.Item1, g.Item2, PickleStyle.Python3Protocol4 } });

    private const string SpyModule = "coremlgen_test";
    private const string SpyName = "spy";

    [Theory]
    [MemberData(nameof(DisallowedGlobals))]
    public void A_disallowed_global_called_by_REDUCE_is_refused_by_name_and_nothing_is_constructed(string module, string name, PickleStyle style)
    {
        Spy spy = Spy.Instance;
        // spy() after the hostile call: unpickled without the scanner, Razorvine would reach it (it treats unknown
        // globals as inert class dicts) and count a call; refused up front, nothing runs.
        byte[] pickle = new PickleWriter(style).Proto()
            .Global(module, name).Text("echo pwned").Op(0x85).Op((byte)'R')
            .Global(SpyModule, SpyName).Op((byte)')').Op((byte)'R')
            .Op(0x86).Stop().ToArray();

        var error = Should.Throw<PickleSecurityException>(() => MadmomPickleReader.Read(pickle));

        error.Message.ShouldContain("'" + module + "." + name + "'");
        error.Message.ShouldContain("allow-list");
        spy.Calls.ShouldBe(0);
    }

    [Fact]
    public void Calling_an_allowed_activation_or_ndarray_is_refused()
    {
        foreach (var (module, name) in new[] { ("madmom.ml.nn.activations", "sigmoid"), ("numpy", "ndarray") })
        {
            byte[] pickle = new PickleWriter().Proto().Global(module, name).Int(1).Op(0x85).Op((byte)'R').Stop().ToArray();
            Should.Throw<PickleSecurityException>(() => MadmomPickleReader.Read(pickle)).Message.ShouldContain(name);
        }
    }

    [Fact]
    public void STACK_GLOBAL_with_names_that_are_not_literal_strings_is_refused()
    {
        byte[] pickle = new PickleWriter(PickleStyle.Python3Protocol4).Proto().Int(1).Op(0x94).Text("system").Op(0x93).Stop().ToArray();
        Should.Throw<PickleSecurityException>(() => MadmomPickleReader.Read(pickle)).Message.ShouldContain("not literal strings");
    }

    [Theory]
    [InlineData((byte)'P', "persistent")]
    [InlineData((byte)'Q', "persistent")]
    [InlineData((byte)0x82, "extension")]
    [InlineData((byte)'i', "old-style")]
    [InlineData((byte)'o', "old-style")]
    [InlineData((byte)0x97, "out-of-band")]
    [InlineData((byte)0xff, "Unknown opcode")]
    public void Opcodes_outside_the_supported_set_are_refused(byte opcode, string expected)
    {
        byte[] pickle = new PickleWriter().Proto().Op((byte)'(').Op(opcode).Raw(Encoding.ASCII.GetBytes("os\nsystem\n")).Stop().ToArray();
        Should.Throw<PickleSecurityException>(() => MadmomPickleReader.Read(pickle)).Message.ShouldContain(expected);
    }

    [Theory]
    [InlineData((byte)'(', 1)]
    [InlineData((byte)0x85, 2)]
    [InlineData((byte)']', 3)]
    public void Deep_nesting_is_refused(byte opcode, int kind)
    {
        var writer = new PickleWriter().Proto();
        const int depth = 100_000;
        for (int i = 0; i < depth; i++)
        {
            _ = kind switch
            {
                1 => writer.Op(opcode),                       // MARK MARK MARK …
                2 => i == 0 ? writer.Int(1).Op(opcode) : writer.Op(opcode), // ((((1,),),),)
                _ => writer.Op(opcode),                       // [] [] [] … then APPEND folds them into one chain
            };
        }

        if (kind == 3)
        {
            for (int i = 1; i < depth; i++)
            {
                writer.Op((byte)'a');
            }
        }

        Should.Throw<PickleSecurityException>(() => MadmomPickleReader.Read(writer.Stop().ToArray())).Message.ShouldContain("Nesting deeper than 64");
    }

    [Fact]
    public void Every_truncation_of_a_network_pickle_is_refused_cleanly()
    {
        byte[] pickle = PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(1).Dense(3, 2, "sigmoid")));
        MadmomNetworkReader.Read(pickle).OutputSize.ShouldBe(2);
        for (int length = 0; length < pickle.Length; length++)
        {
            byte[] cut = pickle.AsSpan(0, length).ToArray();
            Should.Throw<PickleSecurityException>(() => MadmomNetworkReader.Read(cut), "cut at " + length);
        }
    }

    [Theory]
    [InlineData((byte)'T', 4, 0x7FFFFFFFL)]
    [InlineData((byte)'B', 4, 0x7FFFFFFFL)]
    [InlineData((byte)'X', 4, 0x10000000L)]
    [InlineData((byte)0x8e, 8, 0x4000000000000000L)]
    [InlineData((byte)0x8d, 8, 0x4000000000000000L)]
    [InlineData((byte)'T', 4, -5L)]
    public void A_declared_length_beyond_the_stream_is_refused_before_reading(byte opcode, int prefix, long declared)
    {
        var length = new byte[prefix];
        if (prefix == 4) System.Buffers.Binary.BinaryPrimitives.WriteInt32LittleEndian(length, (int)declared);
        else System.Buffers.Binary.BinaryPrimitives.WriteInt64LittleEndian(length, declared);
        byte[] pickle = new PickleWriter().Proto().Op(opcode).Raw(length).Raw(new byte[16]).Stop().ToArray();

        Should.Throw<PickleSecurityException>(() => MadmomPickleReader.Read(pickle)).Message.ShouldContain("declares " + declared.ToString(System.Globalization.CultureInfo.InvariantCulture) + " bytes");
    }

    [Theory]
    [InlineData(1_000_000, 1_000_000, "more than")]
    [InlineData(10, 10, "holds 24 bytes")]
    [InlineData(3, 1, "holds 24 bytes")]
    public void An_array_whose_shape_does_not_match_its_bytes_is_refused_before_allocating(int rows, int columns, string expected)
    {
        // 6 float32 values (24 bytes) under a declared shape that needs more or fewer.
        var array = new PyArray(new double[6], new long[] { rows, columns });
        byte[] pickle = PickleWriter.Pickle(MadmomPickles.Network(new PyObject("madmom.ml.nn.layers", "FeedForwardLayer",
            MadmomPickles.Attrs(("weights", array), ("bias", PyArray.Vector(new double[2])), ("activation_fn", null)))));

        Should.Throw<MadmomFormatException>(() => MadmomNetworkReader.Read(pickle)).Message.ShouldSatisfyAllConditions(
            m => m.ShouldContain("layers[0].weights"),
            m => m.ShouldContain(expected));
    }

    [Fact]
    public void A_pickle_larger_than_the_limit_is_refused()
    {
        byte[] pickle = PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(1).Dense(30, 20, "sigmoid")));
        Should.Throw<PickleSecurityException>(() => MadmomPickleReader.Read(pickle, new PickleLimits { MaxTotalBytes = 1000 })).Message.ShouldContain("at most 1000");
    }

    [Fact]
    public void Random_corruptions_are_refused_with_the_converters_own_errors_only()
    {
        byte[] pickle = PickleWriter.Pickle(MadmomPickles.Network(new MadmomPickles(2).Lstm(3, 2), new MadmomPickles(3).Dense(2, 1, "sigmoid")));
        var random = new Random(11);
        for (int trial = 0; trial < 3000; trial++)
        {
            byte[] corrupt = (byte[])pickle.Clone();
            for (int flips = random.Next(1, 4); flips > 0; flips--)
            {
                corrupt[random.Next(corrupt.Length)] = (byte)random.Next(256);
            }

            try
            {
                MadmomNetworkReader.Read(corrupt);
            }
            catch (Exception e) when (e is PickleSecurityException or MadmomFormatException)
            {
            }
        }
    }

    /// <summary>
    /// A Razorvine constructor that counts its calls, registered under a name outside the allow-list. Razorvine's table
    /// is process-wide and unsynchronised, so it is registered once, before any test runs.
    /// </summary>
    internal sealed class Spy : IObjectConstructor
    {
        private int _calls;

        public static Spy Instance { get; } = new();

        public int Calls => _calls;

        [System.Runtime.CompilerServices.ModuleInitializer]
        internal static void Register() => Unpickler.registerConstructor(SpyModule, SpyName, Instance);

        public object construct(object[] args)
        {
            System.Threading.Interlocked.Increment(ref _calls);
            return new object();
        }
    }
}

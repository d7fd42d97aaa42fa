using System;
using System.Globalization;
using CoreMLGen.Perf;

// build/perf/run.sh calls:
//   models <folder> <count> <large MiB>   write the benchmark project's models
//   convert <model> <output folder>       run the conversion task on one model and print time and memory
return args switch
{
    ["models", string folder, string count, string megabytes] => WriteModels(folder, count, megabytes),
    ["convert", string model, string output] => ConversionRun.Run(model, output),
    _ => Usage(),
};

static int WriteModels(string folder, string count, string megabytes)
{
    BenchmarkModels.Write(folder, int.Parse(count, CultureInfo.InvariantCulture), int.Parse(megabytes, CultureInfo.InvariantCulture));
    return 0;
}

static int Usage()
{
    Console.Error.WriteLine("usage: CoreMLGen.Perf models <folder> <count> <large MiB> | convert <model> <output folder>");
    return 2;
}

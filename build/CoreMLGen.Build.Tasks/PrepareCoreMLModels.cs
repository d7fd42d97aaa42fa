using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using CoreMLGen.Spec.Reading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Cheap, runs on every build: turns the <c>CoreMLModel</c> items into the models to convert, each once, with the
/// metadata the targets need — <c>DescriptorPath</c>, <c>RelativePath</c>, <c>BundleName</c>, <c>SourceModel</c>,
/// <c>ModelInputs</c> (the files whose timestamps decide whether the outputs are up to date), <c>PackagePath</c> and
/// <c>PackageFiles</c> (where a model file is converted into an <c>.mlpackage</c>), <c>SpecFile</c> and
/// <c>ResourceName</c> (the embedded spec) and <c>AppleModelPath</c> / <c>AppleLogicalName</c> (what the Apple SDK
/// compiles into the app bundle). Items with <c>Generate=false</c> are skipped. All other metadata is kept.
/// </summary>
public sealed class PrepareCoreMLModels : Task
{
    private const string PackageExtension = ".mlpackage";

    // The files of each prepared package (enumerated once, in Prepare).
    private readonly Dictionary<ITaskItem, IReadOnlyList<string>> _packageFiles = new();

    /// <summary>The <c>CoreMLModel</c> items.</summary>
    [Required]
    public ITaskItem[] Models { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The project folder (<c>$(MSBuildProjectDirectory)</c>).</summary>
    [Required]
    public string ProjectDirectory { get; set; } = string.Empty;

    /// <summary>The folder descriptors and converted packages go to (under <c>$(IntermediateOutputPath)</c>).</summary>
    [Required]
    public string DescriptorDirectory { get; set; } = string.Empty;

    /// <summary><c>;</c>-separated Apple resource prefixes (e.g. <c>Resources</c>) stripped from bundle names.</summary>
    public string ResourcePrefixes { get; set; } = string.Empty;

    /// <summary>
    /// True when the Apple SDK compiles the models into an app bundle: a package whose folder name is not the bundle
    /// name is then copied under that name (Apple's compiler names the compiled model after the folder).
    /// </summary>
    public bool AppleBundle { get; set; }

    /// <summary>
    /// True when the specs are embedded as managed resources (off Apple platforms, <c>CoreMLGenEmbedModelSpecs</c>):
    /// the weight files of ML Program packages are then listed in <see cref="EmbeddedFiles"/>.
    /// </summary>
    public bool EmbedModelFiles { get; set; }

    /// <summary>One item per model to convert; the item spec is the model's full path.</summary>
    [Output]
    public ITaskItem[] PreparedModels { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// Every <c>CoreMLModel</c> item standing for a prepared model (duplicates included, and default items that are
    /// the spec inside a prepared package), exactly as given: on Apple platforms the targets replace them with one
    /// item per model.
    /// </summary>
    [Output]
    public ITaskItem[] HandledItems { get; private set; } = Array.Empty<ITaskItem>();

    /// <summary>
    /// The weight files of ML Program packages to embed beside their spec (when <see cref="EmbedModelFiles"/>), each
    /// with its <c>ResourceName</c> (see <see cref="EmbeddedModelFiles"/>).
    /// </summary>
    [Output]
    public ITaskItem[] EmbeddedFiles { get; private set; } = Array.Empty<ITaskItem>();

    public override bool Execute()
    {
        var allocator = new OutputPathAllocator(DescriptorDirectory, ProjectDirectory);
        var prepared = new List<ITaskItem>();
        var handled = new List<ITaskItem>();
        var embedded = new List<ITaskItem>();
        var resourceNames = new HashSet<string>(StringComparer.Ordinal);
        List<ModelItemSelection.Selected> models = ModelItemSelection.Select(Models, out List<ITaskItem> insidePackages);
        var ensembles = new Dictionary<string, List<ModelItemSelection.Selected>>(StringComparer.Ordinal);
        foreach (ModelItemSelection.Selected model in models)
        {
            string ensemble = PickleModels.EnsembleName(model.Item);
            if (ensemble.Length > 0 && !string.Equals(model.Item.GetMetadata(ItemMetadataNames.Generate).Trim(), "false", StringComparison.OrdinalIgnoreCase))
            {
                // Members are gathered first and prepared as one model below.
                (ensembles.TryGetValue(ensemble, out var members) ? members : ensembles[ensemble] = new()).Add(model);
                continue;
            }

            if (string.Equals(model.Item.GetMetadata(ItemMetadataNames.Generate).Trim(), "false", StringComparison.OrdinalIgnoreCase))
            {
                Log.LogMessage(MessageImportance.Low, "CoreMLGen: skipping '{0}' (Generate=false).", model.Item.ItemSpec);
                continue;
            }

            if (model.All.Count > 1)
            {
                // The same model listed twice (e.g. by a glob and explicitly) is converted and generated once.
                Log.LogMessage(MessageImportance.Low, "CoreMLGen: '{0}' is listed {1} times; using one item.", model.Item.ItemSpec, model.All.Count);
            }

            ITaskItem item = Prepare(model.Item, model.FullPath, allocator);
            if (!resourceNames.Add(item.GetMetadata(ItemMetadataNames.ResourceName)))
            {
                // Equal Link metadata: the generator reports the clash (CMLG1010); one embedded spec per name.
                item.SetMetadata(ItemMetadataNames.SpecFile, string.Empty);
            }
            else if (EmbedModelFiles && ModelItemSelection.IsPackage(model.FullPath))
            {
                embedded.AddRange(EmbeddedFilesOf(item));
            }

            prepared.Add(item);
            handled.AddRange(model.All);
        }

        foreach (var (name, members) in ensembles.OrderBy(e => e.Key, StringComparer.Ordinal))
        {
            ITaskItem? item = PrepareEnsemble(name, members, allocator);
            if (item is not null)
            {
                prepared.Add(item);
                handled.AddRange(members.SelectMany(m => m.All));
            }
        }

        // A package's own spec file picked up by a default glob must not reach the Apple SDK as a model of its own.
        var packages = new HashSet<string>(prepared.Select(item => item.GetMetadata(ItemMetadataNames.SourceModel)), ProjectPaths.Comparer);
        handled.AddRange(insidePackages.Where(item => IsInside(item.GetMetadata(ItemMetadataNames.FullPath), packages)));

        PreparedModels = prepared.ToArray();
        EmbeddedFiles = embedded.ToArray();
        HandledItems = handled.Select(item => (ITaskItem)new TaskItem(item)).ToArray();
        return !Log.HasLoggedErrors;
    }

    private IEnumerable<ITaskItem> EmbeddedFilesOf(ITaskItem model)
    {
        string spec = model.GetMetadata(ItemMetadataNames.SpecFile);
        if (spec.Length == 0)
        {
            yield break;
        }

        foreach ((string file, string resourceName) in EmbeddedModelFiles.Of(spec, model.GetMetadata(ItemMetadataNames.ResourceName), _packageFiles[model]))
        {
            long length = new FileInfo(file).Length;
            if (length > EmbeddedModelFiles.MaximumBytes)
            {
                Log.LogError(null, TaskErrorCodes.ModelFileTooLargeToEmbed, null, file, 0, 0, 0, 0,
                    "The weight file is {0} bytes, more than an assembly resource can hold (2 GiB - 1); set CoreMLGenEmbedModelSpecs to false, ship the package beside the app and load it with the generated class's Load(modelPath).",
                    length);
                continue;
            }

            var item = new TaskItem(MSBuildEscaping.Escape(file));
            ((ITaskItem2)item).SetMetadataValueLiteral(ItemMetadataNames.ResourceName, resourceName);
            yield return item;
        }
    }

    // One model for all items with the same Ensemble name: its path is the name beside the first member.
    private ITaskItem? PrepareEnsemble(string name, List<ModelItemSelection.Selected> members, OutputPathAllocator allocator)
    {
        ModelItemSelection.Selected? notPickle = members.FirstOrDefault(m => !PickleModels.IsPickle(m.FullPath));
        if (notPickle is not null || name.IndexOfAny(Path.GetInvalidFileNameChars()) >= 0)
        {
            string why = notPickle is not null ? "'" + notPickle.Item.ItemSpec + "' is not a madmom .pkl network; only those can be averaged into an ensemble" : "'" + name + "' is not a valid file name";
            Log.LogError(null, TaskErrorCodes.PickleConversionFailed, null, notPickle?.FullPath ?? members[0].FullPath, 0, 0, 0, 0, "Ensemble '{0}': {1}.", name, why);
            return null;
        }

        string[] paths = members.Select(m => m.FullPath).OrderBy(p => p, StringComparer.Ordinal).ToArray();
        ModelItemSelection.Selected first = members.First(m => m.FullPath == paths[0]);
        ITaskItem item = Prepare(first.Item, PickleModels.EnsemblePath(paths, name), allocator, paths);
        ((ITaskItem2)item).SetMetadataValueLiteral(ItemMetadataNames.EnsembleMembers, string.Join(";", paths));
        return item;
    }

    private ITaskItem Prepare(ITaskItem model, string fullPath, OutputPathAllocator allocator, IReadOnlyList<string>? memberFiles = null)
    {
        string link = model.GetMetadata(ItemMetadataNames.Link);
        string relativePath = link.Trim().Length > 0
            ? ProjectPaths.CleanVirtualPath(link)
            : ProjectPaths.Relative(ProjectDirectory, fullPath);
        string bundleName = BundleNames.Compute(model.GetMetadata(ItemMetadataNames.LogicalName), BundleVirtualPath(model, fullPath, link), ResourcePrefixes);

        var item = new TaskItem(MSBuildEscaping.Escape(fullPath));
        model.CopyMetadataTo(item);
        ITaskItem2 literal = item;
        literal.SetMetadataValueLiteral(ItemMetadataNames.SourceModel, fullPath);
        literal.SetMetadataValueLiteral(ItemMetadataNames.DescriptorPath, allocator.AllocateDescriptor(fullPath));
        literal.SetMetadataValueLiteral(ItemMetadataNames.RelativePath, relativePath);
        literal.SetMetadataValueLiteral(ItemMetadataNames.BundleName, bundleName);
        literal.SetMetadataValueLiteral(ItemMetadataNames.ResourceName, ResourceNames.For(relativePath));

        IReadOnlyList<string> inputs = memberFiles ?? ModelInputFiles.Of(fullPath);
        _packageFiles[item] = inputs;
        string? packagePath = PackagePathFor(fullPath, bundleName, allocator);
        IEnumerable<string> packageFiles = packagePath is null
            ? Array.Empty<string>()
            : ModelItemSelection.IsPackage(fullPath)
                ? inputs.Select(file => Path.Combine(packagePath, Path.GetRelativePath(fullPath, file)))
                : PackageLayout.Files(packagePath);
        literal.SetMetadataValueLiteral(ItemMetadataNames.PackagePath, packagePath ?? string.Empty);
        // A pickle's spec is the one converted into its package (embedded off Apple), never the pickle itself.
        literal.SetMetadataValueLiteral(ItemMetadataNames.SpecFile, PickleModels.IsPickle(fullPath) && packagePath is not null ? PackageLayout.SpecPath(packagePath) : SpecFile(fullPath) ?? string.Empty);
        literal.SetMetadataValueLiteral(ItemMetadataNames.AppleModelPath, packagePath ?? fullPath);
        literal.SetMetadataValueLiteral(ItemMetadataNames.AppleLogicalName, bundleName + PackageExtension);

        // Escaped path by path and joined raw, so that the targets split them into one item per file.
        item.SetMetadata(ItemMetadataNames.ModelInputs, string.Join(";", inputs.Select(MSBuildEscaping.Escape)));
        item.SetMetadata(ItemMetadataNames.PackageFiles, string.Join(";", packageFiles.Select(MSBuildEscaping.Escape)));
        return item;
    }

    /// <summary>
    /// Where the model goes as an <c>.mlpackage</c>: a model file is always converted; a package is used as it is,
    /// except on Apple platforms when its folder name differs from the bundle name (then it is copied).
    /// </summary>
    private string? PackagePathFor(string fullPath, string bundleName, OutputPathAllocator allocator)
    {
        string name = PackageName(bundleName, fullPath);
        if (ModelItemSelection.IsPackage(fullPath))
        {
            bool renamed = !string.Equals(Path.GetFileNameWithoutExtension(fullPath), name, StringComparison.Ordinal);
            return AppleBundle && renamed && Directory.Exists(fullPath) ? allocator.AllocatePackage(fullPath, name) : null;
        }

        return allocator.AllocatePackage(fullPath, name);
    }

    /// <summary>The package folder's name: the last segment of the bundle name, which Apple's compiler keeps.</summary>
    private static string PackageName(string bundleName, string fullPath)
    {
        string leaf = bundleName.Substring(bundleName.LastIndexOf('/') + 1).Trim();
        if (leaf.Length == 0 || leaf == "." || leaf == "..")
        {
            leaf = Path.GetFileNameWithoutExtension(fullPath);
        }

        char[] invalid = Path.GetInvalidFileNameChars();
        return new string(leaf.Select(c => Array.IndexOf(invalid, c) >= 0 ? '_' : c).ToArray());
    }

    private static string? SpecFile(string fullPath)
    {
        if (Directory.Exists(fullPath))
        {
            return ModelReader.FindPackageRootModel(fullPath);
        }

        return File.Exists(fullPath) ? fullPath : null;
    }

    private static bool IsInside(string file, HashSet<string> packages)
    {
        for (string? folder = Path.GetDirectoryName(ProjectPaths.Normalize(file)); folder is not null; folder = Path.GetDirectoryName(folder))
        {
            if (packages.Contains(folder))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>As the Apple SDK computes it: the Link, else the path relative to the project file that defines the item.</summary>
    private string BundleVirtualPath(ITaskItem model, string fullPath, string link)
    {
        if (link.Trim().Length > 0)
        {
            return ProjectPaths.CleanVirtualPath(link);
        }

        bool isDefaultItem = string.Equals(model.GetMetadata(ItemMetadataNames.IsDefaultItem), "true", StringComparison.OrdinalIgnoreCase);
        string definingDirectory = model.GetMetadata(ItemMetadataNames.DefiningProjectDirectory);
        string baseDirectory = isDefaultItem || definingDirectory.Length == 0 ? ProjectDirectory : definingDirectory;
        return ProjectPaths.Relative(baseDirectory, fullPath);
    }
}

using System;
using System.Collections.Generic;
using System.IO;
using CoreMLGen.Spec.Descriptors;
using CoreMLGen.Spec.Reading;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CoreMLGen.Build.Tasks;

/// <summary>
/// Reads each model and writes its descriptor (docs/descriptor-format.md) to the item's <c>DescriptorPath</c> and,
/// when the item has <c>PackagePath</c>, the model as an <c>.mlpackage</c> folder there (the spec bytes copied
/// unchanged, or a package copied under another name); both atomically, the package first. A model that cannot be
/// read or written gets its errors logged against the model (CMLG2xxx) and its previous outputs are left exactly as
/// they were: no partial or empty file or folder is written. The target's Inputs/Outputs then still see the model as
/// newer than its descriptor, so the next build tries again and reports the error again; the other models are still
/// converted.
/// </summary>
public sealed class WriteCoreMLModelDescriptors : Task, ICancelableTask
{
    private volatile bool _canceled;

    /// <summary>Prepared models (see <see cref="PrepareCoreMLModels"/>), each with <c>DescriptorPath</c> metadata.</summary>
    [Required]
    public ITaskItem[] Models { get; set; } = Array.Empty<ITaskItem>();

    /// <summary>The descriptors written, each with <c>SourceModel</c> metadata naming its model.</summary>
    [Output]
    public ITaskItem[] Descriptors { get; private set; } = Array.Empty<ITaskItem>();

    public void Cancel() => _canceled = true;

    public override bool Execute()
    {
        var written = new List<ITaskItem>();
        foreach (ITaskItem model in Models)
        {
            if (_canceled)
            {
                break;
            }

            ITaskItem? descriptor = Convert(model);
            if (descriptor is not null)
            {
                written.Add(descriptor);
            }
        }

        Descriptors = written.ToArray();
        return !Log.HasLoggedErrors && !_canceled;
    }

    private ITaskItem? Convert(ITaskItem model)
    {
        string modelPath = model.GetMetadata(ItemMetadataNames.FullPath);
        string descriptorPath = model.GetMetadata(ItemMetadataNames.DescriptorPath);
        if (descriptorPath.Trim().Length == 0)
        {
            LogError(TaskErrorCodes.DescriptorPathMissing, modelPath, "The CoreMLModel item '" + model.ItemSpec
                + "' has no DescriptorPath metadata; run WriteCoreMLModelDescriptors through CoreMLGen.targets (after PrepareCoreMLModels).");
            return null;
        }

        ModelReadResult? result = PickleModels.IsPickle(modelPath) ? PickleModels.Convert(model, modelPath, LogError) : ModelReader.Read(modelPath);
        if (result is null)
        {
            return null;
        }

        foreach (ModelReadError warning in result.Warnings)
        {
            Log.LogWarning(null, warning.Code, null, warning.Path, 0, 0, 0, 0, "{0}", warning.Message);
        }

        if (!result.Succeeded)
        {
            foreach (ModelReadError error in result.Errors)
            {
                LogError(error.Code, error.Path, error.Message);
            }

            return null;
        }

        string text = DescriptorWriter.Write(result.Interface!);
        if (!TryWritePackage(model, modelPath, result))
        {
            return null;
        }

        try
        {
            AtomicFile.WriteAllText(descriptorPath, text);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            LogError(TaskErrorCodes.DescriptorWriteFailed, modelPath, "Cannot write the descriptor '" + descriptorPath + "' for the Core ML model '"
                + Path.GetFileName(modelPath) + "': " + exception.Message);
            return null;
        }

        Log.LogMessage(MessageImportance.Low, "CoreMLGen: wrote '{0}' for '{1}'.", descriptorPath, modelPath);
        var descriptor = new TaskItem(MSBuildEscaping.Escape(Path.GetFullPath(descriptorPath)));
        ((ITaskItem2)descriptor).SetMetadataValueLiteral(ItemMetadataNames.SourceModel, modelPath);
        return descriptor;
    }

    /// <summary>Writes the item's package, if it has one; false after logging why it could not.</summary>
    private bool TryWritePackage(ITaskItem model, string modelPath, ModelReadResult result)
    {
        string packagePath = model.GetMetadata(ItemMetadataNames.PackagePath);
        if (packagePath.Trim().Length == 0)
        {
            return true;
        }

        try
        {
            if (Directory.Exists(modelPath))
            {
                PackageCopier.Copy(modelPath, packagePath);
            }
            else
            {
                string relativePath = model.GetMetadata(ItemMetadataNames.RelativePath);
                ModelPackageWriter.Write(packagePath, result.SpecBytes!, relativePath.Length > 0 ? relativePath : Path.GetFileName(modelPath));
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or NotSupportedException or ArgumentException)
        {
            LogError(TaskErrorCodes.PackageWriteFailed, modelPath, "Cannot write the Core ML package '" + packagePath + "' for the Core ML model '"
                + Path.GetFileName(modelPath) + "': " + exception.Message + " The previous package and descriptor, if any, are unchanged.");
            return false;
        }

        Log.LogMessage(MessageImportance.Low, "CoreMLGen: wrote '{0}' for '{1}'.", packagePath, modelPath);
        return true;
    }

    private void LogError(string code, string file, string message)
        => Log.LogError(subcategory: null, errorCode: code, helpKeyword: null, file: file, 0, 0, 0, 0, "{0}", message);
}

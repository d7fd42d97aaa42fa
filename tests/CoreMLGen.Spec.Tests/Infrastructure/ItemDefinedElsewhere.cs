using System.Collections;
using Microsoft.Build.Framework;
using Microsoft.Build.Utilities;

namespace CoreMLGen.Spec.Tests.Infrastructure;

/// <summary>
/// A task item as MSBuild passes one that a different project file (e.g. an imported .props) defined:
/// <c>DefiningProjectDirectory</c> is read-only on <see cref="TaskItem"/>, so this wrapper supplies it.
/// </summary>
public sealed class ItemDefinedElsewhere : ITaskItem
{
    private readonly TaskItem _inner;
    private readonly string _definingProjectDirectory;

    public ItemDefinedElsewhere(string itemSpec, string definingProjectDirectory)
    {
        _inner = new TaskItem(itemSpec);
        _definingProjectDirectory = definingProjectDirectory;
    }

    public string ItemSpec
    {
        get => _inner.ItemSpec;
        set => _inner.ItemSpec = value;
    }

    public ICollection MetadataNames => _inner.MetadataNames;

    public int MetadataCount => _inner.MetadataCount;

    public string GetMetadata(string metadataName)
        => metadataName == "DefiningProjectDirectory" ? _definingProjectDirectory : _inner.GetMetadata(metadataName);

    public void SetMetadata(string metadataName, string metadataValue) => _inner.SetMetadata(metadataName, metadataValue);

    public void RemoveMetadata(string metadataName) => _inner.RemoveMetadata(metadataName);

    public void CopyMetadataTo(ITaskItem destinationItem) => _inner.CopyMetadataTo(destinationItem);

    public IDictionary CloneCustomMetadata() => _inner.CloneCustomMetadata();
}

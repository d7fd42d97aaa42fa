using System.Collections.Generic;
using CoreMLGen.Spec.Interface;

namespace CoreMLGen.Spec.Networks;

/// <summary>One state slot of a recurrent layer, traced to the model input feeding it and the model outputs it reaches.</summary>
internal sealed class SlotTrace
{
    public SlotTrace(string layerName, string layerKind, RecurrentSlot slot, FeatureWindow source, IReadOnlyList<FeatureWindow> targets)
    {
        LayerName = layerName;
        LayerKind = layerKind;
        Slot = slot;
        Source = source;
        Targets = targets;
    }

    public string LayerName { get; }

    public string LayerKind { get; }

    public RecurrentSlot Slot { get; }

    public FeatureWindow Source { get; }

    public IReadOnlyList<FeatureWindow> Targets { get; }
}

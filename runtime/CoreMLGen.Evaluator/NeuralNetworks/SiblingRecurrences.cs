using System.Collections.Generic;
using System.Linq;
using CoreMLGen.Evaluation.Layers;
using CoreMLGen.Evaluation.Layers.Recurrent;

namespace CoreMLGen.Evaluation.NeuralNetworks;

/// <summary>
/// Finds LSTM layers that could run side by side — at the same depth of the layer graph, so none reads what another
/// writes — and replaces each such set by one <see cref="LstmGroupLayer"/>. An ensemble of parallel networks is the
/// case this is for: its first layers share the input, its deeper layers sit at equal depths. The layers are then
/// ordered by depth (a valid order: every layer's inputs come from shallower ones). Only networks in which every blob
/// is written once are regrouped; where a layer overwrites a blob, the order of the spec is kept as it is.
/// </summary>
internal static class SiblingRecurrences
{
    public static LayerAdapter[] Group(LayerAdapter[] kernels, IEnumerable<string> modelInputs)
    {
        var writer = new Dictionary<string, int>(System.StringComparer.Ordinal);
        foreach (string input in modelInputs)
        {
            writer[input] = -1;
        }

        var depth = new int[kernels.Length];
        for (int k = 0; k < kernels.Length; k++)
        {
            foreach (string input in kernels[k].InputNames)
            {
                // Every input is a model input or an earlier layer's output (the runner checked that at load).
                int source = writer.TryGetValue(input, out int w) ? w : -1;
                depth[k] = System.Math.Max(depth[k], source < 0 ? 0 : depth[source] + 1);
            }

            foreach (string output in kernels[k].OutputNames)
            {
                if (!writer.TryAdd(output, k))
                {
                    return kernels;
                }
            }
        }

        List<IGrouping<int, int>> groups = Enumerable.Range(0, kernels.Length)
            .Where(k => kernels[k] is LstmLayer { CanJoinGroup: true })
            .GroupBy(k => depth[k])
            .Where(g => g.Count() > 1)
            .ToList();
        if (groups.Count == 0)
        {
            return kernels;
        }

        var groupOf = new Dictionary<int, IGrouping<int, int>>();
        foreach (IGrouping<int, int> group in groups)
        {
            foreach (int k in group)
            {
                groupOf[k] = group;
            }
        }

        var ordered = new List<LayerAdapter>();
        foreach (int k in Enumerable.Range(0, kernels.Length).OrderBy(k => depth[k]).ThenBy(k => k))
        {
            if (!groupOf.TryGetValue(k, out IGrouping<int, int>? group))
            {
                ordered.Add(kernels[k]);
            }
            else if (group.First() == k)
            {
                ordered.Add(new LstmGroupLayer(group.Select(m => (LstmLayer)kernels[m]).ToArray()));
            }
        }

        return ordered.ToArray();
    }
}

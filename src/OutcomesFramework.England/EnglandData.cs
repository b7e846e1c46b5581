using System;
using System.Collections.Immutable;
using System.Threading;
using OutcomesFramework.Areas;
using OutcomesFramework.England.Areas;
using OutcomesFramework.England.Inspections;
using OutcomesFramework.Inspections;

namespace OutcomesFramework.England;

/// <summary>
/// The England data package: the 153 upper-tier local authorities, regions and England, the DfE statistical
/// neighbours (2025), Ofsted's ILACS judgements, the default <i>Every Child Matters (England)</i> framework and the
/// published statistics behind it.
/// </summary>
/// <remarks>
/// <para>Use <see cref="Default"/>. Each part is built the first time it is asked for, once, thread-safely, from
/// data embedded in this assembly; nothing is read from disk or the network.</para>
/// <para>Contains public sector information licensed under the Open Government Licence v3.0 (Department for
/// Education, Office for National Statistics, Ofsted).</para>
/// </remarks>
/// <threadsafety>This type is thread-safe.</threadsafety>
public sealed class EnglandData
{
    private static readonly Lazy<EnglandData> DefaultInstance = new(() => new EnglandData(), LazyThreadSafetyMode.ExecutionAndPublication);

    private readonly Lazy<AreaCatalogue> areas;
    private readonly Lazy<StatisticalNeighbourModel> neighbours;
    private readonly Lazy<(InspectionHistory History, ImmutableArray<InspectionFileReport> Reports)> inspections;

    private EnglandData()
    {
        areas = new Lazy<AreaCatalogue>(EnglandAreas.Load, LazyThreadSafetyMode.ExecutionAndPublication);
        neighbours = new Lazy<StatisticalNeighbourModel>(() => EnglandNeighbours.Load(Areas), LazyThreadSafetyMode.ExecutionAndPublication);
        inspections = new Lazy<(InspectionHistory, ImmutableArray<InspectionFileReport>)>(() => OfstedIlacsLoader.Load(Areas), LazyThreadSafetyMode.ExecutionAndPublication);
    }

    /// <summary>Gets the England data embedded in this package.</summary>
    public static EnglandData Default => DefaultInstance.Value;

    /// <summary>Gets England (<c>E92000001</c>), the nine ONS regions (the DfE's Inner and Outer London, <c>E13000001</c> and
    /// <c>E13000002</c>, resolve to London) and the 153 upper-tier local authorities, with their DfE 3-digit codes, earlier ONS
    /// codes and the spellings DfE and Ofsted use.</summary>
    public AreaCatalogue Areas => areas.Value;

    /// <summary>Gets the DfE children's services statistical-neighbour model (2025 refresh): ten neighbours per authority, closest first.</summary>
    public StatisticalNeighbourModel StatisticalNeighbours => neighbours.Value;

    /// <summary>Gets Ofsted's ILACS inspections (2018–2025) and the focused and monitoring visits of 2024-25, by authority.</summary>
    public InspectionHistory Inspections => inspections.Value.History;

    /// <summary>Gets what loading each Ofsted file did with its rows (history, in-year activity, position at 31 March 2025).</summary>
    public ImmutableArray<InspectionFileReport> InspectionReports => inspections.Value.Reports;
}

namespace OutcomesFramework.Scoring;

/// <summary>The arrays one thread needs to evaluate and rank a <see cref="CompositeModel"/>, allocated once and reused for every replicate.</summary>
internal sealed class ModelWorkspace
{
    public ModelWorkspace(CompositeModel model)
    {
        var n = model.AuthorityCount;
        var k = model.Indicators.Length;
        var o = model.OutcomeIds.Length;
        Treated = Jagged<double>(k, n);
        IndicatorScores = Jagged<double>(k, n);
        OutcomeScores = Jagged<double>(o, n);
        OutcomeCoverage = Jagged<double>(o, n);
        Overall = new double[n];
        OverallCoverage = new double[n];
        IndicatorRanks = Jagged<int>(k, n);
        OutcomeRanks = Jagged<int>(o, n);
        OverallRanks = new int[n];
        Donors = new int[n];
        CarriedFlags = new bool[n];
        Moved = new sbyte[n];
        SortedValues = Jagged<double>(k, n);
        SortedAuthorities = Jagged<int>(k, n);
        Counts = new int[k];
        Means = new double[k];
        StandardDeviations = new double[k];
        Keys = new double[n];
        RankScratch = new double[n];
        RankAuthorities = new int[n];
        OutcomeOrders = Jagged<int>(o, n);
        OutcomeOrderCounts = new int[o];
        OverallOrder = new int[n];
        var parts = System.Math.Max(k, o);
        Parts = new double[parts];
        ObservedParts = new double[parts];
        PartWeights = new double[parts];
    }

    public double[][] Treated { get; }

    public double[][] IndicatorScores { get; }

    public double[][] OutcomeScores { get; }

    public double[][] OutcomeCoverage { get; }

    public double[] Overall { get; }

    public double[] OverallCoverage { get; }

    /// <summary>Ranks of the last <see cref="CompositeModel.Rank(double[][], ModelSettings, ModelWorkspace)"/>: 1 = best, 0 = not ranked.</summary>
    public int[][] IndicatorRanks { get; }

    public int[][] OutcomeRanks { get; }

    public int[] OverallRanks { get; }

    public int[] Donors { get; }

    public bool[] CarriedFlags { get; }

    public sbyte[] Moved { get; }

    /// <summary>By indicator: its scored (treated) values that are not NaN, ascending, in the first <see cref="Counts"/> places.</summary>
    public double[][] SortedValues { get; }

    /// <summary>By indicator: the authority of each place of <see cref="SortedValues"/>.</summary>
    public int[][] SortedAuthorities { get; }

    /// <summary>By indicator: how many authorities have a scored value.</summary>
    public int[] Counts { get; }

    /// <summary>By indicator: the mean of the scored values (<see cref="Distribution.Moments"/>).</summary>
    public double[] Means { get; }

    /// <summary>By indicator: the sample standard deviation of the scored values.</summary>
    public double[] StandardDeviations { get; }

    /// <summary>The values the last <see cref="CompositeModel.Prepare"/> sorted, and whether they were scored untreated (so that their sort also ranks them).</summary>
    public double[][]? PreparedValues { get; set; }

    public bool PreparedUntreated { get; set; }

    public double[] Keys { get; }

    public double[] RankScratch { get; }

    public int[] RankAuthorities { get; }

    /// <summary>By outcome: the authorities in the order the last ranking sorted them (the next ranking's start), in the first <see cref="OutcomeOrderCounts"/> places.</summary>
    public int[][] OutcomeOrders { get; }

    public int[] OutcomeOrderCounts { get; }

    /// <summary>The authorities in the order the last overall ranking sorted them.</summary>
    public int[] OverallOrder { get; }

    public int OverallOrderCount { get; set; }

    public double[] Parts { get; }

    public double[] ObservedParts { get; }

    public double[] PartWeights { get; }

    private static T[][] Jagged<T>(int rows, int columns)
    {
        var result = new T[rows][];
        for (var i = 0; i < rows; i++)
        {
            result[i] = new T[columns];
        }
        return result;
    }
}

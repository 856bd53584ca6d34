using FashionLab.Training;

namespace FashionLab.Experiments;

/// <summary>What an experiment reports while it runs; the CLI turns these into progress bars or log lines.</summary>
public interface IExperimentObserver
{
    /// <summary>A run is about to train (<paramref name="position"/> of <paramref name="total"/>, 1-based).</summary>
    void RunStarting(RunSpec run, int position, int total);

    /// <summary>A finished run was found on disk and is not redone.</summary>
    void RunSkipped(RunSpec run, int position, int total);

    /// <summary>Progress inside the current run's epoch.</summary>
    void Progress(TrainingProgress progress);

    /// <summary>An epoch of the current run ended.</summary>
    void EpochCompleted(RunSpec run, EpochMetrics metrics);

    /// <summary>A run ended (complete, diverged or failed).</summary>
    void RunFinished(RunSummary summary);
}

namespace FashionLab.Experiments;

/// <summary>State of one run, as in Optuna's trial table.</summary>
public enum RunStatus
{
    Complete,
    Diverged,
    Failed,
}

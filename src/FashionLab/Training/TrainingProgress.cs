namespace FashionLab.Training;

/// <summary>Progress within one epoch, reported a few times a second by the trainer.</summary>
public sealed record TrainingProgress(int Epoch, int Epochs, int ImagesDone, int ImagesTotal, double ImagesPerSecond, string Phase);
